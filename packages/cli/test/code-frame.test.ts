import type { Diagnostic } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { formatDiagnosticsText, MAX_FRAME_WIDTH } from '../src/format-diagnostics.js'

const at = (line: number, column: number, endColumn: number): Diagnostic => ({
  code: 'VARIABLE_UNSET',
  severity: 'warning',
  message: 'm',
  path: [],
  stage: 'load',
  location: { file: 'compose.yaml', start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 0 } },
})
const frame = (text: string, d: Diagnostic) => formatDiagnosticsText([d], { color: false, text: () => text }).split('\n').slice(1, 5)

test('a short line is shown whole, the carets under the reported text', () => {
  assert.equal(frame('services:\n  web:\n    image: nginx\n', at(3, 12, 17)), ['  2 |   web:', '> 3 |     image: nginx', '    |            ^^^^^', '  4 | '])
})

test('a long line is cut to a window around the column, with … where it is cut, and the carets still under the text', () => {
  const long = `    command: "${'x'.repeat(5000)}TARGET${'y'.repeat(5000)}"`
  const column = long.indexOf('TARGET') + 1
  const [before, shown, carets] = frame(`a:\n${long}\nb:\n`, at(2, column, column + 6))
  assert.is(before, '  1 | …', 'a line that ends left of the window shows only that it is cut')
  assert.ok(shown!.length <= MAX_FRAME_WIDTH + 10, `the line is cut (${shown!.length} characters)`)
  assert.ok(shown!.startsWith('> 2 | …') && shown!.endsWith('…'))
  // The carets sit exactly under TARGET.
  assert.is(shown!.indexOf('TARGET'), carets!.indexOf('^'))
  assert.is(carets!.trim().replace(/^\|\s*/, ''), '^^^^^^')
})

test('thousands of diagnostics on one long line render in a frame each, without splitting the file each time', () => {
  const line = Array.from({ length: 20000 }, (_, i) => `$V${i}`).join(' ')
  const diagnostics = Array.from({ length: 5000 }, (_, i) => at(1, i * 5 + 1, i * 5 + 4))
  const text = formatDiagnosticsText(diagnostics, { color: false, text: () => line })
  assert.ok(text.length < 5000 * 400, `${text.length} characters`)
})

test.run()
