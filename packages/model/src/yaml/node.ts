import { defineOwn } from '../define-own.js'

/** A range of text in one source file, as 0-based UTF-16 offsets. */
export interface Span {
  file: string
  start: number
  end: number
}

/** The compose merge tags a node may carry. */
export type MergeTag = '!reset' | '!override'

// A node carries its own position (`file`, `start`, `end`) rather than a separate span
// object, and so does a map entry for its key: the loaded project keeps its trees, and one
// object per node or key instead of two makes them about a fifth smaller. Either is a `Span`
// where a diagnostic needs one; `spanOf` copies just the position.
interface NodeBase extends Span {
  tag?: MergeTag
}

/** A scalar with its resolved YAML value. */
export interface ScalarNode extends NodeBase {
  kind: 'scalar'
  value: string | number | boolean | null
}

/** One key of a mapping: where the key itself is written (`file`, `start`, `end`), and its value. */
export interface MapEntry extends Span {
  value: Node
}

/** A mapping; a `Map` keeps source order and is safe for keys like `__proto__`. */
export interface MapNode extends NodeBase {
  kind: 'map'
  entries: Map<string, MapEntry>
}

/** A sequence. */
export interface SeqNode extends NodeBase {
  kind: 'seq'
  items: Node[]
}

/**
 * A compose value with the source position of every part. The loader interpolates, merges
 * and extends these trees, so a value that came from an override file or an `extends` base
 * still points at the file it was written in.
 */
export type Node = ScalarNode | MapNode | SeqNode

/** Just the position of a node, a key (a map entry) or a span. */
export function spanOf(at: Span): Span {
  return { file: at.file, start: at.start, end: at.end }
}

/** A scalar node written at `at` (a span, or a node or key whose position it takes). */
export function scalar(value: ScalarNode['value'], at: Span): ScalarNode {
  return { kind: 'scalar', value, file: at.file, start: at.start, end: at.end }
}

/** A mapping node of `entries`, written at `at`. */
export function mapAt(entries: Map<string, MapEntry>, at: Span): MapNode {
  return { kind: 'map', entries, file: at.file, start: at.start, end: at.end }
}

/** A sequence node of `items`, written at `at`. */
export function seqAt(items: Node[], at: Span): SeqNode {
  return { kind: 'seq', items, file: at.file, start: at.start, end: at.end }
}

/** A map entry whose key is written at `key` (a span, or the entry or node whose position it takes). */
export function entryAt(key: Span, value: Node): MapEntry {
  return { file: key.file, start: key.start, end: key.end, value }
}

/** The value under `key` of a mapping node, if the node is a mapping and has it. */
export function child(node: Node | undefined, key: string): Node | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.value : undefined
}

/** True for a scalar whose value is text (not a number, boolean or null). */
export function isText(node: Node | undefined): node is ScalarNode & { value: string } {
  return node?.kind === 'scalar' && typeof node.value === 'string'
}

/** The scalar value of a node as a string, or undefined for non-scalars and null. */
export function scalarString(node: Node | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined
  return String(node.value)
}

/** Converts a node tree to a plain JSON-shaped value (mappings become null-prototype-free objects). */
export function toPlain(node: Node): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value
    case 'seq':
      return node.items.map(toPlain)
    case 'map': {
      const out: Record<string, unknown> = {}
      for (const [key, entry] of node.entries) {
        defineOwn(out, key, toPlain(entry.value))
      }
      return out
    }
  }
}

/** A new map of the first `count` entries of a mapping, as they are: the start of a copy-on-write. */
export function firstEntries(entries: ReadonlyMap<string, MapEntry>, count: number): Map<string, MapEntry> {
  const out = new Map<string, MapEntry>()
  for (const [key, entry] of entries) {
    if (out.size === count) break
    out.set(key, entry)
  }
  return out
}
