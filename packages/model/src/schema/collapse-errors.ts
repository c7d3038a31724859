import type { ErrorObject } from 'ajv'
import { admits } from './describe-schema.js'
import { isWithinPointer } from './instance-path.js'
import type { ResolveRef } from './schema-node.js'

/**
 * What is left to report once combinators are collapsed: one of ajv's own errors; a
 * `oneOf`/`anyOf` whose alternatives all want another type than the value has
 * (`wrong-type`); or, rarely, a `oneOf` the value matched more than once (`unmatched`).
 */
export type Finding =
  | { kind: 'error'; error: ErrorObject }
  | { kind: 'wrong-type' | 'unmatched'; instancePath: string; alternatives: readonly unknown[]; data: unknown }

/** One ajv error; a `oneOf`/`anyOf` error owns the errors its alternatives produced. */
export interface ErrorNode {
  error: ErrorObject
  children: ErrorNode[]
}

const COMBINATORS = new Set(['oneOf', 'anyOf'])

/**
 * Rebuilds which errors belong to which combinator. ajv (with `allErrors`) emits an
 * alternative's errors just before the combinator's own error and drops them when the
 * combinator passes, so a combinator owns the run of errors right before it that lie at or
 * below its `instancePath`. (Its `schemaPath` cannot tell: errors inside a `$ref` carry the
 * referenced definition's path.)
 */
export function buildErrorTree(errors: readonly ErrorObject[]): ErrorNode[] {
  const nodes: ErrorNode[] = []
  for (const error of errors) {
    const node: ErrorNode = { error, children: [] }
    if (COMBINATORS.has(error.keyword)) {
      let start = nodes.length
      while (start > 0 && isWithinPointer(nodes[start - 1]!.error.instancePath, error.instancePath)) start--
      node.children = nodes.splice(start)
    }
    nodes.push(node)
  }
  return nodes
}

/** Options for {@link collapseErrors}. */
export interface CollapseOptions {
  /** Resolves the schema's `$ref`s, to see through alternatives such as `list_of_strings`. */
  resolve: ResolveRef
  /** Errors to drop because the value is fine after all (e.g. a form newer than the schema). */
  accept?: (error: ErrorObject) => boolean
}

/**
 * Collapses each failing `oneOf`/`anyOf` into what the user needs to read. When the value's
 * JSON type fits some alternatives, only those alternatives' errors are kept (recursively
 * collapsed); the others only say "must be string" and the like, which is noise. When it
 * fits none, the combinator becomes one `wrong-type` finding naming every allowed form.
 */
export function collapseErrors(errors: readonly ErrorObject[], options: CollapseOptions): Finding[] {
  return buildErrorTree(errors).flatMap((node) => collapseNode(node, options))
}

function collapseNode(node: ErrorNode, options: CollapseOptions): Finding[] {
  const { error } = node
  if (!COMBINATORS.has(error.keyword)) return options.accept?.(error) ? [] : [{ kind: 'error', error }]

  const alternatives = Array.isArray(error.schema) ? error.schema : []
  const data: unknown = error.data
  const where = error.instancePath
  if (!alternatives.some((alternative) => admits(alternative, data, options.resolve))) {
    return [{ kind: 'wrong-type', instancePath: where, alternatives, data }]
  }
  // An alternative for another type fails on the value's type alone, so it only reports at the
  // value itself, from a schema that does not admit the value; whatever lies deeper, or comes
  // from a schema that does admit it, belongs to the alternatives that fit.
  const kept = node.children.filter(
    (child) => child.error.instancePath !== where || admits(child.error.parentSchema, data, options.resolve),
  )
  if (kept.length === 0) return [{ kind: 'unmatched', instancePath: where, alternatives, data }]
  return kept.flatMap((child) => collapseNode(child, options))
}
