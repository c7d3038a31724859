import { entryAt, mapAt, type MapNode, type Node } from '../yaml/node.js'

/**
 * `root` with `value` placed at `path`: a new tree sharing every untouched subtree, with
 * mappings made for missing steps. Used to point the source map at ecs-params.yml for the
 * values it sets, so diagnostics about them show where they were written.
 */
export function graft(root: Node, path: readonly string[], value: Node): Node {
  if (path.length === 0) return value
  const [key, ...rest] = path as [string, ...string[]]
  const map: MapNode = root.kind === 'map' ? root : mapAt(new Map(), value)
  const existing = map.entries.get(key)
  const next: Node = existing?.value ?? mapAt(new Map(), value)
  const entries = new Map(map.entries)
  entries.set(key, entryAt(existing ?? value, graft(next, rest, value)))
  return { ...map, entries }
}
