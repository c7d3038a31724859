import type { ErrorObject } from 'ajv'
import { capitalize } from '../capitalize.js'
import { formatPath } from '../diagnostic.js'
import type { SchemaIssue } from './check-schema.js'
import type { Finding } from './collapse-errors.js'
import { joinShapes, joinWords, shapesOf, typeNames, type Shape } from './describe-schema.js'
import { didYouMean } from './did-you-mean.js'
import { formHint, misplacedKeyHint, requiredHint, yamlTypeHint } from './hints.js'
import { pointerToPath } from './instance-path.js'
import { describeValueKind, isRecord, ownValue, showValue, type JsonKind } from './json-value.js'
import { isNewerKey, newerKeysAt } from './newer-keys.js'
import { EXTENSION_PATTERN, propertyNames, propertyPatterns, type ResolveRef } from './schema-node.js'

type Path = (string | number)[]

/** What {@link findingToIssue} needs besides the finding. */
export interface IssueContext {
  /** The validated document, to tell list indices from keys and to look at values. */
  document: unknown
  resolve: ResolveRef
}

/** Words one finding for the user: what is wrong, where, and how to fix it when that is clear. */
export function findingToIssue(finding: Finding, context: IssueContext): SchemaIssue {
  if (finding.kind === 'error') return errorToIssue(finding.error, context)
  const path = pointerToPath(finding.instancePath, context.document)
  const shapes = finding.alternatives.flatMap((alternative) => shapesOf(alternative, context.resolve))
  if (finding.kind === 'wrong-type') return typeIssue(path, shapes, finding.data)
  return {
    code: 'SCHEMA_VALUE',
    path,
    atKey: false,
    message: `${subject(path)} must match exactly one of the allowed forms (${joinShapes(shapes)})`,
  }
}

/** The message's subject: the path in backticks, or the document itself. */
export function subject(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'The compose document' : `\`${formatPath(path)}\``
}

function errorToIssue(error: ErrorObject, context: IssueContext): SchemaIssue {
  const path = pointerToPath(error.instancePath, context.document)
  const params: Readonly<Record<string, unknown>> = error.params
  const data: unknown = error.data
  switch (error.keyword) {
    case 'type': {
      const shapes = shapesOf(error.parentSchema, context.resolve)
      const fallback = typeNames(error.schema ?? params['type']).flatMap((type) => shapesOf({ type }, context.resolve))
      return typeIssue(path, shapes.length > 0 ? shapes : fallback, data)
    }
    case 'additionalProperties':
      return unknownKeyIssue(path, String(params['additionalProperty']), error.parentSchema, data)
    case 'required': {
      const key = String(params['missingProperty'])
      const hint = requiredHint(path, key)
      return withHint({ code: 'SCHEMA_REQUIRED', path, atKey: false, message: `${subject(path)} is missing the required key \`${key}\`` }, hint)
    }
    case 'enum':
    case 'const': {
      const allowed: unknown = error.keyword === 'enum' ? params['allowedValues'] : [params['allowedValue']]
      const values = Array.isArray(allowed) ? allowed : []
      const message = `${subject(path)} must be ${joinWords(values.map(showValue), 'or')}, not ${showValue(data)}`
      return withHint({ code: 'SCHEMA_ENUM', path, atKey: false, message }, suggestValue(data, values))
    }
    case 'uniqueItems':
      return duplicateIssue(path, Number(params['i']), Number(params['j']))
    case 'pattern':
      return patternIssue(path, String(params['pattern']), data)
    default:
      return { code: 'SCHEMA_VALUE', path, atKey: false, message: `${subject(path)} ${valueRule(error, params)}` }
  }
}

function typeIssue(path: Path, shapes: readonly Shape[], data: unknown): SchemaIssue {
  const kinds = new Set<JsonKind>(shapes.filter((s) => !s.literal).map((s) => s.kind))
  const integerOnly = kinds.has('integer') && !kinds.has('number')
  const message = `${subject(path)} must be ${joinShapes(shapes)}, not ${describeValueKind(data, integerOnly)}`
  return withHint({ code: 'SCHEMA_TYPE', path, atKey: false, message }, formHint(path) ?? yamlTypeHint(shapes, data))
}

