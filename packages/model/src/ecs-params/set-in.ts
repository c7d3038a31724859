import { defineOwn } from '../define-own.js'

/** Sets `value` at `path` in a plain object tree, making objects for missing steps; keys are always own data properties. */
export function setIn(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined
    if (next === null || typeof next !== 'object' || Array.isArray(next)) defineOwn(node, key, {})
    node = node[key] as Record<string, unknown>
  }
  defineOwn(node, path[path.length - 1]!, value)
}

/** The value at `path`, if every step exists as an own property. */
export function getIn(target: unknown, path: readonly string[]): unknown {
  let node = target
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Removes the value at `path`, if every step exists as an own property, and the objects it leaves empty. */
export function deleteIn(target: Record<string, unknown>, path: readonly string[]): void {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = getIn(target, path.slice(0, depth - 1))
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return
    const key = path[depth - 1]!
    const value = (parent as Record<string, unknown>)[key]
    if (depth < path.length && (value === null || typeof value !== 'object' || Object.keys(value).length > 0)) return
    delete (parent as Record<string, unknown>)[key]
  }
}
