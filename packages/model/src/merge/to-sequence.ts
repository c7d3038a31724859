import { entryAt, mapAt, scalar, seqAt, type MapEntry, type Node, type SeqNode } from '../yaml/node.js'

/**
 * Compose's "to sequence" form of a mapping: `{FOO: bar, EMPTY: "", UNSET: null}` becomes
 * `[EMPTY=, FOO=bar, UNSET]`, sorted, each entry keeping the position of its value.
 */
export function toSequence(node: Node): SeqNode {
  if (node.kind === 'seq') return node
  if (node.kind === 'scalar') return seqAt(node.value === null ? [] : [node], node)
  const items: Node[] = []
  for (const [key, entry] of node.entries) {
    const v = entry.value
    if (v.kind === 'scalar') {
      items.push(scalar(v.value === null ? key : `${key}=${v.value}`, v.value === null ? entry : v))
    } else if (v.kind === 'seq') {
      for (const item of v.items) if (item.kind === 'scalar') items.push(scalar(`${key}=${item.value}`, item))
    } else {
      items.push(scalar(`${key}=`, v))
    }
  }
  items.sort((a, b) => {
    const x = String((a as { value: unknown }).value)
    const y = String((b as { value: unknown }).value)
    return x < y ? -1 : x > y ? 1 : 0
  })
  return seqAt(items, node)
}

/**
 * A list of names turned into a mapping whose values are `defaults` (a fresh node per entry),
 * as compose does for `depends_on: [a, b]` and `networks: [front]`.
 */
export function toMapping(node: Node, defaults: (item: Node) => Node): Node {
  if (node.kind !== 'seq') return node
  const entries = new Map<string, MapEntry>()
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null) continue
    entries.set(String(item.value), entryAt(item, defaults(item)))
  }
  return mapAt(entries, node)
}