// What a mapping's keys are named after, from the key of the mapping itself.
const NAME_KINDS: Readonly<Record<string, string>> = {
  services: 'service',
  depends_on: 'service',
  networks: 'network',
  volumes: 'volume',
  secrets: 'secret',
  configs: 'config',
  models: 'model',
}
const NAME_PATTERN = '^[a-zA-Z0-9._-]+$'
const NON_EMPTY_PATTERNS = ['.+', '^.+$']

function unknownKeyIssue(objectPath: Path, key: string, schema: unknown, object: unknown): SchemaIssue {
  const keyPath = [...objectPath, key]
  if (isNewerKey(keyPath)) {
    const message = `${subject(keyPath)} is newer than the bundled compose-spec schema, so it is kept but not checked`
    return { code: 'SCHEMA_NEWER_KEY', path: keyPath, atKey: true, message }
  }
  const names = propertyNames(schema)
  const patterns = propertyPatterns(schema)
  const namePatterns = patterns.filter((p) => p !== EXTENSION_PATTERN)
  const issue = (message: string, hint: string | undefined): SchemaIssue =>
    withHint({ code: 'SCHEMA_UNKNOWN_KEY', path: keyPath, atKey: true, message }, hint)

  if (key === '') return issue(`${subject(objectPath)} has an empty key`, 'Give the key a name, or remove the entry.')
  if (names.length === 0 && namePatterns.length > 0) return badNameIssue(objectPath, key, namePatterns, issue)

  const message =
    objectPath.length === 0
      ? `The compose document has an unknown top-level key ${showValue(key)}`
      : `${subject(objectPath)} has an unknown key ${showValue(key)}`
  const suggestion = didYouMean(key, [...names, ...newerKeysAt(objectPath)])
  if (suggestion !== undefined) return issue(message, `Did you mean \`${suggestion}\`?`)
  const misplaced = misplacedKeyHint(objectPath, key)
  if (misplaced !== undefined) return issue(message, misplaced)
  const value = ownValue(object, key)
  if (objectPath.length === 0 && isRecord(value) && (ownValue(value, 'image') !== undefined || ownValue(value, 'build') !== undefined)) {
    return issue(message, 'It looks like a service: move it under `services`.')
  }
  if (!patterns.includes(EXTENSION_PATTERN)) return issue(message, 'Remove it.')
  if (/^x_|^X[-_]/.test(key)) return issue(message, `Extension keys start with \`x-\`: write \`x-${key.slice(2)}\`.`)
  return issue(message, 'Remove it, or prefix it with `x-` to keep it as an extension.')
}

