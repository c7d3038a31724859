import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml'
import type { DiagnosticCode } from '../codes.js'
import type { MapEntry, MergeTag, Node, Span } from './node.js'

/** A problem found while reading YAML text, before any compose rule applies. */
export interface YamlProblem {
  code: Extract<DiagnosticCode, 'YAML_SYNTAX' | 'DUPLICATE_KEY' | 'UNKNOWN_TAG' | 'YAML_ALIAS_LIMIT'>
  message: string
  span: Span
  hint?: string
}

/** Result of parsing one file: one node per YAML document (empty documents are skipped). */
export interface ParsedYaml {
  documents: Node[]
  problems: YamlProblem[]
}

/** Limits that keep hostile YAML (alias bombs, deep nesting) bounded. */
export interface YamlLimits {
  /** Most nodes that aliases may add to one document (each use of an alias counts its whole value). */
  maxNodes: number
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number
}

const defaultLimits: YamlLimits = { maxNodes: 200_000, maxDepth: 500 }

const mergeTags = new Set<string>(['!reset', '!override'])
// Tags of the YAML core schema resolve as usual; anything else is a mistake in a compose file.
const knownTag = (tag: string): boolean => mergeTags.has(tag) || tag.startsWith('tag:yaml.org,2002:')

class LimitExceeded extends Error {}

/**
 * Parses YAML text into position-carrying nodes. Never throws for bad input: syntax errors,
 * duplicate keys, unknown tags and alias bombs come back as problems with spans.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits = defaultLimits): ParsedYaml {
  const problems: YamlProblem[] = []
  const span = (range: readonly number[] | null | undefined): Span => ({
    file,
    start: range?.[0] ?? 0,
    end: range?.[1] ?? range?.[0] ?? 0,
  })
  let docs: Document.Parsed[]
  try {
    docs = parseAllDocuments(text, { merge: true, uniqueKeys: true, prettyErrors: false }) as Document.Parsed[]
  } catch (error) {
    // yaml's own limits (e.g. deep recursion in the composer) surface as exceptions.
    problems.push({ code: 'YAML_SYNTAX', message: `The YAML parser gave up: ${(error as Error).message}`, span: span([0, 0]) })
    return { documents: [], problems }
  }
  if (!Array.isArray(docs)) docs = [docs]
  const documents: Node[] = []
  for (const doc of docs) {
    let fatal = false
    for (const error of doc.errors) {
      const duplicate = error.code === 'DUPLICATE_KEY'
      const key = text.slice(error.pos[0], error.pos[1]).trim()
      problems.push({
        code: duplicate ? 'DUPLICATE_KEY' : 'YAML_SYNTAX',
        message: duplicate && key ? `The key \`${key}\` appears twice in this mapping.` : sentence(firstLine(error.message)),
        span: span(error.pos),
        hint: duplicate
          ? 'Keep one of the two keys; YAML does not allow a key twice in one mapping.'
          : 'Check the indentation, quotes and colons at this position.',
      })
      fatal = true
    }
    if (fatal || doc.contents === null) continue
    let budget = limits.maxNodes
    // Plain nodes are bounded by the file's size; only alias expansion can multiply them.
    const convert = (node: YamlNode | null, depth: number, viaAlias = false): Node => {
      if (viaAlias && --budget < 0) throw new LimitExceeded()
      if (depth > limits.maxDepth) throw new LimitExceeded()
      if (node === null) return { kind: 'scalar', value: null, span: span([0, 0]) }
      if (isAlias(node)) {
        const target = node.resolve(doc)
        if (!target) return { kind: 'scalar', value: null, span: span(node.range) }
        return convert(target, depth + 1, true)
      }
      const tag = readTag(node, span(node.range))
      if (isScalar(node)) {
        const value = node.value
        let v = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value)
        // Compose's YAML reader takes a leading zero as octal (`mode: 0440`), as YAML 1.1 did.
        if (typeof v === 'number' && typeof node.source === 'string' && /^[-+]?0[0-7]+$/.test(node.source)) v = parseInt(node.source, 8)
        return withTag({ kind: 'scalar', value: v, span: span(node.range) }, tag)
      }
      if (isSeq(node)) {
        return withTag({ kind: 'seq', items: node.items.map((item) => convert(item as YamlNode | null, depth + 1, viaAlias)), span: span(node.range) }, tag)
      }
      if (isMap(node)) {
        const entries = new Map<string, MapEntry>()
        const merged: Node[] = []
        for (const pair of node.items) {
          if (!isPair(pair)) continue
          const keyNode = pair.key as YamlNode | null
          const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : keyNode === null ? '' : String(keyNode)
          const keySpan = span(keyNode?.range ?? node.range)
          // yaml marks merge keys with a symbol value; the text is still `<<`.
          const isMergeKey = keyNode && isScalar(keyNode) && (typeof keyNode.value === 'symbol' || keyNode.value === '<<')
          if (isMergeKey && pair.value) {
            // YAML merge keys: explicit keys win, then earlier merge sources win over later ones.
            const source = convert(pair.value as YamlNode, depth + 1, viaAlias)
            merged.push(...(source.kind === 'seq' ? source.items : [source]))
            continue
          }
          const value = pair.value === null ? { kind: 'scalar' as const, value: null, span: { ...keySpan, start: keySpan.end } } : convert(pair.value as YamlNode, depth + 1, viaAlias)
          entries.set(key, { keySpan, value })
        }
        for (const source of merged) {
          if (source.kind !== 'map') continue
          for (const [key, entry] of source.entries) if (!entries.has(key)) entries.set(key, entry)
        }
        return withTag({ kind: 'map', entries, span: span(node.range) }, tag)
      }
      return { kind: 'scalar', value: null, span: span(null) }
    }
    const readTag = (node: YamlNode, where: Span): MergeTag | undefined => {
      const tag = node.tag
      if (!tag || knownTag(tag)) return mergeTags.has(tag ?? '') ? (tag as MergeTag) : undefined
      problems.push({
        code: 'UNKNOWN_TAG',
        message: `The YAML tag \`${tag}\` has no meaning in a compose file.`,
        span: where,
        hint: 'Compose understands only `!reset` and `!override`; remove the tag.',
      })
      return undefined
    }
    try {
      documents.push(convert(doc.contents as YamlNode, 0))
    } catch (error) {
      if (!(error instanceof LimitExceeded) && !(error instanceof RangeError)) throw error
      problems.push({
        code: 'YAML_ALIAS_LIMIT',
        message: `Aliases expand the document by more than ${limits.maxNodes} values, or it nests deeper than ${limits.maxDepth} levels.`,
        span: span(doc.contents?.range),
        hint: 'Check for aliases (`*name`) that refer to each other many times over; write the values out instead.',
      })
    }
  }
  return { documents, problems }
}

function withTag<T extends Node>(node: T, tag: MergeTag | undefined): T {
  if (tag) node.tag = tag
  return node
}

function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1)
  return /[.!?]$/.test(s) ? s : `${s}.`
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message
  return line.replace(/ at line \d+, column \d+:?$/, '').trim()
}
