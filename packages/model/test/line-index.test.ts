import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { LineIndex } from '../src/yaml/line-index.js'

// The oracle: count the line feeds before the offset.
function naivePoint(text: string, offset: number): { line: number; column: number; offset: number } {
  const before = text.slice(0, offset)
  const lastBreak = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - lastBreak, offset }
}

test('points of offsets: first line, after a line feed, at the end, in CRLF text', () => {
  const text = 'a: 1\r\nb:\n  - x\n\n'
  const index = new LineIndex(text)
  assert.equal(index.point(0), { line: 1, column: 1, offset: 0 })
  assert.equal(index.point(5), { line: 1, column: 6, offset: 5 })
  assert.equal(index.point(6), { line: 2, column: 1, offset: 6 })
  assert.equal(index.point(text.length), { line: 5, column: 1, offset: text.length })
  assert.equal(new LineIndex('').point(0), { line: 1, column: 1, offset: 0 })
})

test('every offset of any text gets the line and column of counting line feeds', () => {
  const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', 'é', '😀'), { maxLength: 40 }).map((parts) => parts.join(''))
  fc.assert(
    fc.property(text, (t) => {
      const index = new LineIndex(t)
      for (let offset = 0; offset <= t.length; offset++) assert.equal(index.point(offset), naivePoint(t, offset))
    }),
    { numRuns: 500 },
  )
})

test.run()
