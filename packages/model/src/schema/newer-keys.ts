import { matchesPath, type PathPattern } from './path-pattern.js'

// Docker Compose validates with compose-go's copy of the compose-spec schema
// (github.com/compose-spec/compose-go, schema/compose-spec.json), which runs ahead of the copy
// vendored in packages/model/schema (compose-spec commit a08f8d5, 2025-10-28). What compose-go
// accepts beyond it, as of compose-go commit e70e961 (2026-07-21), is listed here. Drop entries
// once the vendored schema defines them.

/**
 * Service keys newer than the vendored schema. They are kept but their values are not checked.
 *
 * - `pre_start`: init containers run to completion before the service starts (compose-spec
 *   PR 647; compose-go v2.13.0, commit faa67b2).
 */
export const NEWER_SERVICE_KEYS: readonly string[] = ['pre_start']

/**
 * `build` keys newer than the vendored schema. They are kept but their values are not checked.
 *
 * - `no_cache_filter`: stages to build without cache (compose-go v2.10.0, commit ea0b69c).
 */
export const NEWER_BUILD_KEYS: readonly string[] = ['no_cache_filter']

const NEWER_KEYS: readonly (readonly [PathPattern, readonly string[]])[] = [
  [['services', '*'], NEWER_SERVICE_KEYS],
  [['services', '*', 'build'], NEWER_BUILD_KEYS],
]

/** The newer keys a mapping at `objectPath` may have (none for most mappings). */
export function newerKeysAt(objectPath: readonly (string | number)[]): readonly string[] {
  return NEWER_KEYS.filter(([pattern]) => matchesPath(objectPath, pattern)).flatMap(([, keys]) => keys)
}

/** True when the key at `keyPath` (its mapping's path plus the key) is a newer key there. */
export function isNewerKey(keyPath: readonly (string | number)[]): boolean {
  const key = keyPath[keyPath.length - 1]
  return typeof key === 'string' && newerKeysAt(keyPath.slice(0, -1)).includes(key)
}

/**
 * True when `value` at `path` is a form newer than the vendored schema, and fine as it is:
 *
 * - `services.*.models.<name>: null` (the mapping form with no options, i.e. `llm:` with
 *   nothing after it), compose-go v2.10.0, commit abb36f7.
 */
export function isNewerValueForm(path: readonly (string | number)[], value: unknown): boolean {
  return value === null && matchesPath(path, ['services', '*', 'models', '*'])
}
