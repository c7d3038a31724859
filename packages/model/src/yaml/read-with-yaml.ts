import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml'
import { clip, quote } from '../syntax/result.js'
import { entryAt, mapAt, scalar, seqAt, type MapEntry, type MergeTag, type Node, type Span } from './node.js'
import { DEFAULT_YAML_LIMITS, type ParsedYaml, type YamlLimits, type YamlProblem } from './yaml-reading.js'

// The full YAML reader: `yaml`'s composer, for every file the fast reader declines. The only
// module of the loader that imports `yaml`, so that a bundle can load it on demand (the
// playground does: packages/web/README.md).

const mergeTags = new Set<string>(['!reset', '!override'])
// The tags of the YAML core schema resolve as usual. Others (`!!timestamp`, `!!binary`,
// `!!set`, `!!js/function`) would give values that depend on the platform or the time zone,
// so they are mistakes in a compose file like any unknown tag.
const CORE = 'tag:yaml.org,2002:'
const coreTypes: Readonly<Record<string, (value: unknown) => boolean>> = {
  str: (v) => typeof v === 'string',
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  float: (v) => typeof v === 'number',
  bool: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  seq: () => true,
  map: () => true,
  merge: () => true,
}
const coreType = (tag: string): string | undefined => (tag.startsWith(CORE) && Object.hasOwn(coreTypes, tag.slice(CORE.length)) ? tag.slice(CORE.length) : undefined)
const knownTag = (tag: string): boolean => mergeTags.has(tag) || coreType(tag) !== undefined

class AliasLimitExceeded extends Error {}
class DepthLimitExceeded extends Error {
  constructor(readonly at: Span) {
    super('nesting limit')
  }
}

/** `parseYaml` through `yaml`'s documents: every YAML feature, every problem. */
export function parseWithYaml(text: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  const problems: YamlProblem[] = []
  // yaml places errors at the end of the text one character past it; positions stay inside.
  const inText = (offset: number): number => Math.min(Math.max(offset, 0), text.length)
  const span = (range: readonly number[] | null | undefined): Span => ({
    file,
    start: inText(range?.[0] ?? 0),
    end: inText(range?.[1] ?? range?.[0] ?? 0),
  })
  let docs: Document.Parsed[]
  // Every YAML error is an Error, and capturing its stack is most of the cost of reading
  // garbage (a problem per line); the stacks are never shown, so none are captured meanwhile.
  // (`stackTraceLimit` is V8's; other engines have none to lower.)
  const errorClass = Error as ErrorConstructor & { stackTraceLimit?: number }
  const stackTraceLimit = errorClass.stackTraceLimit
  try {
    if (typeof stackTraceLimit === 'number') errorClass.stackTraceLimit = 0
    docs = parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false }) as Document.Parsed[]
  } catch (error) {
    // yaml's own limits (e.g. deep recursion in the composer) surface as exceptions.
    problems.push({ code: 'YAML_SYNTAX', message: sentence(clip(`The YAML parser gave up: ${firstLine((error as Error).message)}`)), span: span([0, 0]) })
    return { documents: [], problems }
  } finally {
    if (typeof stackTraceLimit === 'number') errorClass.stackTraceLimit = stackTraceLimit
  }
  if (!Array.isArray(docs)) docs = [docs]
  const documents: Node[] = []
  let tagged = false
  for (const doc of docs) {
    let fatal = false
    for (const error of doc.errors) {
      fatal = true
      // The composer recurses; a stack overflow in it comes back once per nested collection.
      if (error.code === 'RESOURCE_EXHAUSTION') {
        if (!problems.some((p) => p.code === 'YAML_DEPTH_LIMIT')) problems.push(tooDeep(span(error.pos)))
        continue
      }
      problems.push({
        code: 'YAML_SYNTAX',
        message: sentence(clip(firstLine(error.message))),
        span: pastIndentation(text, span(error.pos)),
        hint: 'Check the indentation, quotes and colons at this position.',
      })
    }
    if (fatal || doc.contents === null) continue
    let budget = limits.maxNodes
    let duplicates = false
    // The collections being converted, outermost first: an alias to one of them is a cycle.
    const open = new Set<YamlNode>()
    // Plain nodes are bounded by the file's size; only alias expansion can multiply them.
    const convert = (node: YamlNode | null, depth: number, viaAlias = false): Node => {
      if (viaAlias && --budget < 0) throw new AliasLimitExceeded()
      if (depth > limits.maxDepth) throw new DepthLimitExceeded(span(node?.range))
      if (node === null) return scalar(null, span([0, 0]))
      if (isAlias(node)) {
        const target = node.resolve(doc)
        if (target && !open.has(target)) return convert(target, depth + 1, true)
        // yaml leaves both to whoever reads the value; compose's reader refuses them.
        if (!viaAlias) {
          problems.push({
            code: 'YAML_SYNTAX',
            message: target
              ? `The alias ${quote(`*${node.source}`)} is inside the value it repeats, so that value would never end.`
              : `The alias ${quote(`*${node.source}`)} names no anchor defined before it.`,
            span: span(node.range),
            hint: target ? 'An alias can only repeat a value that is complete; move it out of its anchor.' : 'Define the anchor (`&name`) before the alias, or fix the name.',
          })
        }
        return scalar(null, span(node.range))
      }
      const tag = readTag(node, span(node.range), viaAlias)
      if (tag) tagged = true
      if (isScalar(node)) {
        const value = node.value
        let v = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value)
        // Compose's YAML reader takes a leading zero as octal (`mode: 0440`), as YAML 1.1 did.
        if (typeof v === 'number' && typeof node.source === 'string' && /^[-+]?0[0-7]+$/.test(node.source)) v = parseInt(node.source, 8)
        const type = node.tag ? coreType(node.tag) : undefined
        // YAML 1.2 resolves `!!float 1` only from float syntax; compose's reader takes any number.
        if ((type === 'int' || type === 'float') && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) v = Number(v)
        if (type && !coreTypes[type]!(v) && !viaAlias) {
          problems.push({
            code: 'YAML_SYNTAX',
            message: `The value ${quote(String(v))} cannot be read as \`!!${type}\`.`,
            span: span(node.range),
            hint: `Remove the \`!!${type}\` tag, or write a value of that type.`,
          })
        }
        return withTag(scalar(v, span(node.range)), tag)
      }
      if (isSeq(node)) {
        open.add(node)
        const items = node.items.map((item) => convert(item as YamlNode | null, depth + 1, viaAlias))
        open.delete(node)
        return withTag(seqAt(items, span(node.range)), tag)
      }
      if (isMap(node)) {
        open.add(node)
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
          const value = pair.value === null ? scalar(null, { ...keySpan, start: keySpan.end }) : convert(pair.value as YamlNode, depth + 1, viaAlias)
          // Checked here, in one pass, rather than by the parser, which compares every pair of keys.
          if (entries.has(key) && !viaAlias) {
            duplicates = true
            problems.push({
              code: 'DUPLICATE_KEY',
              message: `The key ${quote(key)} appears twice in this mapping.`,
              span: keySpan,
              hint: 'Keep one of the two keys; YAML does not allow a key twice in one mapping.',
            })
          }
          entries.set(key, entryAt(keySpan, value))
        }
        for (const source of merged) {
          if (source.kind !== 'map') continue
          for (const [key, entry] of source.entries) if (!entries.has(key)) entries.set(key, entry)
        }
        open.delete(node)
        return withTag(mapAt(entries, span(node.range)), tag)
      }
      return scalar(null, span(null))
    }
    // Reported where the tag is written, not again for every alias that repeats it.
    const readTag = (node: YamlNode, where: Span, viaAlias: boolean): MergeTag | undefined => {
      const tag = node.tag
      if (!tag || knownTag(tag)) return mergeTags.has(tag ?? '') ? (tag as MergeTag) : undefined
      if (viaAlias) return undefined
      problems.push({
        code: 'UNKNOWN_TAG',
        message: `The YAML tag \`${tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag}\` has no meaning in a compose file.`,
        span: where,
        hint: 'Compose understands only `!reset` and `!override`; remove the tag.',
      })
      return undefined
    }
    try {
      const root = convert(doc.contents as YamlNode, 0)
      if (!duplicates) documents.push(root)
    } catch (error) {
      if (error instanceof DepthLimitExceeded) problems.push(tooDeep(error.at, limits.maxDepth))
      else if (error instanceof RangeError) problems.push(tooDeep(span(doc.contents?.range)))
      else if (error instanceof AliasLimitExceeded) {
        problems.push({
          code: 'YAML_ALIAS_LIMIT',
          message: `Aliases expand the document by more than ${limits.maxNodes} values.`,
          span: span(doc.contents?.range),
          hint: 'Check for aliases (`*name`) that refer to each other many times over; write the values out instead.',
        })
      } else throw error
    }
  }
  return { documents, problems: capped(problems, limits.maxProblems), tagged }
}

