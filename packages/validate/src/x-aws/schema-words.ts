import { isRecord, joinWords, schemaAdmits, showValue } from '@composeform/model'


/** A schema as `withErrorContext` (@composeform/model) hands it over: keywords to their values. */
export type SchemaNode = { readonly [keyword: string]: unknown }

const TYPE_WORDS: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  string: ['a string', 'strings'],
  integer: ['an integer', 'integers'],
  number: ['a number', 'numbers'],
  boolean: ['a boolean', 'booleans'],
  object: ['a mapping', 'mappings'],
  array: ['a list', 'lists'],
  null: ['null', 'nulls'],
}

/** The schema's `type` keyword as a list of type names (empty when it has none). */
export function typeNames(schema: unknown): string[] {
  const type = isRecord(schema) ? schema['type'] : undefined
  if (typeof type === 'string') return [type]
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : []
}

/**
 * True when `schema` allows values of `value`'s type, looking at `type` and through
 * `anyOf`/`oneOf` but at no other rule: the compose schema's test, for schemas without `$ref`.
 * This tells which alternative of a failing combinator the user meant.
 */
export function admits(schema: unknown, value: unknown): boolean {
  return schemaAdmits(schema, value, () => undefined)
}

/**
 * How a message names what `schema` allows, after "must be": its `title` when it has one, else
 * its values ("`http` or `https`") or types ("a string or a list of strings").
 */
export function expected(schema: unknown): string {
  if (!isRecord(schema)) return 'valid'
  const title = schema['title']
  if (typeof title === 'string') return title
  const values = schema['enum']
  if (Array.isArray(values)) return joinWords(values.map(showValue), 'or')
  const words = typeNames(schema).map((type) => typeWord(type, schema))
  for (const keyword of ['anyOf', 'oneOf']) {
    const alternatives = schema[keyword]
    if (Array.isArray(alternatives)) words.push(...alternatives.map(expected))
  }
  return joinWords([...new Set(words)], 'or')
}

function typeWord(type: string, schema: SchemaNode): string {
  const words = Object.prototype.hasOwnProperty.call(TYPE_WORDS, type) ? TYPE_WORDS[type] : undefined
  if (words === undefined) return type
  const items = typeNames(schema['items'])
  if (type !== 'array' || items.length === 0) return words[0]
  return `a list of ${joinWords(items.map((item) => TYPE_WORDS[item]?.[1] ?? item), 'or')}`
}

/** The schema of property `key` in `schema`'s `properties`, if it declares one. */
export function propertySchema(schema: unknown, key: string): SchemaNode | undefined {
  const properties = isRecord(schema) ? schema['properties'] : undefined
  const property = isRecord(properties) && Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined
  return isRecord(property) ? property : undefined
}

/** The property names `schema` declares, in schema order. */
export function propertyNames(schema: unknown): string[] {
  const properties = isRecord(schema) ? schema['properties'] : undefined
  return isRecord(properties) ? Object.keys(properties) : []
}

/** The schema's `description`, the hint of last resort. */
export function descriptionOf(schema: unknown): string | undefined {
  const description = isRecord(schema) ? schema['description'] : undefined
  return typeof description === 'string' ? description : undefined
}