function badNameIssue(
  objectPath: Path,
  key: string,
  patterns: readonly string[],
  issue: (message: string, hint: string | undefined) => SchemaIssue,
): SchemaIssue {
  const parent = objectPath[objectPath.length - 1]
  const kind = typeof parent === 'string' && Object.prototype.hasOwnProperty.call(NAME_KINDS, parent) ? NAME_KINDS[parent] : undefined
  if (patterns.includes(NAME_PATTERN)) {
    const noun = kind === undefined ? 'name' : `${kind} name`
    const fixed = key.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
    const rule = `${kind === undefined ? 'Names' : `${capitalize(kind)} names`} may contain only letters, digits, \`.\`, \`_\` and \`-\``
    const hint = fixed === '' ? `${rule}.` : `${rule}, e.g. \`${fixed}\`.`
    return issue(`${subject(objectPath)} has an invalid ${noun} ${showValue(key)}`, hint)
  }
  if (patterns.every((p) => NON_EMPTY_PATTERNS.includes(p))) {
    return issue(`${subject(objectPath)} has an empty key`, 'Give the key a name, or remove the entry.')
  }
  return issue(`${subject(objectPath)} has a key ${showValue(key)} that does not match ${joinWords(patterns.map((p) => `\`${p}\``), 'or')}`, undefined)
}

function duplicateIssue(arrayPath: Path, i: number, j: number): SchemaIssue {
  if (!Number.isInteger(i) || !Number.isInteger(j)) {
    return { code: 'SCHEMA_VALUE', path: arrayPath, atKey: false, message: `${subject(arrayPath)} must not list the same item twice` }
  }
  const first = [...arrayPath, Math.min(i, j)]
  const repeat = [...arrayPath, Math.max(i, j)]
  return {
    code: 'SCHEMA_VALUE',
    path: repeat,
    atKey: false,
    message: `${subject(repeat)} repeats ${subject(first)}; the items of this list must be unique`,
    hint: 'Remove the duplicate.',
  }
}

const PULL_POLICIES = ['always', 'never', 'build', 'if_not_present', 'missing', 'refresh', 'daily', 'weekly']

// Patterns of the schema worded for people; the rest fall back to the pattern itself.
const KNOWN_PATTERNS: Readonly<Record<string, (path: Path, data: unknown) => SchemaIssue>> = {
  'always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+': (path, data) =>
    withHint(
      {
        code: 'SCHEMA_VALUE',
        path,
        atKey: false,
        message: `${subject(path)} must be ${joinWords([...PULL_POLICIES, 'every_<duration>'].map((p) => `\`${p}\``), 'or')}, not ${showValue(data)}`,
      },
      suggestValue(data, PULL_POLICIES) ?? 'For a custom interval write e.g. `every_12h`.',
    ),
  '[a-zA-Z0-9][a-zA-Z0-9_.-]+': (path, data) => ({
    code: 'SCHEMA_VALUE',
    path,
    atKey: false,
    message: `${subject(path)} must be a valid container name, not ${showValue(data)}`,
    hint: 'Start with a letter or digit, followed by at least one letter, digit, `_`, `.` or `-`.',
  }),
}

function patternIssue(path: Path, pattern: string, data: unknown): SchemaIssue {
  const known = Object.prototype.hasOwnProperty.call(KNOWN_PATTERNS, pattern) ? KNOWN_PATTERNS[pattern] : undefined
  if (known !== undefined) return known(path, data)
  return { code: 'SCHEMA_VALUE', path, atKey: false, message: `${subject(path)} must match the pattern \`${pattern}\`, not ${showValue(data)}` }
}

/**
 * The rule an error of a keyword other than the structural ones broke, after the value's
 * subject: "must be at least 1, not 0", "must have at most 3 items".
 */
export function valueRule(error: ErrorObject, params: Readonly<Record<string, unknown>>): string {
  const limit = params['limit']
  const count = (noun: string): string => `${limit} ${noun}${limit === 1 ? '' : 's'}`
  switch (error.keyword) {
    case 'minimum':
      return `must be at least ${limit}, not ${showValue(error.data)}`
    case 'maximum':
      return `must be at most ${limit}, not ${showValue(error.data)}`
    case 'exclusiveMinimum':
      return `must be greater than ${limit}, not ${showValue(error.data)}`
    case 'exclusiveMaximum':
      return `must be less than ${limit}, not ${showValue(error.data)}`
    case 'multipleOf':
      return `must be a multiple of ${params['multipleOf']}, not ${showValue(error.data)}`
    case 'minItems':
      return `must have at least ${count('item')}`
    case 'maxItems':
      return `must have at most ${count('item')}`
    case 'minLength':
      return `must be at least ${count('character')} long`
    case 'maxLength':
      return `must be at most ${count('character')} long`
    case 'minProperties':
      return `must have at least ${count('key')}`
    case 'maxProperties':
      return `must have at most ${count('key')}`
    case 'format':
      return `must be a valid ${params['format']}, not ${showValue(error.data)}`
    case 'false schema':
      return 'is not allowed here'
    default:
      return error.message ?? 'is not valid'
  }
}

function suggestValue(data: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof data !== 'string') return undefined
  const suggestion = didYouMean(
    data,
    allowed.filter((v): v is string => typeof v === 'string'),
  )
  return suggestion === undefined ? undefined : `Did you mean \`${suggestion}\`?`
}

function withHint(issue: SchemaIssue, hint: string | undefined): SchemaIssue {
  return hint === undefined ? issue : { ...issue, hint }
}
