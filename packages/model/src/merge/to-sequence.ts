import type { Node, SeqNode } from '../yaml/node.js'

/**
 * Compose's "to sequence" form of a mapping: `{FOO: bar, EMPTY: "", UNSET: null}` becomes
 * `[EMPTY=, FOO=bar, UNSET]`, sorted, each entry keeping the position of its value.
 */
export function toSequence(node: Node): SeqNode {
  if (node.kind === 'seq') return node
  if (node.kind === 'scalar') return { kind: 'seq', items: node.value === null ? [] : [node], span: node.span }
  const items: Node[] = []
  for (const [key, entry] of node.entries) {
    const v = entry.value
    if (v.kind === 'scalar') {
      items.push({ kind: 'scalar', value: v.value === null ? key : `${key}=${String(v.value)}`, span: v.value === null ? entry.keySpan : v.span })
    } else if (v.kind === 'seq') {
      for (const item of v.items) if (item.kind === 'scalar') items.push({ kind: 'scalar', value: `${key}=${String(item.value)}`, span: item.span })
    } else {
      items.push({ kind: 'scalar', value: `${key}=`, span: v.span })
    }
  }
  items.sort((a, b) => {
    const x = String((a as { value: unknown }).value)
    const y = String((b as { value: unknown }).value)
    return x < y ? -1 : x > y ? 1 : 0
  })
  return { kind: 'seq', items, span: node.span }
}

/**
 * A list of names turned into a mapping whose values are `defaults` (a fresh node per entry),
 * as compose does for `depends_on: [a, b]` and `networks: [front]`.
 */
export function toMapping(node: Node, defaults: (item: Node) => Node): Node {
  if (node.kind !== 'seq') return node
  const entries = new Map<string, { keySpan: Node['span']; value: Node }>()
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null) continue
    entries.set(String(item.value), { keySpan: item.span, value: defaults(item) })
  }
  return { kind: 'map', entries, span: node.span }
}
