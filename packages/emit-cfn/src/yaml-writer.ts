import { defineOwn, type Value } from '@composeform/model'
import { ChunkedText } from './chunked-text.js'
import { IdSection } from './id-section.js'
import type { Json, JsonObject } from './json.js'
import { readAsOtherType } from './plain-types.js'
import { renderValue } from './render-value.js'
import { oneKeyTag, shortFormArgument } from './short-form.js'
import { SHORT_TAGS } from './short-tags.js'
import type { Template } from './template.js'
import type { UnrenderedTemplate } from './to-template.js'
import { INDENT_STEP, yamlNonText, yamlText } from './yaml-text.js'

const SIMPLE_WORD = /^[A-Za-z_][A-Za-z0-9_\-./:]*(?<!:)$/
// Explicit-key syntax (`? key`) for longer keys, as YAML limits implicit keys to 1024 characters.
const MAX_IMPLICIT_KEY = 1024
// Text whose rendering depends on its indentation: line breaks, and document markers that
// are guarded differently at the top levels.
const INDENT_DEPENDENT = /[\n\r\u2028\u2029]|^(?:%|---|\.\.\.)/m
// Texts each of the writer's caches holds before it starts again.
const CACHE_LIMIT = 4096

/**
 * Writes a JSON template as block-style YAML, byte for byte as `yaml` writes a YAML 1.1
 * `Document` made from it (`toString({ lineWidth: 0 })`, short forms applied to the node tree
 * first), without building that tree or loading `yaml`: the structure is written here and
 * each scalar by `yaml-text.ts`, with a cache for one-line text, whose rendering does not
 * depend on where it stands. The tests keep the `Document` route as the oracle.
 */
export class YamlWriter {
  private readonly keys = new Map<string, string>()
  private readonly values = new Map<string, string>()
  // indents[d] is 2·d spaces; lines[d] is a line break followed by indents[d].
  private readonly indents: string[] = ['']
  private readonly lines: string[] = ['\n']
  private parts = new ChunkedText()
  // True while the values written may be graph values, rendered on the way (see `write`).
  private rendering = false

  constructor(private readonly shortForms: boolean) {}

  /**
   * The YAML text of `template`, ending with a line break. With `graphValues`, the template's
   * values may still be the resource graph's (`{ $ref }`, `{ $sub }`, …, as `unrenderedTemplate`
   * leaves them): each is rendered as it is written, which gives the text of the rendered
   * template without building it.
   */
  write(template: Template | JsonObject | UnrenderedTemplate, graphValues = false): string {
    this.parts = new ChunkedText()
    this.rendering = graphValues
    // A template's optional sections are absent, never undefined.
    const keys = Object.keys(template)
    if (keys.some((key) => template[key] instanceof IdSection)) this.sections(template as UnrenderedTemplate, keys)
    else this.node(template as JsonObject, 0, false)
    this.parts.push('\n')
    const text = this.parts.toString()
    this.parts = new ChunkedText()
    this.rendering = false
    return text
  }

  /** A node that starts where the cursor is (after `- ` or `key: `, or at the start of the document). */
  private node(value: Json, depth: number, inList: boolean): void {
    if (typeof value !== 'object' || value === null) return this.parts.push(this.scalar(value, depth, false))
    if (Array.isArray(value)) return this.sequence(value as readonly Json[], depth, '')
    const map = value as JsonObject
    const keys = Object.keys(map)
    if (this.rendering && mayRender(map, keys)) {
      const ref = this.shortForms ? refTag(map, keys) : undefined
      if (ref !== undefined) return this.parts.push(ref, ' ', this.scalar(refArgument(map), depth, false))
      // The rendered value holds no graph values.
      this.rendering = false
      this.node(renderValue(map as Value), depth, inList)
      this.rendering = true
      return
    }
    const tag = this.shortForms && keys.length === 1 ? oneKeyTag(keys[0]!, map[keys[0]!]!, inList) : undefined
    if (tag === undefined) this.mapping(map, keys, depth, '')
    else this.tagged(tag, shortFormArgument(keys[0]!, map[keys[0]!]!), depth)
  }

