/**
 * Parser for compose's dotenv syntax (`.env`, `env_file`, `--env-file`), following
 * compose-go's `dotenv` package but collecting every error instead of stopping at the first.
 */
import { capitalize } from '../capitalize.js'
import { substitute } from '../interpolation/template.js'
import type { Lookup } from '../interpolation/template.js'
import { LINE_FEED, isInlineSpace, isKeyCharAt, isWhiteSpace, keyEnd } from './chars.js'
import { LineIndex } from './position.js'
import { endOfLine, readValue } from './value.js'
import type { RawValue } from './value.js'

/** A problem in a dotenv file. `line` and `column` are 1-based; columns count UTF-16 code units. */
export interface DotenvError {
  line: number
  column: number
  /** One sentence, without position text. */
  message: string
  /** How to fix it, when there is something useful to say. */
  hint?: string
}

/** One assignment, in file order. `line`/`column` (1-based) are the position of the key. */
export interface DotenvEntry {
  key: string
  value: string
  line: number
  column: number
}

/**
 * What a dotenv file defines. `values` holds the final value of each key (a later assignment
 * wins); `entries` lists every assignment in file order, duplicates included.
 */
export interface DotenvResult {
  values: Map<string, string>
  entries: DotenvEntry[]
  errors: DotenvError[]
}

const EQUALS = 0x3d
const COLON = 0x3a
const HASH = 0x23

const KEY_HINT =
  'A line is `NAME=value`, `NAME: value`, a bare `NAME` or a `#` comment; a variable name may contain only letters, digits, `_`, `.`, `-`, `[` and `]`.'
/** Longest variable name quoted back in an error. */
const MAX_NAME_EXCERPT = 40
const DOLLAR_HINT = 'Write `$$` for a literal `$`, or single-quote the value to turn substitution off.'

/**
 * Parses dotenv `text`. Supports blank lines, `#` comments, an `export ` prefix, `KEY=VALUE`
 * and `KEY: VALUE`, unquoted values (trimmed, ending at ` #`), 'single-quoted' values
 * (literal except `\'`), "double-quoted" values (escapes such as `\n`, `\t`, `\"`, `\\`,
 * `\$`), quoted values spanning lines, and bare `KEY` lines (value taken from `lookup`,
 * skipped when it has none). A UTF-8 byte order mark is ignored; positions are counted
 * without it.
 *
 * Unquoted and double-quoted values are substituted like compose files, looking a variable
 * up in `lookup` first, then among the keys defined earlier in this file, then in
 * `fallback` — the order compose-go uses (it shares one map between the files it reads, so
 * earlier files come last). Never throws.
 *
 * @param lookup supplies variables for `${VAR}` substitution in values and for bare `KEY` lines.
 * @param fallback supplies variables for `${VAR}` that neither `lookup` nor this file defines,
 *   typically the values of env files read before this one.
 */
export function parseDotenv(text: string, lookup: Lookup, fallback?: Lookup): DotenvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const parser = new Parser(src, lookup, fallback)
  parser.run()
  return { values: parser.values, entries: parser.entries, errors: parser.errors }
}

class Parser {
  readonly values = new Map<string, string>()
  readonly entries: DotenvEntry[] = []
  readonly errors: DotenvError[] = []
  private readonly lines: LineIndex
  private readonly resolve: Lookup

  constructor(
    private readonly src: string,
    private readonly lookup: Lookup,
    fallback: Lookup | undefined,
  ) {
    this.lines = new LineIndex(src)
    this.resolve = (name) => lookup(name) ?? this.values.get(name) ?? fallback?.(name)
  }

  run(): void {
    let pos = this.nextStatement(0)
    while (pos < this.src.length) {
      // Every statement consumes at least its first character, so this loop ends.
      pos = this.nextStatement(this.statement(pos))
    }
  }

  /** Skips white space and comment lines; returns where the next statement starts. */
  private nextStatement(from: number): number {
    const src = this.src
    let pos = from
    while (pos < src.length) {
      const code = src.charCodeAt(pos)
      if (code === HASH) pos = endOfLine(src, pos)
      else if (isWhiteSpace(code)) pos++
      else break
    }
    return pos
  }

