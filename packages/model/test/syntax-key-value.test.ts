import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { splitKeyValue } from '../src/syntax/key-value.js'

test('KEY=VALUE splits at the first =', () => {
  assert.equal(splitKeyValue('FOO=bar'), { key: 'FOO', value: 'bar' })
  assert.equal(splitKeyValue('FOO=BAR'), { key: 'FOO', value: 'BAR' })
  assert.equal(splitKeyValue('A=b=c'), { key: 'A', value: 'b=c' })
  assert.equal(splitKeyValue('URL=http://x/?a=1&b=2'), { key: 'URL', value: 'http://x/?a=1&b=2' })
})

test('KEY= is the empty string, KEY alone has no value (compose-go NewMappingWithEquals)', () => {
  assert.equal(splitKeyValue('ZOT='), { key: 'ZOT', value: '' })
  assert.equal(splitKeyValue('QIX'), { key: 'QIX', value: null })
  assert.equal(splitKeyValue('FOO'), { key: 'FOO', value: null })
})

test('nothing is trimmed or validated', () => {
  assert.equal(splitKeyValue(' FOO = bar '), { key: ' FOO ', value: ' bar ' })
  assert.equal(splitKeyValue('=x'), { key: '', value: 'x' })
  assert.equal(splitKeyValue('='), { key: '', value: '' })
  assert.equal(splitKeyValue(''), { key: '', value: null })
  assert.equal(splitKeyValue('net.core.somaxconn=1024'), { key: 'net.core.somaxconn', value: '1024' })
  assert.equal(splitKeyValue('host.docker.internal=host-gateway'), { key: 'host.docker.internal', value: 'host-gateway' })
  assert.equal(splitKeyValue('somehost:162.242.195.82'), { key: 'somehost:162.242.195.82', value: null })
  assert.equal(splitKeyValue('MULTI=line\nvalue'), { key: 'MULTI', value: 'line\nvalue' })
})

test('hostile input is linear', () => {
  const started = Date.now()
  const long = 'k'.repeat(100_000)
  assert.equal(splitKeyValue(`${long}=${long}`), { key: long, value: long })
  assert.equal(splitKeyValue('='.repeat(100_000)), { key: '', value: '='.repeat(99_999) })
  assert.equal(splitKeyValue(long), { key: long, value: null })
  assert.ok(Date.now() - started < 1000, 'took too long')
})

test.run()
