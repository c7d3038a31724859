import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseByteSize } from '../src/syntax/byte-size.js'

const KiB = 1024
const MiB = 1024 * KiB
const GiB = 1024 * MiB

function bytes(value: string | number): number {
  const r = parseByteSize(value)
  if (!r.ok) throw new Error(`expected ${String(value)} to parse, got: ${r.message}`)
  return r.value
}

function failure(value: string | number): { message: string; hint?: string } {
  const r = parseByteSize(value)
  if (r.ok) throw new Error(`expected ${String(value)} to fail, got ${r.value}`)
  return r
}

test('the documented examples', () => {
  assert.is(bytes('512m'), 512 * MiB)
  assert.is(bytes('1gb'), GiB)
  assert.is(bytes('1g'), GiB)
  assert.is(bytes('2k'), 2 * KiB)
  assert.is(bytes('100b'), 100)
  assert.is(bytes('1.5g'), 1.5 * GiB)
})

test('compose-go UnitBytes facts', () => {
  assert.is(bytes(655360), 655360)
  assert.is(bytes('655360'), 655360)
  assert.is(bytes(-1), -1)
  assert.is(bytes('-1'), -1)
  assert.is(bytes('1g'), 1073741824)
  assert.is(bytes('512m'), 536870912)
  assert.is(bytes(0), 0)
  failure('invalid')
})

test('units are case-insensitive with optional i and b, binary multiples', () => {
  for (const spec of ['1k', '1K', '1kb', '1KB', '1kB', '1KiB', '1kib', '1ki', '1 k', '1 KiB']) assert.is(bytes(spec), KiB, spec)
  assert.is(bytes('1m'), MiB)
  assert.is(bytes('1t'), 1024 * GiB)
  assert.is(bytes('1p'), 1024 * 1024 * GiB)
  assert.is(bytes('1T'), 1024 * GiB)
  assert.is(bytes('7b'), 7)
  assert.is(bytes('7B'), 7)
  assert.is(bytes('7i'), 7) // go-units accepts a lone `i`
  assert.is(bytes('7ib'), 7)
  assert.is(bytes('7 b'), 7)
})

test('fractions are truncated to whole bytes', () => {
  assert.is(bytes('1.1k'), 1126)
  assert.is(bytes('0.5k'), 512)
  assert.is(bytes('1.5'), 1)
  assert.is(bytes('0.9'), 0)
  assert.is(bytes('2.5b'), 2)
})

test('plain integer strings, with a sign and leading zeros', () => {
  assert.is(bytes('100'), 100)
  assert.is(bytes('+5'), 5)
  assert.is(bytes('007'), 7)
  assert.is(bytes('0'), 0)
  assert.is(bytes('-0'), 0)
})

test('invalid sizes', () => {
  for (const bad of ['', ' ', 'k', 'kb', '1kk', '1kbb', '1 2', '1  k', ' 1k', '1k ', '-1k', '+1k', '1.2.3', '1.', '.5k', '1e3', '0x10', '1,5g', '1x', '1bi', '1_000']) {
    const f = failure(bad)
    assert.ok(f.message.endsWith('is not a valid byte size'), `${bad}: ${f.message}`)
    assert.ok(f.hint !== undefined)
  }
})

test('numbers must be whole and representable', () => {
  assert.is(failure(1.5).message, '`1.5` is not a valid byte size because it is not a whole number of bytes')
  failure(Number.NaN)
  failure(Number.POSITIVE_INFINITY)
  failure(2 ** 60)
  assert.is(bytes(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER)
})

test('values past 2^53 are rejected rather than rounded', () => {
  failure('9007199254740993')
  failure('99999999999999999999')
  failure('-9223372036854775809')
  failure('8p')
  failure('1000000p')
  assert.is(bytes('9007199254740991'), Number.MAX_SAFE_INTEGER)
})

test('hostile input is linear and produces short messages', () => {
  const started = Date.now()
  const f = failure('1'.repeat(100_000))
  assert.ok(f.message.length < 200)
  failure(`${'1'.repeat(100_000)}x`)
  failure(`1${'.1'.repeat(50_000)}x`)
  failure(`1${'.1'.repeat(50_000)}`) // many dots: not a number
  failure(`1${' '.repeat(100_000)}k`)
  failure('k'.repeat(100_000))
  assert.ok(Date.now() - started < 2000, 'took too long')
})

test.run()