  /** A value in short form: its tag, then its argument (an untagged value). */
  private tagged(tag: string, argument: Json, depth: number): void {
    if (typeof argument !== 'object' || argument === null) return this.parts.push(tag, ' ', this.scalar(argument, depth, false))
    if (Array.isArray(argument)) return this.sequence(argument as readonly Json[], depth, tag)
    this.mapping(argument as JsonObject, Object.keys(argument), depth, tag)
  }

  /**
   * A sequence at the cursor, after `lead` (a tag, or nothing): in block style, its first
   * item on the cursor's line (or the next line, after a tag), or `[]`.
   */
  private sequence(items: readonly Json[], depth: number, lead: string): void {
    if (items.length === 0) return this.parts.push(lead === '' ? '[]' : lead + ' []')
    const line = this.line(depth)
    const next = line + '- '
    this.parts.push(lead === '' ? '- ' : lead + next)
    this.node(items[0]!, depth + 1, true)
    for (let i = 1; i < items.length; i++) {
      this.parts.push(next)
      this.node(items[i]!, depth + 1, true)
    }
  }

  /** A mapping of `keys` at the cursor, after `lead`, like `sequence`; or `{}`. */
  private mapping(map: JsonObject, keys: readonly string[], depth: number, lead: string): void {
    if (keys.length === 0) return this.parts.push(lead === '' ? '{}' : lead + ' {}')
    const line = this.line(depth)
    if (lead !== '') this.parts.push(lead, line)
    for (let i = 0; i < keys.length; i++) this.item(i === 0 ? '' : line, keys[i]!, map[keys[i]!]!, depth)
  }

  /** One entry of a mapping at `depth`, after `separator` (nothing, or a line break and indent). */
  private item(separator: string, key: string, value: Json, depth: number): void {
    const keyText = this.scalar(key, depth + 1, true)
    if (keyText.length > MAX_IMPLICIT_KEY) {
      this.parts.push(separator, '? ', keyText, this.line(depth))
      this.parts.push(': ')
      this.node(value, depth + 1, false)
    } else this.entry(separator, keyText, value, depth)
  }

  /**
   * The top level of a template whose id sections are `IdSection`s (`unrenderedTemplate`),
   * byte for byte what `mapping` writes for the same sections as objects. The top level has
   * two keys or more, so no short form or rendering applies to it as a whole.
   */
  private sections(template: UnrenderedTemplate, keys: readonly string[]): void {
    const line = this.line(0)
    for (let i = 0; i < keys.length; i++) {
      const separator = i === 0 ? '' : line
      const value = template[keys[i]!]!
      if (!(value instanceof IdSection)) this.item(separator, keys[i]!, value, 0)
      // Up to two entries may read as a short form or a reference as a whole (`mapEntry`, `mayRender`); written as the object they stand for.
      else if (value.ids.length <= 2) this.item(separator, keys[i]!, sectionObject(value), 0)
      else {
        this.parts.push(separator, this.scalar(keys[i]!, 1, true), ':', this.line(1))
        const entryLine = this.line(1)
        for (let j = 0; j < value.ids.length; j++) this.item(j === 0 ? '' : entryLine, value.ids[j]!, value.valueAt(j), 1)
      }
    }
  }

  /** A mapping entry with an implicit key: `key: scalar`, or the key and a collection. */
  private entry(separator: string, keyText: string, value: Json, depth: number): void {
    if (typeof value !== 'object' || value === null) return this.parts.push(separator, keyText, ': ', this.scalar(value, depth + 1, false))
    if (Array.isArray(value)) {
      // A block collection starts on the next line; an empty one stays on the key's line.
      if (value.length === 0) return this.parts.push(separator, keyText, ': []')
      this.parts.push(separator, keyText, ':', this.line(depth + 1))
      return this.sequence(value as readonly Json[], depth + 1, '')
    }
    const inner = value as JsonObject
    const innerKeys = Object.keys(inner)
    if (this.rendering && mayRender(inner, innerKeys)) {
      const ref = this.shortForms ? refTag(inner, innerKeys) : undefined
      if (ref !== undefined) return this.parts.push(separator, keyText, ': ', ref + ' ' + this.scalar(refArgument(inner), depth + 1, false))
      // The rendered value holds no graph values.
      this.rendering = false
      this.entry(separator, keyText, renderValue(inner as Value), depth)
      this.rendering = true
    } else this.mapEntry(separator, keyText, inner, innerKeys, depth)
  }

