/** A JSON value, as `JSON.stringify` writes it. */
export type Json = string | number | boolean | null | readonly Json[] | JsonObject

/** A JSON object; its keys keep insertion order. */
export interface JsonObject {
  readonly [key: string]: Json
}

/** True for a JSON object (not an array, not `null`). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A JSON object from entries. `Object.fromEntries` defines own properties, so a user's key
 * such as `__proto__` (a Docker label) stays a key instead of changing the prototype.
 */
export function jsonObject(entries: Iterable<readonly [string, Json]>): JsonObject {
  return Object.fromEntries(entries) as JsonObject
}

/** The file contents of a JSON document: 2-space indent and a final newline. */
export function jsonFile(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
