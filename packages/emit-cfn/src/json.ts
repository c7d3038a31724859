/** A JSON value, as `JSON.stringify` writes it and `JSON.parse` reads it back. */
export type Json = string | number | boolean | null | readonly Json[] | JsonObject

/** A JSON object. Its keys keep insertion order, as in `JSON.stringify`. */
export interface JsonObject {
  readonly [key: string]: Json
}

/** True for a JSON object (not an array, not `null`). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A JSON object from entries. `Object.fromEntries` defines own properties, so a key such as
 * `__proto__` (possible in a user's overlay) stays a key instead of changing the prototype.
 */
export function jsonObject(entries: Iterable<readonly [string, Json]>): JsonObject {
  return Object.fromEntries(entries) as JsonObject
}
