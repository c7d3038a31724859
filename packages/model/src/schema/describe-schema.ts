import { jsonKind, showValue, typeAdmits, type JsonKind } from './json-value.js'
import { isSchemaObject, type ResolveRef, type SchemaObject } from './schema-node.js'

/** One form of value a schema allows, worded for a message. */
export interface Shape {
  /** The JSON type of values of this form. */
  kind: JsonKind
  /** E.g. "a list of strings", "a mapping", "`all`". */
  singular: string
  /** E.g. "lists of strings", "mappings", "`all`". */
  plural: string
  /** True for one exact value (from `enum` or `const`) rather than a whole type. */
  literal: boolean
  /** For a list: the JSON types its items may have (empty when the schema does not say). */
  itemKinds?: readonly JsonKind[]
}

// The compose-spec schema nests a handful of levels; the limit only guards against cycles.
const MAX_DEPTH = 16

/** The `type` keyword as a list of type names. */
export function typeNames(type: unknown): string[] {
  if (typeof type === 'string') return [type]
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string')
  return []
}

/**
 * True when `schema` allows values of `value`'s JSON type, looking through `$ref`, `oneOf`,
 * `anyOf` and `allOf` but ignoring every other rule. This tells which alternative of a
 * failing `oneOf` the user meant.
 */
export function admits(schema: unknown, value: unknown, resolve: ResolveRef, depth = 0): boolean {
  if (schema === false) return false
  if (!isSchemaObject(schema) || depth > MAX_DEPTH) return true
  if (schema['type'] !== undefined && !typeNames(schema['type']).some((t) => typeAdmits(t, value))) return false
  const ref = schema['$ref']
  if (typeof ref === 'string' && !admits(resolve(ref), value, resolve, depth + 1)) return false
  for (const keyword of ['oneOf', 'anyOf']) {
    const alternatives = schema[keyword]
    if (Array.isArray(alternatives) && !alternatives.some((a) => admits(a, value, resolve, depth + 1))) return false
  }
  const all = schema['allOf']
  if (Array.isArray(all) && !all.every((s) => admits(s, value, resolve, depth + 1))) return false
  return true
}

/** The forms of value `schema` allows, e.g. a string and a list of strings for `string_or_list`. */
export function shapesOf(schema: unknown, resolve: ResolveRef, depth = 0): Shape[] {
  if (!isSchemaObject(schema) || depth > MAX_DEPTH) return []
  const allowed = schema['enum'] ?? ('const' in schema ? [schema['const']] : undefined)
  if (Array.isArray(allowed) && allowed.length > 0 && allowed.every(isScalar)) {
    return allowed.map((value) => ({
      kind: jsonKind(value) ?? 'null',
      singular: showValue(value),
      plural: showValue(value),
      literal: true,
    }))
  }
  const types = typeNames(schema['type'])
  if (types.length > 0) return types.flatMap((type) => typeShape(type, schema, resolve, depth))
  const shapes: Shape[] = []
  const ref = schema['$ref']
  if (typeof ref === 'string') shapes.push(...shapesOf(resolve(ref), resolve, depth + 1))
  for (const keyword of ['oneOf', 'anyOf']) {
    const alternatives = schema[keyword]
    if (Array.isArray(alternatives)) shapes.push(...alternatives.flatMap((a) => shapesOf(a, resolve, depth + 1)))
  }
  return shapes
}

/**
 * Joins shapes into a phrase such as "a string or a list of strings". `null` is left out
 * when there is anything else (nobody writes it on purpose), and so is "an integer" next to
 * "a number".
 */
export function joinShapes(shapes: readonly Shape[], plural = false): string {
  const kinds = new Set(shapes.map((s) => s.kind))
  const words: string[] = []
  for (const shape of shapes) {
    if (shape.kind === 'null' && !shape.literal && kinds.size > 1) continue
    if (shape.kind === 'integer' && shape.singular === 'an integer' && kinds.has('number')) continue
    const word = plural ? shape.plural : shape.singular
    if (!words.includes(word)) words.push(word)
  }
  return joinWords(words, 'or')
}

/** Joins words as English: "a", "a or b", "a, b or c". */
export function joinWords(words: readonly string[], conjunction: 'or' | 'and'): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

const TYPE_WORDS: Readonly<Record<string, [JsonKind, string, string]>> = {
  string: ['string', 'a string', 'strings'],
  number: ['number', 'a number', 'numbers'],
  integer: ['integer', 'an integer', 'integers'],
  boolean: ['boolean', 'a boolean', 'booleans'],
  null: ['null', 'null', 'nulls'],
  object: ['object', 'a mapping', 'mappings'],
}

function typeShape(type: string, schema: SchemaObject, resolve: ResolveRef, depth: number): Shape[] {
  if (type === 'array') {
    const items = shapesOf(schema['items'], resolve, depth + 1)
    if (items.length === 0) return [{ kind: 'array', singular: 'a list', plural: 'lists', literal: false, itemKinds: [] }]
    const of = joinShapes(items, true)
    const itemKinds = items.filter((item) => !item.literal).map((item) => item.kind)
    return [{ kind: 'array', singular: `a list of ${of}`, plural: `lists of ${of}`, literal: false, itemKinds }]
  }
  const words = Object.prototype.hasOwnProperty.call(TYPE_WORDS, type) ? TYPE_WORDS[type] : undefined
  if (words === undefined) return []
  const [kind, singular, plural] = words
  return [{ kind, singular, plural, literal: false }]
}
