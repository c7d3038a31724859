import { ChunkedText } from './chunked-text.js'
import type { Json, JsonObject } from './json.js'
import { READ_AS_OTHER_TYPE } from './plain-types.js'
import { shortFormTag, shortFormValue } from './short-form.js'
import type { Template } from './template.js'
import { INDENT_STEP, yamlNonText, yamlText } from './yaml-text.js'

const SIMPLE_WORD = /^[A-Za-z_][A-Za-z0-9_\-./:]*(?<!:)$/
// Explicit-key syntax (`? key`) for longer keys, as YAML limits implicit keys to 1024 characters.
const MAX_IMPLICIT_KEY = 1024
// Text whose rendering depends on its indentation: line breaks, and document markers that
// are guarded differently at the top levels.
const INDENT_DEPENDENT = /[\n\r\u2028\u2029]|^(?:%|---|\.\.\.)/m

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

  constructor(private readonly shortForms: boolean) {}

  /** The YAML text of `template`, ending with a line break. */
  write(template: Template | JsonObject): string {
    this.parts = new ChunkedText()
    // A template's optional sections are absent, never undefined.
    this.node(template as JsonObject, 0, false)
    this.parts.push('\n')
    const text = this.parts.toString()
    this.parts = new ChunkedText()
    return text
  }

  /** A node that starts where the cursor is (after `- ` or `key: `, or at the start of the document). */
  private node(value: Json, depth: number, inList: boolean): void {
    if (typeof value !== 'object' || value === null) return this.parts.push(this.scalar(value, depth, false))
    const tag = this.shortForms ? shortFormTag(value, inList) : undefined
    if (tag === undefined) this.collection(value, depth)
    else this.tagged(value as JsonObject, tag, depth)
  }

  /** A value in short form: its tag, then its argument. */
  private tagged(value: JsonObject, tag: string, depth: number): void {
    const argument = shortFormValue(value)
    if (typeof argument !== 'object' || argument === null) return this.parts.push(tag, ' ', this.scalar(argument, depth, false))
    this.parts.push(tag, isNonEmptyCollection(argument) ? this.line(depth) : ' ')
    this.collection(argument, depth)
  }

  /** An untagged collection: in block style (its first line at the cursor), or `[]`/`{}`. */
  private collection(value: readonly Json[] | JsonObject, depth: number): void {
    if (Array.isArray(value)) {
      if (value.length === 0) this.parts.push('[]')
      else this.sequence(value as readonly Json[], depth)
    } else if (!isNonEmptyCollection(value as JsonObject)) this.parts.push('{}')
    else this.mapping(value as JsonObject, depth)
  }

  private sequence(items: readonly Json[], depth: number): void {
    const line = this.line(depth)
    for (let i = 0; i < items.length; i++) {
      this.parts.push(i === 0 ? '- ' : line + '- ')
      this.node(items[i]!, depth + 1, true)
    }
  }

  private mapping(map: JsonObject, depth: number): void {
    const line = this.line(depth)
    let first = true
    for (const key in map) {
      if (!Object.hasOwn(map, key)) continue
      const keyText = this.scalar(key, depth + 1, true)
      const explicit = keyText.length > MAX_IMPLICIT_KEY
      const value = map[key]!
      const separator = first ? '' : line
      first = false
      if (!explicit && (typeof value !== 'object' || value === null)) {
        this.parts.push(separator, keyText, ': ', this.scalar(value, depth + 1, false))
        continue
      }
      // A block collection starts on the next line, except after `? key` / `:`, or after a
      // tag, which stays on the key's line.
      const tag = this.shortForms ? shortFormTag(value, false) : undefined
      const own = !explicit && tag === undefined && isNonEmptyCollection(value)
      if (explicit) this.parts.push(separator, '? ', keyText, line)
      else this.parts.push(separator, keyText)
      if (own) {
        this.parts.push(':', this.line(depth + 1))
        this.collection(value as readonly Json[] | JsonObject, depth + 1)
      } else {
        this.parts.push(': ')
        if (tag !== undefined) this.tagged(value as JsonObject, tag, depth + 1)
        else this.node(value, depth + 1, false)
      }
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
    return SIMPLE_WORD.test(value) && !READ_AS_OTHER_TYPE.test(value)
  }

  private scalar(value: Json, depth: number, implicitKey: boolean): string {
    if (typeof value !== 'string') return yamlNonText(value as number | boolean | null)
    const cache = implicitKey ? this.keys : this.values
    let text = cache.get(value)
    if (text === undefined && this.isPlainText(value)) {
      text = value
      cache.set(value, text)
    }
    if (text === undefined) {
      this.line(depth)
      text = yamlText(value, this.indents[depth]!, implicitKey)
      if (!INDENT_DEPENDENT.test(value)) cache.set(value, text)
    }
    return text
  }
}

function isNonEmptyCollection(value: Json): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return value.length > 0
  for (const key in value) if (Object.hasOwn(value, key)) return true
  return false
}
