import { Document, type Scalar, type ScalarTag, type Tags } from 'yaml'
import type { StringifyContext } from 'yaml/util'
import { ChunkedText } from './chunked-text.js'
import type { Json, JsonObject } from './json.js'
import { shortFormTag, shortFormValue } from './short-form.js'
import type { Template } from './template.js'
import { strictYaml11Tags } from './yaml-scalars.js'

const STEP = '  '
const STR = 'tag:yaml.org,2002:str'
const SIMPLE_WORD = /^[A-Za-z_][A-Za-z0-9_\-./:]*(?<!:)$/
// Explicit-key syntax (`? key`) for longer keys, as YAML limits implicit keys to 1024 characters.
const MAX_IMPLICIT_KEY = 1024
// Text whose rendering depends on its indentation: line breaks, and document markers that
// `yaml` guards differently at the top levels.
const INDENT_DEPENDENT = /[\n\r\u2028\u2029]|^(?:%|---|\.\.\.)/m

// yaml's merge tag writes the string `<<` plain, which 1.1 readers take for a merge key;
// without it, `<<` is an ordinary string, which the strict string tag quotes.
const customTags = (tags: Tags): Tags => strictYaml11Tags(tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:merge'))

// version 1.1 quotes what 1.1 readers mistake; compat 'core' adds what 1.2 readers do.
const DOCUMENT_OPTIONS = { version: '1.1', compat: 'core', customTags, aliasDuplicateObjects: false } as const

// yaml's defaults for writing (its createStringifyContext), with `lineWidth: 0`: never fold.
const STRINGIFY_OPTIONS = {
  blockQuote: true,
  defaultKeyType: null,
  defaultStringType: 'PLAIN',
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  lineWidth: 0,
  minContentWidth: 20,
  singleQuote: null,
  trueStr: 'true',
  falseStr: 'false',
  nullStr: 'null',
} as const

/**
 * Writes a JSON template as block-style YAML, byte for byte as `yaml` writes a `Document`
 * made from it (`new Document(template, DOCUMENT_OPTIONS).toString({ lineWidth: 0 })`, short
 * forms applied to the node tree first), without building that tree: the structure is written
 * here, and each scalar through `yaml`'s own stringifiers (the strict string tag for text),
 * with a cache for one-line text, whose rendering does not depend on where it stands. The
 * tests keep the `Document` route as the oracle.
 */
export class YamlWriter {
  private readonly doc: Document
  private readonly stringTag: ScalarTag
  private readonly resolvesAsOther: RegExp | undefined
  private readonly keys = new Map<string, string>()
  private readonly values = new Map<string, string>()
  private readonly others = new Map<unknown, string>()
  // indents[d] is 2·d spaces; lines[d] is a line break followed by indents[d].
  private readonly indents: string[] = ['']
  private readonly lines: string[] = ['\n']
  private parts = new ChunkedText()

  constructor(private readonly shortForms: boolean) {
    const schema = schemaParts()
    this.doc = schema.doc
    this.stringTag = schema.stringTag
    this.resolvesAsOther = schema.resolvesAsOther
  }

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
    const tag = this.shortForms ? shortFormTag(value, inList) : undefined
    if (tag === undefined) return this.bare(value, depth)
    const argument = shortFormValue(value as JsonObject)
    this.parts.push(tag, isNonEmptyCollection(argument) ? this.line(depth) : ' ')
    this.bare(argument, depth)
  }

  /** An untagged value: a block collection (its first line at the cursor), `[]`/`{}`, or a scalar. */
  private bare(value: Json, depth: number): void {
    if (typeof value !== 'object' || value === null) this.parts.push(this.scalar(value, depth, false))
    else if (Array.isArray(value)) {
      if (value.length === 0) this.parts.push('[]')
      else this.sequence(value as readonly Json[], depth)
    } else if (!isNonEmptyCollection(value)) this.parts.push('{}')
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
      if (!first) this.parts.push(line)
      first = false
      const keyText = this.scalar(key, depth + 1, true)
      const explicit = keyText.length > MAX_IMPLICIT_KEY
      const value = map[key]!
      // A block collection starts on the next line, except after `? key` / `:`, or after a
      // tag, which stays on the key's line.
      const own = !explicit && isNonEmptyCollection(value) && (!this.shortForms || shortFormTag(value, false) === undefined)
      if (explicit) this.parts.push('? ', keyText, line, own ? ':' : ': ')
      else this.parts.push(keyText, own ? ':' : ': ')
      if (own) {
        this.parts.push(this.line(depth + 1))
        this.bare(value, depth + 1)
      } else this.node(value, depth + 1, false)
    }
  }

  private line(depth: number): string {
    while (this.lines.length <= depth) {
      this.indents.push(this.indents[this.indents.length - 1] + STEP)
      this.lines.push('\n' + this.indents[this.indents.length - 1])
    }
    return this.lines[depth]!
  }

  /**
   * Text that `yaml` writes as it is, without asking it: a word of letters, digits and
   * `_-./:` (not ending in `:`) that starts with a letter or `_` — no indicator, space, line
   * break or control character — and that no other type reads.
   */
  private isPlainText(value: string): boolean {
    return this.resolvesAsOther !== undefined && SIMPLE_WORD.test(value) && !this.resolvesAsOther.test(value)
  }

  private scalar(value: Json, depth: number, implicitKey: boolean): string {
    if (typeof value !== 'string') {
      let text = this.others.get(value)
      if (text === undefined) {
        text = new Document(value, DOCUMENT_OPTIONS).toString({ lineWidth: 0 }).slice(0, -1)
        if (!Object.is(value, -0)) this.others.set(value, text)
      }
      return text
    }
    const cache = implicitKey ? this.keys : this.values
    let text = cache.get(value)
    if (text === undefined && this.isPlainText(value)) {
      text = value
      cache.set(value, text)
    }
    if (text === undefined) {
      this.line(depth)
      const ctx = { doc: this.doc, indent: this.indents[depth]!, indentStep: STEP, inFlow: null, implicitKey, options: STRINGIFY_OPTIONS }
      // The string tag reads only `value` (and `type`, `comment`, unset here) of its item.
      text = this.stringTag.stringify!({ value } as Scalar, ctx as unknown as StringifyContext, undefined, undefined)
      if (!INDENT_DEPENDENT.test(value)) cache.set(value, text)
    }
    return text
  }
}