  /** A mapping entry whose value is a map: in short form on the key's line, or a block below it. */
  private mapEntry(separator: string, keyText: string, inner: JsonObject, innerKeys: readonly string[], depth: number): void {
    // A tag stays on the key's line, its block argument starting on the next.
    const tag = this.shortForms && innerKeys.length === 1 ? oneKeyTag(innerKeys[0]!, inner[innerKeys[0]!]!, false) : undefined
    if (tag !== undefined) {
      this.parts.push(separator, keyText, ': ')
      this.tagged(tag, shortFormArgument(innerKeys[0]!, inner[innerKeys[0]!]!), depth + 1)
    } else if (innerKeys.length === 0) this.parts.push(separator, keyText, ': {}')
    else {
      this.parts.push(separator, keyText, ':', this.line(depth + 1))
      this.mapping(inner, innerKeys, depth + 1, '')
    }
  }

  private line(depth: number): string {
    while (this.lines.length <= depth) {
      this.indents.push(this.indents[this.indents.length - 1] + INDENT_STEP)
      this.lines.push('\n' + this.indents[this.indents.length - 1])
    }
    return this.lines[depth]!
  }

  /**
   * Text that is written as it is, without the full rules: a word of letters, digits and
   * `_-./:` (not ending in `:`) that starts with a letter or `_` — no indicator, space, line
   * break or control character — and that no other type reads.
   */
  private isPlainText(value: string): boolean {
    return SIMPLE_WORD.test(value) && !readAsOtherType(value)
  }

  private scalar(value: Json, depth: number, implicitKey: boolean): string {
    // Rendering makes -0 a 0 (see `renderValue`).
    if (typeof value !== 'string') return yamlNonText(this.rendering && value === 0 ? 0 : (value as number | boolean | null))
    const cache = implicitKey ? this.keys : this.values
    let text = cache.get(value)
    if (text !== undefined) return text
    if (this.isPlainText(value)) text = value
    else {
      this.line(depth)
      text = yamlText(value, this.indents[depth]!, implicitKey)
      if (INDENT_DEPENDENT.test(value)) return text
    }
    // A bounded cache: most texts repeat within a resource or a few, and a table of every
    // distinct text of a large template (tens of thousands at N=1000) is slower to look up
    // than the rules are to apply again (emission 1.08× faster at N=1000, the same at N=100).
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(value, text)
    return text
  }
}

function sectionObject(section: IdSection): JsonObject {
  const object: { [id: string]: Json } = {}
  section.ids.forEach((id, index) => defineOwn(object, id, section.valueAt(index)))
  return object
}

/**
 * True for a graph value that `renderValue` may turn into something else as a whole: a
 * one-key map whose key is one of the graph's intrinsics (`$…`) or a long-form intrinsic
 * (whose short form depends on its rendered argument), or a reference with an attribute. Any
 * other map renders entry by entry, which writing it in rendering mode does.
 */
function mayRender(map: JsonObject, keys: readonly string[]): boolean {
  if (keys.length === 1) return keys[0]!.charCodeAt(0) === 0x24 || Object.hasOwn(SHORT_TAGS, keys[0]!)
  return keys.length === 2 && Object.hasOwn(map, '$ref')
}

/**
 * `!Ref` or `!GetAtt` when a graph value is a reference whose short form can be written
 * straight away (what rendering it first would give), else undefined: `{ $ref: Id }`, or
 * `{ $ref: Id, attribute: Attr }` with a dot-free Id (`!GetAtt Id.Attr`).
 */
function refTag(map: JsonObject, keys: readonly string[]): string | undefined {
  const id = map['$ref']
  if (keys[0] !== '$ref' || typeof id !== 'string') return undefined
  if (keys.length === 1) return '!Ref'
  return keys[1] === 'attribute' && typeof map['attribute'] === 'string' && !id.includes('.') ? '!GetAtt' : undefined
}

/** What follows the tag `refTag` gave: `Id`, or `Id.Attr`. */
function refArgument(map: JsonObject): string {
  const attribute = map['attribute']
  return attribute === undefined ? (map['$ref'] as string) : `${map['$ref'] as string}.${attribute as string}`
}
