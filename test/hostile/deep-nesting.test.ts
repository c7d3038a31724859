import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const DEPTH = 10_000
const web = 'services:\n  web:\n    image: nginx\n'

function expectDepthLimit(text: string): void {
  const sources = { 'compose.yaml': text }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['YAML_DEPTH_LIMIT'], 'one diagnostic, however deep')
  assertWellFormed(result, sources)
}

test('10,000 nested flow sequences `[[[[…]]]]`', () => {
  expectDepthLimit('['.repeat(DEPTH) + ']'.repeat(DEPTH) + '\n')
})

test('10,000 nested flow mappings `{a: {a: …}}`', () => {
  expectDepthLimit('{a: '.repeat(DEPTH) + '1' + '}'.repeat(DEPTH) + '\n')
})

/** `depth` block levels, each indented `step` spaces more than the one before. */
function blockLevels(depth: number, step: number, item: string): string {
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(i * step)}${item}`).join('\n') + ' 1\n'
}

test('10,000 nested block mappings take 50 MB of indentation: FILE_TOO_LARGE, at once', () => {
  const sources = { 'compose.yaml': blockLevels(DEPTH, 1, 'a:') }
  const { result, milliseconds } = convertBounded(sources)
  assert.equal(errorCodes(result), ['FILE_TOO_LARGE'])
  assert.ok(milliseconds < 1_000, 'refused before parsing')
  assertWellFormed(result, sources)
})

test('1,400 nested block mappings (1 MB) are YAML_DEPTH_LIMIT', () => {
  expectDepthLimit(blockLevels(1_400, 1, 'a:'))
})

test('10,000 compact nested block sequences (`- - - - …`), and 900 indented ones', () => {
  expectDepthLimit('- '.repeat(DEPTH) + '1\n')
  expectDepthLimit(blockLevels(900, 2, '-'))
})

test('10,000 unclosed brackets inside a service value', () => {
  const sources = { 'compose.yaml': web + '    command: ' + '['.repeat(DEPTH) + '\n' }
  const { result } = convertBounded(sources)
  assert.ok(errorCodes(result).length > 0)
  assertWellFormed(result, sources)
})

test('nesting deeper than 500 levels inside an extension is YAML_DEPTH_LIMIT at that place', () => {
  const sources = { 'compose.yaml': web + 'x-deep: ' + '['.repeat(600) + ']'.repeat(600) + '\n' }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['YAML_DEPTH_LIMIT'])
  assert.is(result.diagnostics.find((d) => d.code === 'YAML_DEPTH_LIMIT')?.location?.start.line, 4)
  assertWellFormed(result, sources)
})

test('400 levels inside an extension are fine: the whole pipeline walks them without overflowing', () => {
  for (const value of ['['.repeat(400) + ']'.repeat(400), '{a: '.repeat(400) + '1' + '}'.repeat(400)]) {
    const sources = { 'compose.yaml': web + `    x-deep: ${value}\nx-deep: ${value}\n` }
    const { result } = convertBounded(sources)
    assert.equal(errorCodes(result), [])
    assert.is(result.files.length, 2)
    assertWellFormed(result, sources)
  }
})

test('400 levels where the schema expects a scalar give a schema error, not an overflow', () => {
  for (const key of ['labels', 'environment', 'deploy', 'healthcheck', 'ports', 'x-aws-autoscaling']) {
    const sources = { 'compose.yaml': web + `    ${key}: ${'{a: '.repeat(400)}1${'}'.repeat(400)}\n` }
    const { result } = convertBounded(sources)
    assertWellFormed(result, sources)
  }
})

test('400 levels inside the x-aws-cloudformation overlay are merged without overflowing', () => {
  const deep = '{a: '.repeat(400) + '1' + '}'.repeat(400)
  const sources = { 'compose.yaml': web + `x-aws-cloudformation:\n  Resources:\n    WebService:\n      Metadata: ${deep}\n` }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), [])
  assertWellFormed(result, sources)
})

test.run()
