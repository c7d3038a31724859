/**
 * Docker byte sizes as compose reads them for `mem_limit`, `memswap_limit`, `shm_size`,
 * `deploy.resources.*.memory`, tmpfs `size` and friends (compose-go `types.UnitBytes`).
 *
 * compose-go first tries a plain base-10 integer (so `-1` works), then falls back to
 * `github.com/docker/go-units` `RAMInBytes`, whose grammar is, case-insensitively,
 * `^\d+(\.\d+)* ?[kmgtp]?i?b?$` with binary multiples (`1k` = 1024) and the result truncated
 * to a whole number of bytes.
 */

import { fail, ok, quote, type Parsed } from './result.js'

const MULTIPLIER: Readonly<Record<string, number>> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
}

const INT64_MAX = (1n << 63n) - 1n
const INT64_MIN = -(1n << 63n)

const SIZE_HINT = 'write a number of bytes or a number with a unit b, k, m, g, t or p (e.g. `512m`, `1.5g`, `100b`)'

/**
 * Go's `strconv.ParseInt(s, 10, 64)` shape: optional sign and ASCII digits. Linear, no
 * backtracking.
 */
const PLAIN_INT = /^[+-]?[0-9]+$/

/**
 * go-units' size grammar. Every piece is deterministic (digits, then dot-digit groups, then
 * single optional characters), so matching is linear even on hostile input.
 */
const HUMAN_SIZE = /^([0-9]+(?:\.[0-9]+)*) ?([kmgtp])?i?b?$/i

/**
 * Parses a docker byte size into a whole number of BYTES.
 *
 * - A number is taken as bytes and must be a whole number; negative values pass through
 *   (compose accepts `-1`, meaning unlimited for some fields).
 * - A string that is a plain integer (`"655360"`, `"-1"`, `"+5"`) is that many bytes.
 * - Otherwise `<number>[ ]<unit>` where the number may have a fraction (`1.5g`), the unit is
 *   one of `b`, `k`, `m`, `g`, `t`, `p` in any case, optionally followed by `i` and/or `b`
 *   (`1g`, `1gb`, `1GiB`, `2k`, `100b`), one optional space may separate them, and multiples
 *   are binary (`1k` = 1024). The result is truncated toward zero (`1.1k` = 1126).
 *
 * Results that a JavaScript number cannot hold exactly (beyond 2^53 - 1) are rejected.
 */
export function parseByteSize(value: string | number): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      return fail(`${quote(String(value))} is not a valid byte size because it is not a whole number of bytes`, SIZE_HINT)
    }
    if (!Number.isSafeInteger(value)) return tooLarge(String(value))
    return ok(value)
  }

  if (PLAIN_INT.test(value)) {
    const n = BigInt(value)
    if (n >= INT64_MIN && n <= INT64_MAX) {
      if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) return tooLarge(value)
      return ok(Number(n))
    }
    if (n < 0n) return invalid(value) // a sign is not part of the unit grammar
    return tooLarge(value) // go-units would overflow int64 here
  }

  const match = HUMAN_SIZE.exec(value)
  const numberText = match?.[1]
  if (match === null || numberText === undefined) return invalid(value)
  const amount = Number(numberText) // NaN for `1.2.3`, as Go's ParseFloat fails on it
  if (Number.isNaN(amount)) return invalid(value)
  const prefix = match[2]?.toLowerCase()
  const bytes = Math.trunc(amount * (prefix === undefined ? 1 : (MULTIPLIER[prefix] ?? 1)))
  if (!Number.isSafeInteger(bytes)) return tooLarge(value)
  return ok(bytes)
}

function invalid(value: string): Parsed<number> {
  return fail(`${quote(value)} is not a valid byte size`, SIZE_HINT)
}

function tooLarge(value: string): Parsed<number> {
  return fail(`${quote(value)} is too large a byte size`, 'sizes must stay below 2^53 bytes (8 PiB)')
}
