/**
 * Character-level pieces of the compose `${...}` syntax, shared by the substitution
 * evaluator and the `hasVariables` fast path.
 */

/** Char code of `$`. */
export const DOLLAR = 0x24
/** Char code of `{`. */
export const OPEN_BRACE = 0x7b
/** Char code of `}`. */
export const CLOSE_BRACE = 0x7d
/** Char code of `:`. */
export const COLON = 0x3a
/** Char code of a line feed. */
export const LINE_FEED = 0x0a

/** True for a char code that may start a variable name: ASCII letter or `_`. */
export function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
}

/** True for a char code that may continue a variable name: ASCII letter, digit or `_`. */
export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39)
}

/** The index just past the run of name characters that starts at `from`. */
export function scanName(text: string, from: number): number {
  let i = from
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++
  return i
}

/**
 * The index of the `}` that closes a `${` whose operator argument starts at `from`, or -1.
 *
 * Braces inside the argument are counted, so `${X:-{"a":1}}` closes at the last brace.
 * compose-go only looks within one line, and when the braces never balance it falls back
 * to the last `}` on that line; both are reproduced here so the same templates are accepted.
 */
export function findClosingBrace(text: string, from: number): number {
  let depth = 1
  let lastClose = -1
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === LINE_FEED) break
    if (code === OPEN_BRACE) {
      depth++
    } else if (code === CLOSE_BRACE) {
      lastClose = i
      depth--
      if (depth === 0) return i
    }
  }
  return lastClose
}
