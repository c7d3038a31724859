import type { Path } from './diagnostic.js'

/**
 * A dotted pattern over compose paths, `*` matching any one key or list index:
 * `services.*.deploy.replicas`.
 */
export type PathPattern = string

/**
 * Compiles patterns into a matcher that answers in time linear in the path length, by
 * following the path through the patterns' tree (`patternTree`).
 *
 * @throws Error when one level has both a key and `*`.
 */
export function pathMatcher<T>(table: Readonly<Record<PathPattern, T>>): (path: Path) => T | undefined {
  const tree = patternTree(table)
  return (path) => {
    let at: PatternTree<T> | undefined = tree
    for (const part of path) {
      at = patternBranch(at, part)
      if (at === undefined) return undefined
    }
    return at.value
  }
}

/**
 * Patterns as a tree of path parts, for a walk that follows it key by key instead of matching
 * whole paths: the value of the node a path leads to is the pattern's.
 */
export interface PatternTree<T> {
  value?: T
  keys: Map<string, PatternTree<T>>
  /** The `*` branch, matching any key or index. */
  any?: PatternTree<T>
}

/**
 * The tree of a table of patterns.
 *
 * @throws Error when one level has both a key and `*` (a walk could not choose one branch).
 */
export function patternTree<T>(table: Readonly<Record<PathPattern, T>>): PatternTree<T> {
  const root: PatternTree<T> = { keys: new Map() }
  for (const [pattern, value] of Object.entries(table)) {
    let at = root
    for (const part of pattern.split('.')) {
      if (part === '*' ? at.keys.size > 0 : at.any) throw new Error(`patternTree: \`${pattern}\` puts a key and \`*\` at one level`)
      let next = part === '*' ? at.any : at.keys.get(part)
      if (!next) {
        next = { keys: new Map() }
        if (part === '*') at.any = next
        else at.keys.set(part, next)
      }
      at = next
    }
    at.value = value
  }
  return root
}

/** The branch a key (or list index) follows: its own, or `*`; undefined when none. */
export function patternBranch<T>(tree: PatternTree<T> | undefined, key: string | number): PatternTree<T> | undefined {
  if (tree === undefined) return undefined
  return tree.keys.get(typeof key === 'string' ? key : String(key)) ?? tree.any
}