function tooDeep(at: Span, maxDepth?: number): YamlProblem {
  return {
    code: 'YAML_DEPTH_LIMIT',
    message: maxDepth === undefined ? 'Mappings and lists nest too deeply here to be read.' : `Mappings and lists nest more than ${maxDepth} levels deep here.`,
    span: at,
    hint: 'A compose file needs only a few levels of nesting; look for unclosed brackets or runaway indentation.',
  }
}

// Garbage can give a problem per line; the first ones say what is wrong, the rest are counted.
function capped(problems: YamlProblem[], max: number): YamlProblem[] {
  if (problems.length <= max) return problems
  const rest = problems.length - max
  return [
    ...problems.slice(0, max),
    {
      code: 'YAML_SYNTAX',
      message: `There ${rest === 1 ? 'is 1 more problem' : `are ${rest} more problems`} in this file; only the first ${max} are listed.`,
      span: problems[max]!.span,
      hint: 'Fix the problems listed first; this does not look like a YAML file.',
    },
  ]
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

// yaml places an indentation error (`All mapping items must start at the same column`) on the
// line's leading spaces, at column 1; the key or item it is about starts after them. A span
// inside a line's indentation moves to the line's first character, on a line that has one.
function pastIndentation(text: string, at: Span): Span {
  const blank = (i: number) => text[i] === ' ' || text[i] === '\t'
  let before = at.start - 1
  while (before >= 0 && blank(before)) before--
  if (before >= 0 && text[before] !== '\n' && text[before] !== '\r') return at
  let start = at.start
  while (blank(start)) start++
  if (start === at.start || start >= text.length || text[start] === '\n' || text[start] === '\r') return at
  return { ...at, start, end: Math.max(at.end, start + 1) }
}
