/** Reading the value part of a dotenv statement: unquoted, 'single-quoted' or "double-quoted". */
import { isDigit } from '../is-digit.js'
import { isInlineSpace, trimEndIndex } from './chars.js'

/**
 * A value as written, before variable substitution. `start` is where it begins (the opening
 * quote for quoted values); parsing resumes at `end`. An unterminated quote resumes on the
 * line after the one it opened on.
 */
export type RawValue =
  | { kind: 'unquoted' | 'single' | 'double'; text: string; start: number; end: number }
  | { kind: 'unterminated'; quote: string; start: number; end: number }

const BACKSLASH = 0x5c
const SINGLE_QUOTE = 0x27
const DOUBLE_QUOTE = 0x22

/** Reads the value that follows a separator ending just before `from`. */
export function readValue(src: string, from: number): RawValue {
  let start = from
  while (start < src.length && isInlineSpace(src.charCodeAt(start))) start++
  const first = src.charCodeAt(start)
  if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) return readQuoted(src, start, first)

  const lineEnd = endOfLine(src, start)
  // Only ` #` starts an inline comment: `a#b` is a value, and so is `# x` right after `=`.
  const comment = src.slice(start, lineEnd).indexOf(' #')
  const contentEnd = trimEndIndex(src, start, comment < 0 ? lineEnd : start + comment)
  return { kind: 'unquoted', text: src.slice(start, contentEnd), start, end: lineEnd }
}

/** The index of the line feed ending the line that holds `from`, or the text's length. */
export function endOfLine(src: string, from: number): number {
  const newline = src.indexOf('\n', from)
  return newline < 0 ? src.length : newline
}

function readQuoted(src: string, start: number, quote: number): RawValue {
  const double = quote === DOUBLE_QUOTE
  let text = ''
  let chunk = start + 1
  for (let i = start + 1; i < src.length; i++) {
    const code = src.charCodeAt(i)
    if (code === quote) {
      text += src.slice(chunk, i)
      return { kind: double ? 'double' : 'single', text, start, end: i + 1 }
    }
    if (code !== BACKSLASH || i + 1 >= src.length) continue
    text += src.slice(chunk, i)
    const escaped = src.charCodeAt(i + 1)
    if (escaped === quote) {
      // Both quote styles let a backslash escape their own quote, e.g. 'Let\'s go!'.
      text += src.charAt(i + 1)
      i += 1
    } else if (double) {
      const escape = decodeEscape(src, i + 1)
      text += escape.text
      i += escape.length
    } else {
      text += src.slice(i, i + 2)
      i += 1
    }
    chunk = i + 1
  }
  // Scanning to the end is linear overall: a later opening quote of the same kind would
  // have closed this one, so a text has at most one unterminated value per quote kind.
  const resume = endOfLine(src, start)
  return { kind: 'unterminated', quote: src.charAt(start), start, end: Math.min(resume + 1, src.length) }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  // `\$` must survive substitution as a literal `$`, so it becomes the template escape `$$`.
  $: '$$',
}

/**
 * Decodes the escape whose character after the backslash is at `at`. `length` counts the
 * characters consumed after the backslash. Unknown escapes (`\x`, `\u`, `\c`, ...) are kept
 * verbatim, backslash included, as compose-go does.
 */
function decodeEscape(src: string, at: number): { text: string; length: number } {
  const letter = src.charAt(at)
  const simple = SIMPLE_ESCAPES[letter]
  if (simple !== undefined) return { text: simple, length: 1 }
  if (letter !== '0') return { text: `\\${letter}`, length: 1 }

  // `\0` takes up to three more digits; only exactly three octal digits up to 0377 decode.
  let digits = 0
  while (digits < 3 && isDigit(src.charCodeAt(at + 1 + digits))) digits++
  const octal = src.slice(at + 1, at + 1 + digits)
  if (digits === 3 && /^[0-7]{3}$/.test(octal)) {
    const value = Number.parseInt(octal, 8)
    if (value <= 0xff) return { text: String.fromCharCode(value), length: 4 }
  }
  return { text: `\\0${octal}`, length: 1 + digits }
}
