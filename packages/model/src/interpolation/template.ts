/**
 * Compose variable substitution (`$VAR`, `${VAR}`, `${VAR:-default}`, ...), matching the
 * behaviour of compose-go, the loader `docker compose` uses.
 */
import {
  CLOSE_BRACE,
  COLON,
  DOLLAR,
  LINE_FEED,
  OPEN_BRACE,
  findClosingBrace,
  isNameStart,
  scanName,
} from './syntax.js'

/** Looks a variable up; undefined = unset. */
export type Lookup = (name: string) => string | undefined

/** Told the name of each variable a `$NAME` or `${NAME}` (no default) found unset. */
export type OnUnset = (name: string) => void

/**
 * Why a template could not be substituted: it is malformed (or hits a safety limit), or a
 * `${VAR:?msg}` / `${VAR?msg}` found its variable missing.
 */
export type TemplateError =
  | { kind: 'syntax'; message: string }
  | { kind: 'required'; variable: string; message: string }

/** The substituted string, or the first error met while substituting. */
export type SubstituteResult = { ok: true; value: string } | { ok: false; error: TemplateError }

/** `${...}` expressions may nest at most this deep. */
const MAX_NESTING = 64
/** Longest result, in UTF-16 code units: nothing longer fits in a CloudFormation template. */
const MAX_OUTPUT = 1024 * 1024
/** Longest piece of the template quoted back in a syntax error. */
const MAX_EXCERPT = 40

const PLUS = 0x2b
const MINUS = 0x2d
const QUESTION = 0x3f

type Step = { ok: true; value: string; end: number } | { ok: false; error: TemplateError }

/**
 * Substitutes variables in `template` the way compose-go does:
 * `$$` is a literal `$`; `$NAME` and `${NAME}` are replaced by the variable's value (empty
 * when unset); `${NAME:-def}` / `${NAME-def}` use a default when the variable is unset or
 * empty / unset; `${NAME:+alt}` / `${NAME+alt}` use an alternative when it is set and
 * non-empty / set; `${NAME:?msg}` / `${NAME?msg}` fail when it is unset or empty / unset.
 * Defaults, alternatives and messages are substituted too, but only when used. A `$` that
 * starts none of these is kept as is. `onUnset` hears of each unset variable that became an
 * empty string. Never throws.
 */
export function substitute(template: string, lookup: Lookup, onUnset?: OnUnset): SubstituteResult {
  const step = expand(template, lookup, 0, onUnset)
  return step.ok ? { ok: true, value: step.value } : step
}

/**
 * True when `s` needs substituting: it holds a `$` that starts a variable (`$NAME`, `${`) or
 * a `$$` escape. When false, `substitute` would only hand `s` back (or, past 1 MiB, refuse
 * it), so callers can use `s` as is.
 */
export function hasVariables(s: string): boolean {
  for (let i = s.indexOf('$'); i >= 0; i = s.indexOf('$', i + 1)) {
    const next = s.charCodeAt(i + 1)
    // `$$` counts: it is an escape that substitution turns into `$`.
    if (next === DOLLAR || next === OPEN_BRACE || isNameStart(next)) return true
  }
  return false
}

/** Substitutes every `$` form in `text`; `depth` is how many `${...}` enclose it. */
function expand(text: string, lookup: Lookup, depth: number, onUnset?: OnUnset): Step {
  let out = ''
  let i = 0
  while (i < text.length) {
    const dollar = text.indexOf('$', i)
    if (dollar < 0) {
      out += text.slice(i)
      i = text.length
    } else {
      out += text.slice(i, dollar)
      const next = text.charCodeAt(dollar + 1)
      if (next === DOLLAR) {
        out += '$'
        i = dollar + 2
      } else if (isNameStart(next)) {
        const end = scanName(text, dollar + 1)
        out += plainValue(text.slice(dollar + 1, end), lookup, onUnset)
        i = end
      } else if (next === OPEN_BRACE) {
        const step = braced(text, dollar, lookup, depth + 1, onUnset)
        if (!step.ok) return step
        out += step.value
        i = step.end
      } else {
        out += '$'
        i = dollar + 1
      }
    }
    if (out.length > MAX_OUTPUT) {
      return syntaxError(`result is longer than ${MAX_OUTPUT} characters`)
    }
  }
  return { ok: true, value: out, end: text.length }
}

/** Evaluates the `${...}` that starts at `dollar`; `level` is its nesting level (1 = outermost). */
function braced(text: string, dollar: number, lookup: Lookup, level: number, onUnset?: OnUnset): Step {
  if (level > MAX_NESTING) return syntaxError(`too deeply nested (more than ${MAX_NESTING} levels)`)
  const nameStart = dollar + 2
  if (!isNameStart(text.charCodeAt(nameStart))) return invalidAt(text, dollar)
  const nameEnd = scanName(text, nameStart)
  const name = text.slice(nameStart, nameEnd)
  const after = text.charCodeAt(nameEnd)
  if (after === CLOSE_BRACE) return { ok: true, value: plainValue(name, lookup, onUnset), end: nameEnd + 1 }

  const colon = after === COLON
  const opIndex = colon ? nameEnd + 1 : nameEnd
  const op = text.charCodeAt(opIndex)
  if (op !== MINUS && op !== PLUS && op !== QUESTION) return invalidAt(text, dollar)
  const close = findClosingBrace(text, opIndex + 1)
  if (close < 0) return invalidAt(text, dollar)
  const argument = text.slice(opIndex + 1, close)
  const end = close + 1

  const value = lookup(name)
  const present = value !== undefined && (!colon || value !== '')
  if (op === MINUS) {
    if (present) return { ok: true, value: value ?? '', end }
    return withEnd(expand(argument, lookup, level, onUnset), end)
  }
  if (op === PLUS) {
    if (!present) return { ok: true, value: '', end }
    return withEnd(expand(argument, lookup, level, onUnset), end)
  }
  if (present) return { ok: true, value: value ?? '', end }
  const reason = expand(argument, lookup, level, onUnset)
  if (!reason.ok) return reason
  const message = reason.value === ''
    ? `required variable ${name} is missing a value`
    : `required variable ${name} is missing a value: ${reason.value}`
  return { ok: false, error: { kind: 'required', variable: name, message } }
}

// `$NAME` and `${NAME}`: the value, or an empty string for an unset variable.
function plainValue(name: string, lookup: Lookup, onUnset: OnUnset | undefined): string {
  const value = lookup(name)
  if (value === undefined) onUnset?.(name)
  return value ?? ''
}

function withEnd(step: Step, end: number): Step {
  return step.ok ? { ok: true, value: step.value, end } : step
}

function syntaxError(detail: string): Step {
  return { ok: false, error: { kind: 'syntax', message: `invalid interpolation format: ${detail}` } }
}

/** A syntax error quoting the malformed expression: from `${` to the next `}` on its line. */
function invalidAt(text: string, dollar: number): Step {
  let end = dollar + 2
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (code === LINE_FEED) break
    end++
    if (code === CLOSE_BRACE) break
  }
  let excerpt = text.slice(dollar, end)
  if (excerpt.length > MAX_EXCERPT) excerpt = `${excerpt.slice(0, MAX_EXCERPT)}…`
  return { ok: false, error: { kind: 'syntax', message: `invalid interpolation format: \`${excerpt}\`` } }
}
