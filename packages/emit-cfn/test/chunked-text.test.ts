import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { ChunkedText } from '../src/chunked-text.js'

test('pieces of one to four per push come back in order, across many chunk boundaries', () => {
  const text = new ChunkedText()
  let expected = ''
  for (let i = 0; i < 20_000; i++) {
    const pieces = [`a${i}`, `b${i}`, `c${i}`, `d${i}`].slice(0, (i % 4) + 1)
    text.push(pieces[0]!, pieces[1], pieces[2], pieces[3])
    expected += pieces.join('')
  }
  assert.is(text.toString(), expected)
})

test('an empty text is the empty string, and toString leaves the text empty', () => {
  const text = new ChunkedText()
  assert.is(text.toString(), '')
  text.push('x', 'y')
  assert.is(text.toString(), 'xy')
  assert.is(text.toString(), '')
})

test.run()
