import { defineOwn } from '@composeform/model'

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
 * A JSON object from entries. Every key becomes an own property, so a key such as
 * `__proto__` (possible in a user's overlay) stays a key instead of changing the prototype.
 * Built by assignment rather than `Object.fromEntries`, whose objects V8 keeps in its slow
 * dictionary mode; templates have hundreds of thousands of small maps.
 */
export function jsonObject(entries: Iterable<readonly [string, Json]>): JsonObject {
  const object: { [key: string]: Json } = {}
  for (const [key, value] of entries) defineOwn(object, key, value)
  return object
}
