import { resolveCorePlain } from './core-scalars.js'
import { decline, DECLINE, NOT_PLAIN_START, PLAIN_IF_FOLLOWED, UNSUPPORTED_TEXT, type Open, type Read } from './fast-yaml-subset.js'
import type { MapEntry, MapNode, Node, ScalarNode, SeqNode } from './node.js'

/**
 * A fast reader for the plain shape most compose files have, giving exactly the nodes and
 * spans that `parseYaml` builds from `yaml`'s documents, or `undefined` for anything else,
 * which `parseYaml` then reads with `yaml` (so problems, aliases, tags, block scalars and
 * every other YAML feature keep one implementation).
 *
 * The subset: one document of block mappings and sequences (a mapping may start an item,
 * `- key: value`); plain one-line scalars (resolved by the YAML 1.2 core schema); one-line quoted
 * scalars without escapes; one-line flow sequences of such scalars; `{}`; comments; blank
 * lines. Anything else — tabs, CR, `---`, anchors, aliases, tags, `?`, block and multi-line
 * scalars, nested or multi-line flow collections, `<<`, duplicate keys, a comment after an
 * empty value — is declined. Spans follow `yaml`'s ranges: a scalar spans its text; a
 * collection runs from its first item to the end of its last item's node, which includes the
 * rest of that line, and, for a collection, comment lines `yaml` attaches after it.
 */
export function parseFastYaml(text: string, file: string, maxDepth: number): Node | undefined {
  if (UNSUPPORTED_TEXT.test(text)) return undefined
  try {
    return new FastReader(text, file, maxDepth).document()
  } catch (error) {
    if (error === DECLINE) return undefined
    throw error
  }
}

