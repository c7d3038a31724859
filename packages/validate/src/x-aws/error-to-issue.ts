import type { ErrorObject } from 'ajv'
import type { Finding } from './collapse-errors.js'
import { didYouMean } from '@composeform/model'
import { withHint, type ExtensionIssue } from './extension-issue.js'
import { pointerToPath } from '@composeform/model'
import { admits, descriptionOf, expected, propertyNames, propertySchema, typeNames } from './schema-words.js'
import { describeValueKind, isRecord, joinWords, ownValue, QUOTE_HINT, showValue, valueRule, writeAsListHint } from '@composeform/model'
import { codeList, subject, type IssuePath } from './wording.js'

/** The extension value a finding is about. */
export interface ValueContext {
  /** The extension's path in the compose document. */
  at: IssuePath
  /** Its value, as validated. */
  value: unknown
  /** The extension's description, the hint for its value as a whole when nothing closer has one. */
  description: string
}

/**
 * Words one finding about an extension's value: what is wrong, at the deepest path that shows
 * it, and how to fix it when that is clear.
 */
export function findingToIssue(finding: Finding, context: ValueContext): ExtensionIssue {
  const { error } = finding
  const path = [...context.at, ...pointerToPath(error.instancePath, context.value)]
  const hint = descriptionOf(error.parentSchema) ?? (error.instancePath === '' ? context.description : undefined)
  switch (finding.kind) {
    case 'wrong-type':
      return typeIssue(path, error.parentSchema, error.data, hint)
    case 'keys':
      return keysIssue(path, finding.keys, error, hint)
    case 'ambiguous':
      return invalid(path, `${subject(path)} fits more than one of the allowed forms (${expected(error.parentSchema)}).`, hint)
    case 'error':
      return errorIssue(path, error, hint)
  }
}

function invalid(path: IssuePath, message: string, hint: string | undefined, atKey = false): ExtensionIssue {
  return withHint({ code: 'X_AWS_INVALID', severity: 'error', path, atKey, message }, hint)
}

// `fallback` is the hint when the error itself suggests nothing more specific.
function errorIssue(path: IssuePath, error: ErrorObject, fallback: string | undefined): ExtensionIssue {
  const params: Readonly<Record<string, unknown>> = error.params
  const schema = error.parentSchema
  const data: unknown = error.data
  switch (error.keyword) {
    case 'type':
      return typeIssue(path, schema, data, fallback)
    case 'required': {
      const key = String(params['missingProperty'])
      return invalid(path, `${subject(path)} is missing the required key \`${key}\`.`, descriptionOf(propertySchema(schema, key)) ?? fallback)
    }
    case 'additionalProperties':
      return unknownKeyIssue(path, String(params['additionalProperty']), propertyNames(schema))
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? params['allowedValues'] : [params['allowedValue']]
      const values: unknown[] = Array.isArray(allowed) ? allowed : []
      const strings = values.filter((v): v is string => typeof v === 'string')
      const suggestion = typeof data === 'string' ? didYouMean(data, strings) : undefined
      const message = `${subject(path)} must be ${joinWords(values.map(showValue), 'or')}, not ${showValue(data)}.`
      return invalid(path, message, suggestion === undefined ? fallback : `Did you mean \`${suggestion}\`?`)
    }
    case 'pattern': {
      const title = isRecord(schema) && typeof schema['title'] === 'string' ? schema['title'] : `a string matching \`${params['pattern']}\``
      return invalid(path, `${subject(path)} must be ${title}, not ${showValue(data)}.`, fallback)
    }
    case 'maximum': {
      const reference = isRecord(error.schema) ? error.schema['$data'] : undefined
      if (typeof reference !== 'string') return invalid(path, `${subject(path)} ${rule(error, params)}.`, fallback)
      // A limit taken from a sibling (`min` ≤ `max`): name the sibling, not only its value.
      const sibling = reference.slice(reference.lastIndexOf('/') + 1)
      const key = String(path[path.length - 1])
      const message = `${subject(path)} is ${data}, more than \`${sibling}\` (${params['limit']}).`
      return invalid(path, message, `Lower \`${key}\` or raise \`${sibling}\`.`)
    }
    case 'uniqueItems': {
      const [first, repeat] = [Number(params['j']), Number(params['i'])].sort((a, b) => a - b) as [number, number]
      return invalid([...path, repeat], `${subject([...path, repeat])} repeats ${subject([...path, first])}.`, 'Remove the duplicate.')
    }
    default:
      return invalid(path, `${subject(path)} ${rule(error, params)}.`, fallback)
  }
}

