/**
 * Go duration strings as compose reads them for `healthcheck.interval|timeout|start_period|
 * start_interval`, `stop_grace_period`, `deploy.update_config.delay` and friends.
 *
 * compose-go decodes these with `github.com/xhit/go-str2duration/v2`, which is Go's
 * `time.ParseDuration` grammar plus the units `d` (24h) and `w` (7d):
 * `[-+]?([0-9]*(\.[0-9]*)?UNIT)+` with UNIT one of `ns`, `us`, `µs` (U+00B5), `μs` (U+03BC),
 * `ms`, `s`, `m`, `h`, `d`, `w` (case-sensitive), or the bare string `0`.
 */

import { isDigit } from '../is-digit.js'
import { fail, ok, quote, type Parsed } from './result.js'

const NS_PER_UNIT: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['µs', 1_000n], // U+00B5 micro sign
  ['μs', 1_000n], // U+03BC Greek small letter mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
  ['d', 86_400_000_000_000n],
  ['w', 604_800_000_000_000n],
])

/** Go's int64 maximum: durations are int64 nanoseconds, anything larger overflows. */
const MAX_NS = (1n << 63n) - 1n

const UNITS_HINT = 'valid units are ns, us (or µs), ms, s, m, h, d and w, e.g. `1m30s`, `10s` or `300ms`'

/**
 * Parses a compose duration into SECONDS (fractions allowed: `300ms` is `0.3`).
 *
 * Strings follow Go's `time.ParseDuration` grammar as extended by go-str2duration (what
 * compose-go uses): one or more `<number><unit>` parts such as `1m30s`, `1.5h`, `300ms`,
 * `2us`, `1µs`, `5ns`, `1h2m3.5s`, `2d`, `1w`, with an optional leading sign (`-1s` is
 * accepted and gives `-1`, as compose does). A unit is required on every part; the lone
 * string `0` (optionally signed) is the only unit-less value. No whitespace is allowed.
 * Values beyond Go's int64 nanoseconds (about 292 years) are rejected as compose does.
 *
 * A bare number (a YAML int or float) is NOT read as seconds: the compose schema types these
 * fields as strings, and compose-go's decoder formats the number with Go's `fmt.Sprint`
 * (`10` becomes `"10"`) and parses that as a duration, which fails for the missing unit.
 * So `0` gives `0` and every other number is an error whose hint suggests adding `s`.
 */
export function parseDuration(value: string | number): Parsed<number> {
  if (typeof value === 'number') {
    if (value === 0) return ok(0)
    if (!Number.isFinite(value)) return fail(`${quote(String(value))} is not a valid duration`, UNITS_HINT)
    const text = String(value)
    return fail(
      `${quote(text)} is not a valid duration because a bare number has no unit`,
      `write it as a string with a unit, e.g. \`${text}s\` for seconds`,
    )
  }
  const ns = parseGoDuration(value)
  if (!ns.ok) return ns
  return ok(Number(ns.value) / 1e9)
}

/** The duration in integer nanoseconds, exactly as go-str2duration computes it. */
function parseGoDuration(orig: string): Parsed<bigint> {
  let s = orig
  let neg = false
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return ok(0n)
  const invalid = (): Parsed<bigint> => fail(`${quote(orig)} is not a valid duration`, UNITS_HINT)
  if (s === '') return invalid()

  let total = 0n
  let pos = 0
  while (pos < s.length) {
    const first = s.charCodeAt(pos)
    if (!(first === 46 /* . */ || isDigit(first))) return invalid()

    // Integer part: overflow of int64 is an error.
    const intStart = pos
    let whole = 0n
    let digits = ''
    while (pos < s.length && isDigit(s.charCodeAt(pos))) {
      if (digits !== '' || s[pos] !== '0') digits += s[pos] // leading zeros are harmless
      pos++
      if (digits.length > 19) return invalid() // past int64 for sure; stop early on hostile input
    }
    if (digits !== '') {
      whole = BigInt(digits)
      if (whole > MAX_NS) return invalid()
    }
    const hadWhole = pos > intStart

    // Fraction part: digits past int64 precision are consumed but ignored.
    let fraction = 0n
    let scale = 1
    let hadFraction = false
    if (pos < s.length && s[pos] === '.') {
      pos++
      const fracStart = pos
      let overflow = false
      while (pos < s.length && isDigit(s.charCodeAt(pos))) {
        if (!overflow) {
          const next = fraction * 10n + BigInt(s.charCodeAt(pos) - 48)
          if (next > MAX_NS) overflow = true
          else {
            fraction = next
            scale *= 10
          }
        }
        pos++
      }
      hadFraction = pos > fracStart
    }
    if (!hadWhole && !hadFraction) return invalid() // e.g. ".s"

    // Unit: everything up to the next digit or dot.
    const unitStart = pos
    while (pos < s.length) {
      const c = s.charCodeAt(pos)
      if (c === 46 || isDigit(c)) break
      pos++
    }
    if (pos === unitStart) {
      return fail(
        `${quote(orig)} is not a valid duration because it has no unit`,
        /^[+-]?[0-9.]+$/.test(orig) && orig.length <= 40 ? `add a unit, e.g. \`${orig}s\` for seconds` : UNITS_HINT,
      )
    }
    const unitText = s.slice(unitStart, pos)
    const unit = NS_PER_UNIT.get(unitText)
    if (unit === undefined) {
      return fail(`${quote(orig)} is not a valid duration because ${quote(unitText)} is not a time unit`, UNITS_HINT)
    }

    if (whole > MAX_NS / unit) return tooLong(orig)
    let part = whole * unit
    if (fraction > 0n) {
      // Go computes this in float64 (exact to the nanosecond for fractions of an hour).
      part += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)))
      if (part > MAX_NS) return tooLong(orig)
    }
    total += part
    if (total > MAX_NS) return tooLong(orig)
  }
  return ok(neg ? -total : total)
}

function tooLong(orig: string): Parsed<bigint> {
  return fail(`${quote(orig)} is too long a duration`, 'durations are limited to about 292 years (Go int64 nanoseconds)')
}