class FastReader {
  private pos = 0
  private readonly open: Open[] = []
  // Each distinct key is kept once: compose files repeat the same few keys in every service,
  // and the loaded project holds the tree (1 810 distinct of 29 148 keys in the benchmark's
  // N=1000 application). Not values: fewer repeat, and looking each one up in a table that
  // large cost more time at N=1000 (11 ms per load) than the memory it saved.
  private readonly keys = new Map<string, string>()

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly maxDepth: number,
  ) {}

  document(): Node {
    // Comments before the first content change no span.
    const first = this.skipLines().next
    if (first === undefined || this.column(first) !== 0) decline()
    const root = this.block(first, 0)
    if (root.next !== undefined) decline()
    return root.node
  }

  // Lines ------------------------------------------------------------------------------

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1)
  }

  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset)
    return nl === -1 ? this.text.length : nl
  }

  /** After the line break at or after `offset` (or the end of the text). */
  private afterLine(offset: number): number {
    const end = this.lineEnd(offset)
    return end === this.text.length ? end : end + 1
  }

  /**
   * Skips blank and comment lines from `this.pos` (a line start): the offset of the next
   * content (undefined at the end of the text), and the largest column of a comment line.
   */
  private skipLines(): { next: number | undefined; commentIndent: number | undefined } {
    let commentIndent: number | undefined
    while (this.pos < this.text.length) {
      let i = this.pos
      while (this.text.charCodeAt(i) === 32) i++
      const ch = this.text[i]
      if (ch === '\n' || i === this.text.length) {
        this.pos = this.afterLine(i)
        continue
      }
      if (ch === '#') {
        commentIndent = Math.max(commentIndent ?? 0, i - this.pos)
        this.pos = this.afterLine(i)
        continue
      }
      this.commentsBefore = commentIndent !== undefined
      return { next: i, commentIndent }
    }
    return { next: undefined, commentIndent }
  }

  /** Whether comment lines came right before the content `skipLines` found last. */
  private commentsBefore = false

  /** `skipLines` between two items, with the comment lines attached as `yaml` does. */
  private nextContent(): number | undefined {
    const { next, commentIndent } = this.skipLines()
    if (commentIndent !== undefined) this.attachComments(commentIndent, next)
    return next
  }

  /**
   * Comment lines go to the innermost open collection. Where the next content closes it,
   * `yaml` hands them on to the enclosing collection when all are indented less than the
   * closing one (or it is at column 0); the collection that keeps them ends, for its parent,
   * at the next content (or the end of the text). Before a sibling item they change nothing.
   */
  private attachComments(maxIndent: number, next: number | undefined): void {
    for (let k = 1; k < this.open.length; k++) if (this.open[k]!.indent === this.open[k - 1]!.indent) decline()
    const nextIndent = next === undefined ? -1 : this.column(next)
    for (let k = this.open.length - 1; k >= 0; k--) {
      const collection = this.open[k]!
      if (collection.indent <= nextIndent) return
      if (collection.indent === 0 || maxIndent < collection.indent) continue
      collection.commentEnd = next ?? this.text.length
      return
    }
  }

  // Block collections ------------------------------------------------------------------

  /** The block node whose first content is at `start` (column `indent`). */
  private block(start: number, indent: number): Read {
    return this.isSeqItem(start) ? this.sequence(start, indent) : this.mapping(start, indent)
  }

  private isSeqItem(offset: number): boolean {
    if (this.text[offset] !== '-') return false
    const next = this.text[offset + 1]
    return next === ' ' || next === '\n' || next === undefined
  }

  private sequence(start: number, indent: number): Read<SeqNode> {
    const node: SeqNode = { kind: 'seq', items: [], file: this.file, start, end: start }
    const open: Open = { indent }
    this.open.push(open)
    // Nesting limits and their problem are parseYaml's.
    if (this.open.length > this.maxDepth / 2) decline()
    let at: number | undefined = start
    let last = start
    while (at !== undefined && this.column(at) === indent && this.isSeqItem(at)) {
      let p = at + 1
      while (this.text.charCodeAt(p) === 32) p++
      // yaml ends an empty item differently after comments that come before its `-`.
      if (this.commentsBefore && (this.text[p] === '\n' || p === this.text.length)) decline()
      const item = this.itemValue(at + 1, p, indent, true)
      node.items.push(item.node)
      last = item.end
      at = item.next
    }
    return this.close(node, open, last, at)
  }

  private mapping(start: number, indent: number): Read<MapNode> {
    const node: MapNode = { kind: 'map', entries: new Map<string, MapEntry>(), file: this.file, start, end: start }
    const open: Open = { indent }
    this.open.push(open)
    // Nesting limits and their problem are parseYaml's.
    if (this.open.length > this.maxDepth / 2) decline()
    let at: number | undefined = start
    let last = start
    while (at !== undefined && this.column(at) === indent && !this.isSeqItem(at)) {
      const key = this.key(at)
      if (node.entries.has(key.text)) decline()
      let p = key.colon + 1
      while (this.text.charCodeAt(p) === 32) p++
      const value = this.itemValue(key.colon + 1, p, indent, false)
      node.entries.set(key.text, { file: this.file, start: key.start, end: key.end, value: value.node })
      last = value.end
      at = value.next
    }
    return this.close(node, open, last, at)
  }

  /** Ends a collection, whose span ends with its last item's node; what follows must be outside. */
  private close<T extends MapNode | SeqNode>(node: T, open: Open, last: number, next: number | undefined): Read<T> {
    if (next !== undefined && this.column(next) > open.indent) decline()
    this.open.pop()
    node.end = last
    return { node, end: open.commentEnd ?? last, next }
  }

  /**
   * The value after `key:` or `-` (the indicator ends at `afterIndicator`; its text starts at
   * `p`): on the same line, or a block on the following lines, or empty.
   */
  private itemValue(afterIndicator: number, p: number, indent: number, inSeq: boolean): Read {
    const ch = this.text[p]
    if (ch === '\n' || ch === undefined || ch === '#') {
      if (ch === '#' && p === afterIndicator) decline()
      this.pos = this.afterLine(p)
      // Comments between an indicator and its block change no span.
      const { next, commentIndent } = this.skipLines()
      const column = next === undefined ? -1 : this.column(next)
      // A block value: deeper, or a sequence at the key's own column (`key:\n- item`).
      if (next !== undefined && (column > indent || (!inSeq && column === indent && this.isSeqItem(next)))) return this.block(next, column)
      // An empty value sits after the indicator and its spaces; comments would move its end.
      if (ch === '#' || commentIndent !== undefined) decline()
      return { node: { kind: 'scalar', value: null, file: this.file, start: p, end: p }, end: p, next }
    }
    if (inSeq && this.isSeqItem(p)) decline()
    if (inSeq && ch !== '[' && ch !== '{' && ch !== '"' && ch !== "'" && this.colonAhead(p)) {
      // `- key: value`: a mapping whose items are at the key's column.
      return this.mapping(p, this.column(p))
    }
    const node = ch === '[' ? this.flowSequence(p) : ch === '{' ? this.emptyFlowMap(p) : this.lineScalar(p, false)
    const lineEnd = this.lineEnd(node.end)
    this.checkLineRest(node.end, lineEnd)
    this.pos = lineEnd === this.text.length ? lineEnd : lineEnd + 1
    const end = this.deeperComments(indent)
    const next = this.nextContent()
    // A deeper line after a one-line value would continue it (a multi-line scalar).
    if (next !== undefined && this.column(next) > indent) decline()
    return { node, end, next }
  }

  /**
   * `yaml` ends a one-line value after the comment lines right below it (blank lines
   * between them too) that are indented deeper than its collection: skips them, and returns
   * where the value's node ends.
   */
  private deeperComments(indent: number): number {
    let end = this.pos
    let at = this.pos
    while (at < this.text.length) {
      let i = at
      while (this.text.charCodeAt(i) === 32) i++
      if (this.text[i] === '\n') {
        at = i + 1
        continue
      }
      if (this.text[i] !== '#' || i - at <= indent) break
      end = at = this.afterLine(i)
    }
    this.pos = end
    return end
  }

  /** Spaces and an optional comment (after a space) until the line's end. */
  private checkLineRest(from: number, lineEnd: number): void {
    let i = from
    while (i < lineEnd && this.text.charCodeAt(i) === 32) i++
    if (i < lineEnd && !(this.text[i] === '#' && i > from)) decline()
  }

  /** True when the line from `p` holds an implicit key: a `:` followed by a space or the end. */
  private colonAhead(p: number): boolean {
    const end = this.lineEnd(p)
    for (let i = p; i < end; i++) {
      const c = this.text[i]
      if (c === ':' && (i + 1 === end || this.text[i + 1] === ' ')) return true
      if (c === '#' && this.text[i - 1] === ' ') return false
    }
    return false
  }

  // Keys and scalars -------------------------------------------------------------------

  private key(at: number): { text: string; start: number; end: number; colon: number } {
    const ch = this.text[at]
    if (ch === '"' || ch === "'") {
      const node = this.quoted(at)
      const after = this.text[node.end + 1]
      if (this.text[node.end] !== ':' || (after !== ' ' && after !== '\n' && after !== undefined) || node.value === '<<') decline()
      return { text: node.value as string, start: node.start, end: node.end, colon: node.end }
    }
    if (!this.plainStart(at, false)) decline()
    const end = this.lineEnd(at)
    let colon = -1
    for (let i = at; i < end; i++) {
      const c = this.text[i]
      if (c === ':' && (i + 1 === end || this.text[i + 1] === ' ')) {
        colon = i
        break
      }
      if (c === '#' && this.text[i - 1] === ' ') decline()
    }
    if (colon === -1) decline()
    let keyEnd = colon
    while (this.text.charCodeAt(keyEnd - 1) === 32) keyEnd--
    const source = this.text.slice(at, keyEnd)
    if (source === '<<') decline()
    return { text: this.keyOnce(String(resolveCorePlain(source))), start: at, end: keyEnd, colon }
  }

  /** A one-line scalar at `p`, ending before spaces, a comment, or (in flow) `,` / `]`. */
  private lineScalar(p: number, inFlow: boolean): ScalarNode {
    const ch = this.text[p]
    if (ch === '"' || ch === "'") return this.quoted(p)
    if (!this.plainStart(p, inFlow)) decline()
    const end = this.lineEnd(p)
    let stop = end
    for (let i = p; i < end; i++) {
      const c = this.text[i]
      if (c === '#' && this.text[i - 1] === ' ') {
        stop = i
        break
      }
      if (c === ':' && (i + 1 === end || this.text[i + 1] === ' ' || (inFlow && (this.text[i + 1] === ',' || this.text[i + 1] === ']')))) decline()
      if (inFlow && (c === ',' || c === ']')) {
        stop = i
        break
      }
      if (inFlow && (c === '[' || c === '{' || c === '}')) decline()
    }
    let valueEnd = stop
    while (this.text.charCodeAt(valueEnd - 1) === 32) valueEnd--
    const source = this.text.slice(p, valueEnd)
    if (source === '<<') decline()
    let value = resolveCorePlain(source)
    // Compose's YAML reader takes a leading zero as octal (`mode: 0440`), as YAML 1.1 did.
    if (typeof value === 'number' && /^[-+]?0[0-7]+$/.test(source)) value = parseInt(source, 8)
    return { kind: 'scalar', value, file: this.file, start: p, end: valueEnd }
  }

  private plainStart(p: number, inFlow: boolean): boolean {
    const ch = this.text[p]!
    if (!NOT_PLAIN_START.has(ch)) return true
    if (!PLAIN_IF_FOLLOWED.has(ch)) return false
    const next = this.text[p + 1]
    return next !== undefined && next !== ' ' && next !== '\n' && !(inFlow && (next === ',' || next === ']' || next === '[' || next === '{' || next === '}'))
  }

  /** A one-line quoted scalar without escapes (`''` in single quotes is one quote). */
  private quoted(p: number): ScalarNode {
    const quote = this.text[p]!
    const end = this.lineEnd(p)
    let i = p + 1
    let value = ''
    for (;;) {
      const close = this.text.indexOf(quote, i)
      if (close === -1 || close >= end) decline()
      value += this.text.slice(i, close)
      if (quote === "'" && this.text[close + 1] === "'") {
        value += "'"
        i = close + 2
        continue
      }
      i = close + 1
      break
    }
    if (quote === '"' && value.includes('\\')) decline()
    return { kind: 'scalar', value, file: this.file, start: p, end: i }
  }

  /** A one-line flow sequence of scalars: `[a, "b", 1]` or `[]`. */
  private flowSequence(p: number): SeqNode {
    const items: Node[] = []
    let i = p + 1
    for (;;) {
      while (this.text.charCodeAt(i) === 32) i++
      if (this.text[i] === ']' && items.length === 0) break
      const item = this.lineScalar(i, true)
      items.push(item)
      i = item.end
      while (this.text.charCodeAt(i) === 32) i++
      if (this.text[i] === ',') {
        i++
        continue
      }
      if (this.text[i] === ']') break
      decline()
    }
    return { kind: 'seq', items, file: this.file, start: p, end: i + 1 }
  }

  private emptyFlowMap(p: number): MapNode {
    let i = p + 1
    while (this.text.charCodeAt(i) === 32) i++
    if (this.text[i] !== '}') decline()
    return { kind: 'map', entries: new Map(), file: this.file, start: p, end: i + 1 }
  }

  /** The first key read with this text. */
  private keyOnce(text: string): string {
    const known = this.keys.get(text)
    if (known !== undefined) return known
    this.keys.set(text, text)
    return text
  }
}
