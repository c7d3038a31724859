import { pointerSegments } from './instance-path.js'
import { isRecord, ownValue } from './json-value.js'

/** A JSON-schema object: keywords to their values, as `withErrorContext` hands them over. */
export interface SchemaObject {
  readonly [keyword: string]: unknown
}

/** Finds the schema a `$ref` such as `#/definitions/list_of_strings` points to. */
export type ResolveRef = (ref: string) => unknown

/** True when `value` is a schema object (rather than `true`, `false` or garbage). */
export function isSchemaObject(value: unknown): value is SchemaObject {
  return isRecord(value)
}

/**
 * A resolver for the local `$ref`s of `root` (`#` and `#/…` JSON pointers). Anything else
 * resolves to `undefined`; the compose-spec schema only has local references.
 */
export function localRefResolver(root: SchemaObject): ResolveRef {
  return (ref) => {
    if (ref === '#') return root
    if (!ref.startsWith('#/')) return undefined
    let node: unknown = root
    for (const segment of pointerSegments(safeDecodeUri(ref.slice(1)))) node = ownValue(node, segment)
    return node
  }
}

function safeDecodeUri(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/** The schema's own property names (from `properties`), in schema order. */
export function propertyNames(schema: unknown): string[] {
  if (!isSchemaObject(schema)) return []
  const properties = schema['properties']
  return isRecord(properties) ? Object.keys(properties) : []
}

/** The schema's `patternProperties` patterns, in schema order. */
export function propertyPatterns(schema: unknown): string[] {
  if (!isSchemaObject(schema)) return []
  const patterns = schema['patternProperties']
  return isRecord(patterns) ? Object.keys(patterns) : []
}

/** The pattern compose-spec uses to allow extension keys. */
export const EXTENSION_PATTERN = '^x-'