// The x-aws schemas' own wording where a limit of 1 means "not empty".
const NOT_EMPTY: Readonly<Record<string, string>> = {
  minItems: 'must not be an empty list',
  minLength: 'must not be empty',
  minProperties: 'must not be an empty mapping',
}
const LIMIT_KEYWORDS = new Set(['minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength', 'minProperties'])

function rule(error: ErrorObject, params: Readonly<Record<string, unknown>>): string {
  if (params['limit'] === 1 && Object.hasOwn(NOT_EMPTY, error.keyword)) return NOT_EMPTY[error.keyword]!
  return LIMIT_KEYWORDS.has(error.keyword) ? valueRule(error, params) : `is not valid (${error.message ?? error.keyword})`
}

function typeIssue(path: IssuePath, schema: unknown, data: unknown, fallback: string | undefined): ExtensionIssue {
  const types = allowedTypes(schema)
  const fraction = typeof data === 'number' && !Number.isInteger(data) && types.includes('integer') && !types.includes('number')
  const message = `${subject(path)} must be ${expected(schema)}, not ${describeValueKind(data, fraction)}.`
  return invalid(path, message, yamlHint(schema, types, data, fraction) ?? fallback)
}

// Where YAML, rather than the user's intent, is the likely culprit, say how to write the value.
function yamlHint(schema: unknown, types: readonly string[], data: unknown, fraction: boolean): string | undefined {
  if (fraction) return 'Use a whole number.'
  if (types.includes('string')) {
    return typeof data === 'number' || typeof data === 'boolean' ? QUOTE_HINT : undefined
  }
  if (typeof data === 'string' && data.trim() !== '' && Number.isFinite(Number(data))) {
    const number = Number(data)
    if (types.includes('number') || (types.includes('integer') && Number.isInteger(number))) return 'Write the number without quotes.'
  }
  const items = isRecord(schema) ? schema['items'] : undefined
  if (types.includes('array') && data !== null && typeof data !== 'object' && admits(items, data)) return writeAsListHint(data)
  return undefined
}

// The JSON types `schema` allows, through `anyOf`/`oneOf`.
function allowedTypes(schema: unknown): string[] {
  const types = typeNames(schema)
  for (const keyword of ['anyOf', 'oneOf']) {
    const alternatives = isRecord(schema) ? schema[keyword] : undefined
    if (Array.isArray(alternatives)) types.push(...alternatives.flatMap(allowedTypes))
  }
  return types
}

function unknownKeyIssue(objectPath: IssuePath, key: string, names: readonly string[]): ExtensionIssue {
  const suggestion = didYouMean(key, names)
  const hint =
    suggestion !== undefined
      ? `Did you mean \`${suggestion}\`?`
      : names.length > 0
        ? `The keys allowed here are ${codeList(names, 'and')}.`
        : undefined
  return invalid([...objectPath, key], `${subject(objectPath)} has an unknown key ${showValue(key)}.`, hint, true)
}

function keysIssue(path: IssuePath, keys: readonly string[], error: ErrorObject, fallback: string | undefined): ExtensionIssue {
  const present = keys.filter((key) => ownValue(error.data, key) !== undefined)
  if (present.length > 1) {
    return invalid(path, `${subject(path)} sets ${codeList(present, 'and')}, but only one of them may be set.`, `Keep only one of ${codeList(present, 'or')}.`)
  }
  return invalid(path, `${subject(path)} must set one of ${codeList(keys, 'or')}.`, fallback)
}
