import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

/** `levels` anchors, each a list of `width` aliases of the one before: width^levels values. */
function laughs(levels: number, width: number): string {
  const name = (i: number): string => `l${i}`
  const lines = [`x-${name(0)}: &${name(0)} [${Array(width).fill('"lol"').join(', ')}]`]
  for (let i = 1; i < levels; i++) lines.push(`x-${name(i)}: &${name(i)} [${Array(width).fill(`*${name(i - 1)}`).join(', ')}]`)
  return lines.join('\n') + '\n'
}

const web = 'services:\n  web:\n    image: nginx\n'

function expectAliasLimit(text: string): void {
  const sources = { 'compose.yaml': text }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['YAML_ALIAS_LIMIT'])
  assert.equal(result.files, [])
  assertWellFormed(result, sources)
}

test('billion laughs (9 levels of 10) stops at YAML_ALIAS_LIMIT', () => {
  expectAliasLimit(laughs(9, 10) + web)
})

test('nested 10 levels × 10, used inside a service, stops at YAML_ALIAS_LIMIT', () => {
  expectAliasLimit(laughs(10, 10) + web + '    command: *l9\n')
})

test('a bomb of merge keys (`<<: [*a, *a, …]`) stops at YAML_ALIAS_LIMIT', () => {
  const lines = ['x-m0: &m0 {a0: 1, b0: 2, c0: 3, d0: 4, e0: 5, f0: 6, g0: 7, h0: 8}']
  for (let i = 1; i < 10; i++) lines.push(`x-m${i}: &m${i} {k${i}: [${Array(10).fill(`*m${i - 1}`).join(', ')}], <<: [${Array(10).fill(`*m${i - 1}`).join(', ')}]}`)
  expectAliasLimit(lines.join('\n') + '\n' + web)
})

test('many aliases of a large mapping, just within the budget, still finish in bounds', () => {
  const big = Array.from({ length: 1000 }, (_, i) => `k${i}: v${i}`).join(', ')
  const text = `x-big: &big {${big}}\nx-uses: [${Array(150).fill('*big').join(', ')}]\n` + web
  const sources = { 'compose.yaml': text }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), [])
  assertWellFormed(result, sources)
})

test('an alias to an anchor that is not defined yet, or to itself, is a diagnostic', () => {
  for (const text of ['x-a: &a [*a]\n' + web, 'x-a: *b\nx-b: &b 1\n' + web, 'x-a: *nowhere\n' + web]) {
    const sources = { 'compose.yaml': text }
    const { result } = convertBounded(sources)
    assert.ok(errorCodes(result).length > 0, text)
    assertWellFormed(result, sources)
  }
})

test.run()
