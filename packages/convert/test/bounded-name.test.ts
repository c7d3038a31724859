import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { boundedName, shortText } from '@composeform/model'
import { normalizeName } from '../src/index.js'

test('a name within the limit is kept as it is, up to the limit itself', () => {
  assert.is(boundedName('shop-web', 255), 'shop-web')
  assert.is(boundedName('a'.repeat(128), 128), 'a'.repeat(128))
  assert.is(boundedName('', 63), '')
})

test('a longer name keeps its start and ends in a 7-character hash of the whole, exactly the limit long', () => {
  const name = `${'a'.repeat(300)}-web`
  const bounded = boundedName(name, 128)
  assert.is(bounded.length, 128)
  assert.ok(bounded.startsWith('a'.repeat(121)))
  assert.match(bounded.slice(121), /^[0-9a-z]{7}$/)
  assert.is(boundedName(name, 128), bounded, 'stable')
})

test('names that differ only past the cut get different bounded names', () => {
  const names = Array.from({ length: 200 }, (_, i) => `${'p'.repeat(250)}-${i}`)
  assert.is(new Set(names.map((n) => boundedName(n, 255))).size, names.length)
  assert.is.not(boundedName(`${'x'.repeat(300)}a`, 100), boundedName(`${'x'.repeat(300)}b`, 100))
})

test('the cut never leaves half of a surrogate pair', () => {
  const bounded = boundedName(`${'a'.repeat(248)}😀${'b'.repeat(20)}`, 256)
  assert.not.match(bounded, /[\ud800-\udbff](?![\udc00-\udfff])/)
  assert.ok(bounded.length <= 256)
  assert.is(shortText(`${'a'.repeat(60)}😀😀😀`, 64), `${'a'.repeat(60)}...`)
})

test('shortText: a text within 64 characters (or the limit given) is kept; a longer one is cut and ends in `...`', () => {
  assert.is(shortText('front-tier'), 'front-tier')
  assert.is(shortText('n'.repeat(64)), 'n'.repeat(64))
  assert.is(shortText('n'.repeat(65)), `${'n'.repeat(61)}...`)
  assert.is(shortText('n'.repeat(65), 10), 'nnnnnnn...')
})

test('normalizeName: Docker\'s rule up to 100 characters, then the start and a hash', () => {
  assert.is(normalizeName('front-tier'), 'Fronttier')
  assert.is(normalizeName(`w${'-x'.repeat(99)}`), `W${'x'.repeat(99)}`)
  const long = normalizeName(`w${'-x'.repeat(200)}`)
  assert.is(long.length, 100)
  assert.match(long, /^Wx{92}[0-9a-z]{7}$/)
  // Names that normalise alike still collide (LOGICAL_ID_COLLISION), long or not.
  assert.is(normalizeName(`a-${'b'.repeat(200)}`), normalizeName(`a_${'b'.repeat(200)}`))
})

test.run()
