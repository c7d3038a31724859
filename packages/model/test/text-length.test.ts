import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { textLength } from '../src/load/expansion-budget.js'

test('textLength counts every string, key and value, and one per other value', () => {
  assert.is(textLength({ ab: 'cde', list: [1, null, 'xy'] }, 1000), 1 + 2 + 3 + 4 + 1 + 1 + 1 + 2)
})

test('textLength counts the value of an own __proto__ key, not the prototype', () => {
  const value = JSON.parse('{"__proto__": "abcdef"}') as unknown
  assert.is(textLength(value, 1000), 1 + '__proto__'.length + 6)
})

test('textLength stops once past the limit', () => {
  assert.is(textLength(['x'.repeat(50), 'y'.repeat(50), 'z'.repeat(50)], 60), 1 + 50 + 50)
})

test.run()
