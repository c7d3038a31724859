/** Character classes of the dotenv syntax, as compose-go's parser defines them. */

/** Char code of a line feed. */
export const LINE_FEED = 0x0a

/**
 * Space that does not end a line (compose-go's `isSpace`): it may surround keys and
 * separators, and `\r` being one of them is what makes CRLF files work.
 */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d ||
    code === 0x85 || code === 0xa0
  )
}

/** Any white space, line breaks included (Go's `unicode.IsSpace`, the Unicode White_Space set). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0xff) return isInlineSpace(code) || code === LINE_FEED
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000
  )
}

const KEY_CHAR = /^[\p{L}\p{N}_.\-[\]]$/u
const KEY_RUN = /[\p{L}\p{N}_.\-[\]]*/uy

/**
 * The index just past the run of key characters that starts at `from`. Key characters are
 * letters and digits of any script, `_`, `.`, `-`, `[` and `]` (so `a.b`, `a[1]` and
 * `VAR-WITH-DASHES` are keys).
 */
export function keyEnd(text: string, from: number): number {
  KEY_RUN.lastIndex = from
  KEY_RUN.exec(text)
  return KEY_RUN.lastIndex
}

/** True when the code point at `index` of `text` may be part of a key. */
export function isKeyCharAt(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index)
  return codePoint !== undefined && KEY_CHAR.test(String.fromCodePoint(codePoint))
}

/** Where `text[from, to)` ends once its trailing white space is removed. */
export function trimEndIndex(text: string, from: number, to: number): number {
  let end = to
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--
  return end
}
