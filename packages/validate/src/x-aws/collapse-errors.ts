import type { ErrorObject } from 'ajv'
import { buildErrorTree, isRecord, type ErrorNode } from '@composeform/model'
import { admits } from './schema-words.js'


/**
 * What is left to report once combinators are collapsed:
 *
 * - `error`: one of ajv's own errors;
 * - `wrong-type`: a failing `anyOf`/`oneOf` none of whose alternatives takes the value's type;
 * - `keys`: a failing `anyOf`/`oneOf` whose alternatives each only require one key, i.e. "one
 *   of these keys" (`oneOf`: exactly one);
 * - `ambiguous`: a `oneOf` the value matched more than once, for any other alternatives.
 *
 * Each but `error` carries the combinator's own error.
 */
export type Finding =
  | { kind: 'error'; error: ErrorObject }
  | { kind: 'wrong-type' | 'ambiguous'; error: ErrorObject }
  | { kind: 'keys'; error: ErrorObject; keys: string[] }

const COMBINATORS = new Set(['anyOf', 'oneOf'])

/**
 * Collapses ajv's errors into what the user needs to read. When the value's type fits some
 * alternatives of a failing combinator, only their errors are kept (collapsed in turn); the
 * others only say "must be string" and the like. `if` errors are dropped: they only repeat
 * that their `then` failed, and the `then` errors say how.
 */
export function collapseErrors(errors: readonly ErrorObject[]): Finding[] {
  return buildErrorTree(errors.filter((error) => error.keyword !== 'if')).flatMap(collapseNode)
}

function collapseNode(node: ErrorNode): Finding[] {
  const { error } = node
  if (!COMBINATORS.has(error.keyword)) return [{ kind: 'error', error }]
  const alternatives: unknown[] = Array.isArray(error.schema) ? error.schema : []
  const keys = alternatives.map(requiredKeyOnly)
  if (keys.length > 0 && keys.every((key): key is string => key !== undefined)) {
    // `required` holds for anything but a mapping, so such a value "matches" every alternative;
    // its type error says what is wrong.
    return isRecord(error.data) ? [{ kind: 'keys', error, keys }] : []
  }
  if (!alternatives.some((alternative) => admits(alternative, error.data))) return [{ kind: 'wrong-type', error }]
  const kept = node.children.filter(
    (child) => child.error.instancePath !== error.instancePath || admits(child.error.parentSchema, error.data),
  )
  return kept.length === 0 ? [{ kind: 'ambiguous', error }] : kept.flatMap(collapseNode)
}

// The key of an alternative that is exactly `{ required: [key] }`, else undefined.
function requiredKeyOnly(alternative: unknown): string | undefined {
  if (!isRecord(alternative) || Object.keys(alternative).length !== 1) return undefined
  const required = alternative['required']
  return Array.isArray(required) && required.length === 1 && typeof required[0] === 'string' ? required[0] : undefined
}
