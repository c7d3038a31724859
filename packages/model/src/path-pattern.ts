import type { Path } from './diagnostic.js'

/**
 * A dotted pattern over compose paths, `*` matching any one key or list index:
 * `services.*.deploy.replicas`.
 */
export type PathPattern = string

/** Compiles patterns into a matcher that answers in time linear in the path length. */
export function pathMatcher<T>(table: Record<PathPattern, T>): (path: Path) => T | undefined {
  const compiled = Object.entries(table).map(([pattern, value]) => ({ parts: pattern.split('.'), value }))
  return (path) => {
    for (const { parts, value } of compiled) {
      if (parts.length !== path.length) continue
      let ok = true
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] !== '*' && parts[i] !== String(path[i])) {
          ok = false
          break
        }
      }
      if (ok) return value
    }
    return undefined
  }
}
