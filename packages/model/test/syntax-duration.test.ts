import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseDuration } from '../src/syntax/duration.js'

function seconds(value: string | number): number {
  const r = parseDuration(value)
  if (!r.ok) throw new Error(`expected ${String(value)} to parse, got: ${r.message}`)
  return r.value
}

function failure(value: string | number): { message: string; hint?: string } {
  const r = parseDuration(value)
  if (r.ok) throw new Error(`expected ${String(value)} to fail, got ${r.value}`)
  return r
}

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`)
}

test('the examples compose documents', () => {
  assert.is(seconds('1m30s'), 90)
  assert.is(seconds('10s'), 10)
  assert.is(seconds('1.5h'), 5400)
  assert.is(seconds('300ms'), 0.3)
  close(seconds('2us'), 0.000002)
  close(seconds('1µs'), 0.000001) // U+00B5 micro sign
  close(seconds('1μs'), 0.000001) // U+03BC Greek mu
  close(seconds('5ns'), 5e-9)
  assert.is(seconds('1h2m3.5s'), 3723.5)
})

test('compose-go loader facts', () => {
  assert.is(seconds('20s'), 20) // stop_grace_period
  assert.is(seconds('60s'), 60)
  assert.is(seconds('15s'), 15) // healthcheck start_period
  assert.is(seconds('1s'), 1)
})

test('go-str2duration adds days and weeks', () => {
  assert.is(seconds('1d'), 86400)
  assert.is(seconds('1w'), 604800)
  assert.is(seconds('1w2d3h'), 604800 + 2 * 86400 + 3 * 3600)
})

test('fractions and parts', () => {
  assert.is(seconds('.5s'), 0.5)
  assert.is(seconds('5.s'), 5)
  assert.is(seconds('0.1s'), 0.1)
  assert.is(seconds('1.000000001s'), 1.000000001)
  assert.is(seconds('0.0000000001s'), 0) // below a nanosecond
  assert.is(seconds('1.5m'), 90)
  assert.is(seconds('1s1s'), 2) // repeated units are summed, as Go does
  assert.is(seconds('00000000000000000000001s'), 1) // leading zeros never overflow
})

test('sign and zero', () => {
  assert.is(seconds('0'), 0)
  assert.is(seconds('-0'), 0)
  assert.is(seconds('+0'), 0)
  assert.is(seconds('0s'), 0)
  assert.is(seconds('+5s'), 5)
  assert.is(seconds('-1s'), -1)
  assert.is(seconds('-1m30s'), -90)
  assert.ok(Object.is(seconds('-0s'), 0))
})

test('a bare number is not seconds: only 0 is accepted, as compose-go does', () => {
  assert.is(seconds(0), 0)
  assert.is(seconds(-0), 0)
  const f = failure(10)
  assert.is(f.message, '`10` is not a valid duration because a bare number has no unit')
  assert.match(f.hint ?? '', '`10s`')
  assert.ok(!failure(1.5).message.includes('\n'))
  failure(Number.NaN)
  failure(Number.POSITIVE_INFINITY)
  failure(-3)
})

test('a unit-less string is an error with a hint', () => {
  const f = failure('10')
  assert.is(f.message, '`10` is not a valid duration because it has no unit')
  assert.match(f.hint ?? '', '`10s`')
  failure('1.5')
  failure('1s5') // the last part has no unit
})

test('unknown units are case-sensitive errors', () => {
  assert.is(failure('10x').message, '`10x` is not a valid duration because `x` is not a time unit')
  failure('10S')
  failure('1H')
  failure('1sec')
  failure('1 s')
  failure('1h-2m')
})

test('malformed durations', () => {
  for (const bad of ['', '-', '+', 'abc', 's', '.s', '-.s', ' 1s', '1s ', '1..5s', '1.5.5s', '--1s', '1e3s', '0x10s']) {
    const f = failure(bad)
    assert.ok(f.message.length > 0)
    assert.not.match(f.message, /position|line|column/i)
  }
})

test('int64 nanosecond overflow is rejected as Go does', () => {
  assert.ok(parseDuration('2562047h').ok)
  assert.is(failure('2562048h').message, '`2562048h` is too long a duration')
  failure('9223372036854775808ns')
  assert.ok(parseDuration('9223372036854775807ns').ok)
  failure('99999999999999999999s')
  failure('2562047h2562047h')
})

test('hostile input: long strings are handled in linear time with short messages', () => {
  const started = Date.now()
  const digits = failure('9'.repeat(100_000) + 's')
  assert.ok(digits.message.length < 200)
  assert.is(seconds(`1.${'5'.repeat(100_000)}s`), 1.555555555) // truncated to whole nanoseconds, as Go does
  assert.is(seconds('1s'.repeat(50_000)), 50_000)
  failure('1'.repeat(100_000))
  failure('s'.repeat(100_000))
  failure(`1${'.'.repeat(100_000)}`)
  assert.ok(Date.now() - started < 2000, 'took too long')
})

test.run()