  /** Parses the statement at `start` (not a space, not `#`); returns where it ends. */
  private statement(start: number): number {
    const src = this.src
    const keyStart = this.skipExport(start)
    const end = keyEnd(src, keyStart)
    const key = src.slice(keyStart, end)
    let pos = end
    while (pos < src.length && isInlineSpace(src.charCodeAt(pos))) pos++
    const code = src.charCodeAt(pos)

    if (code === EQUALS || code === COLON) {
      const value = readValue(src, pos + 1)
      if (key === '') {
        this.error(pos, 'The variable name before the separator is missing.', 'Write the line as `NAME=value`.')
      } else {
        this.assign(key, keyStart, value)
      }
      return value.end
    }
    if (pos >= src.length || code === LINE_FEED) {
      // A bare `KEY` passes a variable through from the environment, if it is there.
      const value = this.lookup(key)
      if (value !== undefined) this.set(key, value, keyStart)
      return pos
    }
    if (pos > end && isKeyCharAt(src, pos)) {
      const name = excerpt(src.slice(keyStart, nameEnd(src, pos)).trim())
      this.error(end, `A variable name cannot contain spaces: \`${name}\`.`, 'Remove the spaces or replace them with `_`.')
    } else {
      const bad = String.fromCodePoint(src.codePointAt(pos) ?? 0)
      this.error(pos, `Unexpected character \`${bad}\` in a variable name.`, KEY_HINT)
    }
    return this.skipBrokenStatement(pos)
  }

  /** Where the key starts: after `export` and its spaces when they prefix a key. */
  private skipExport(start: number): number {
    const src = this.src
    if (!src.startsWith('export', start)) return start
    let pos = start + 'export'.length
    if (!isInlineSpace(src.charCodeAt(pos))) return start
    while (isInlineSpace(src.charCodeAt(pos))) pos++
    return isKeyCharAt(src, pos) ? pos : start
  }

  /**
   * Skips the rest of a statement whose key is broken. If the line has a separator, its
   * value is read (and dropped) so a quoted value spanning lines does not cascade errors.
   */
  private skipBrokenStatement(from: number): number {
    const src = this.src
    const lineEnd = endOfLine(src, from)
    for (let i = from; i < lineEnd; i++) {
      const code = src.charCodeAt(i)
      if (code === EQUALS || code === COLON) {
        const value = readValue(src, i + 1)
        return value.kind === 'unterminated' ? lineEnd : value.end
      }
    }
    return lineEnd
  }

  private assign(key: string, keyStart: number, raw: RawValue): void {
    if (raw.kind === 'unterminated') {
      const quote = raw.quote
      this.error(
        raw.start,
        `The value of \`${excerpt(key)}\` opens a ${quote === '"' ? 'double' : 'single'} quote that is never closed.`,
        `Close it with ${quote}; a quoted value may span several lines, and ${quote} inside it is written \\${quote}.`,
      )
      return
    }
    if (raw.kind === 'single') {
      this.set(key, raw.text, keyStart)
      return
    }
    const result = substitute(raw.text, this.resolve)
    if (result.ok) {
      this.set(key, result.value, keyStart)
    } else if (result.error.kind === 'required') {
      this.error(
        raw.start,
        `${capitalize(result.error.message)}.`,
        `Set \`${result.error.variable}\` in the environment or earlier in this file.`,
      )
    } else {
      this.error(raw.start, `${capitalize(result.error.message)}.`, DOLLAR_HINT)
    }
  }

  private set(key: string, value: string, keyStart: number): void {
    this.values.set(key, value)
    const { line, column } = this.lines.at(keyStart)
    this.entries.push({ key, value, line, column })
  }

  private error(offset: number, message: string, hint: string): void {
    const { line, column } = this.lines.at(offset)
    this.errors.push({ line, column, message, hint })
  }
}

/** Where a broken name ends: at a separator or the end of the line (looking a bounded way on). */
function nameEnd(src: string, from: number): number {
  const limit = Math.min(endOfLine(src, from), from + MAX_NAME_EXCERPT)
  let end = from
  while (end < limit && src.charCodeAt(end) !== EQUALS && src.charCodeAt(end) !== COLON) end++
  return end
}

/** `name`, shortened when it is too long to quote in a message. */
function excerpt(name: string): string {
  return name.length > MAX_NAME_EXCERPT ? `${name.slice(0, MAX_NAME_EXCERPT)}…` : name
}