interface SchemaParts {
  /** A document with the writing schema: `yaml`'s stringifiers read the schema through it. */
  doc: Document
  stringTag: ScalarTag
  resolvesAsOther: RegExp | undefined
}

// Built once per process: the schema and its tests never change, and building them (a
// Document, a few dozen tags, one large RegExp) was most of the cost of writing a small template.
let shared: SchemaParts | undefined
function schemaParts(): SchemaParts {
  if (shared) return shared
  const doc = new Document(null, DOCUMENT_OPTIONS)
  const stringTag = doc.schema.tags.find((t): t is ScalarTag => t.tag === STR && 'stringify' in t && t.stringify !== undefined)
  if (!stringTag) throw new Error('yaml schema has no string tag')
  shared = { doc, stringTag, resolvesAsOther: otherTypesTest([...doc.schema.tags, ...(doc.schema.compat ?? [])]) }
  return shared
}

/**
 * One test for "some other type reads this plain text" (a number, a boolean, null, a date, …):
 * the tests `yaml` tries one by one on every plain string it writes, as one alternation
 * (undefined if a test has flags, which an alternation could not keep).
 */
function otherTypesTest(tags: readonly (Tags[number])[]): RegExp | undefined {
  const tests: RegExp[] = []
  for (const t of tags) {
    if (typeof t === 'string' || !t.default || t.tag === STR || !('test' in t) || !t.test) continue
    if (t.test.flags !== '') return undefined
    tests.push(t.test)
  }
  return new RegExp(tests.map((t) => `(?:${t.source})`).join('|'))
}

function isNonEmptyCollection(value: Json): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return value.length > 0
  for (const key in value) if (Object.hasOwn(value, key)) return true
  return false
}
