/**
 * The shared result type of the short-syntax parsers in this folder, plus small helpers to
 * build it. The parsers never throw for bad input: they return a failure instead.
 */

/**
 * What a short-syntax parser returns: the parsed value, or a failure whose `message` is one
 * sentence without position text (the caller adds the location) and whose optional `hint`
 * says how to fix the input.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string }

/** The failure half of {@link Parsed}; assignable to `Parsed<T>` for every `T`. */
export type ParseFailure = { ok: false; message: string; hint?: string }

/** A successful {@link Parsed} holding `value`. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

/** A failed {@link Parsed}; `hint` is left out of the object when not given. */
export function fail(message: string, hint?: string): ParseFailure {
  return hint === undefined ? { ok: false, message } : { ok: false, message, hint }
}

const MAX_QUOTED = 80

/**
 * `text` wrapped in backticks for a message: control characters are shown escaped and
 * anything longer than 80 characters is cut with an ellipsis, so a hostile 100k-character
 * input never ends up verbatim in a diagnostic.
 */
export function quote(text: string): string {
  let shown = text
  if (shown.length > MAX_QUOTED) {
    let cut = MAX_QUOTED - 1
    const code = shown.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1 // do not split a surrogate pair
    shown = `${shown.slice(0, cut)}…`
  }
  shown = shown.replace(/[\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\t') return '\\t'
    if (c === '\r') return '\\r'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return `\`${shown}\``
}

/** `text` cut to `max` characters with an ellipsis, for user text in a message (never splits a surrogate pair). */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text
  let cut = max - 1
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1
  return `${text.slice(0, cut)}…`
}
