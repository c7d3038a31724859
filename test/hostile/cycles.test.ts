import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

function run(sources: Readonly<Record<string, string>>) {
  const { result } = convertBounded(sources)
  assertWellFormed(result, sources)
  return result
}

/** `count` services, each extending the next; the last extends the first when `closed`. */
function extendsChain(count: number, closed: boolean): string {
  const line = (i: number): string => (i < count - 1 || closed ? `  s${i}: {extends: s${(i + 1) % count}}\n` : `  s${i}: {image: nginx}\n`)
  return 'services:\n' + Array.from({ length: count }, (_, i) => line(i)).join('')
}

test('extends: a service extending itself, two services, and a cycle of 50 with a short message', () => {
  assert.equal(errorCodes(run({ 'compose.yaml': 'services:\n  a: {extends: a, image: x}\n' })), ['EXTENDS_CYCLE'])
  assert.equal(errorCodes(run({ 'compose.yaml': 'services:\n  a: {extends: b, image: x}\n  b: {extends: a}\n' })), ['EXTENDS_CYCLE'])
  const result = run({ 'compose.yaml': extendsChain(50, true) })
  assert.equal(errorCodes(result), ['EXTENDS_CYCLE'])
  assert.match(result.diagnostics[0]!.message, /: s0 → s1 → s2 → s3 → … 43 more … → s47 → s48 → s49 → s0\.$/)
})

test('extends: a chain of 60 resolves; one of 30,000, closed or not, is EXTENDS_DEPTH_LIMIT, not a stack overflow', () => {
  const short = run({ 'compose.yaml': extendsChain(60, false) })
  assert.equal(errorCodes(short), [], describe(short))
  assert.is(short.project.model.services['s0']?.image, 'nginx')
  assert.equal(errorCodes(run({ 'compose.yaml': extendsChain(30_000, false) })), ['EXTENDS_DEPTH_LIMIT'])
  assert.equal(errorCodes(run({ 'compose.yaml': extendsChain(30_000, true) })), ['EXTENDS_DEPTH_LIMIT'])
})

test('extends: a cycle across files', () => {
  const result = run({
    'compose.yaml': 'services:\n  a: {extends: {file: b.yaml, service: b}}\n',
    'b.yaml': 'services:\n  b: {extends: {file: c.yaml, service: c}}\n',
    'c.yaml': 'services:\n  c: {extends: {file: compose.yaml, service: a}}\n',
  })
  assert.ok(errorCodes(result).includes('EXTENDS_CYCLE'), describe(result))
})

test('include: a file including itself, directly, through `./x/../`, and through two others', () => {
  assert.equal(errorCodes(run({ 'compose.yaml': 'include: [compose.yaml]\nservices: {a: {image: x}}\n' })), ['INCLUDE_CYCLE'])
  assert.equal(errorCodes(run({ 'compose.yaml': 'include: [./x/../compose.yaml]\nservices: {a: {image: x}}\n' })), ['INCLUDE_CYCLE'])
  const three = run({
    'compose.yaml': 'include: [b.yaml]\nservices: {a: {image: x}}\n',
    'b.yaml': 'include: [c.yaml]\nservices: {b: {image: x}}\n',
    'c.yaml': 'include: [b.yaml]\nservices: {c: {image: x}}\n',
  })
  assert.ok(errorCodes(three).includes('INCLUDE_CYCLE'), describe(three))
})

test('include: a diamond (two files including the same third) is not a cycle', () => {
  const result = run({
    'compose.yaml': 'include: [b.yaml, c.yaml]\nservices: {a: {image: nginx}}\n',
    'b.yaml': 'include: [d.yaml]\nservices: {b: {image: nginx}}\n',
    'c.yaml': 'include: [d.yaml]\nservices: {c: {image: nginx}}\n',
    'd.yaml': 'services: {d: {image: nginx}}\n',
  })
  assert.equal(errorCodes(result), [], describe(result))
})

/** `depth` files, each including the next `width` times. */
function includeChain(depth: number, width: number): Record<string, string> {
  const sources: Record<string, string> = { 'compose.yaml': 'include: [f0.yaml]\nservices: {a: {image: nginx}}\n' }
  for (let i = 0; i < depth; i++) {
    sources[`f${i}.yaml`] = i < depth - 1 ? `include: [${Array(width).fill(`f${i + 1}.yaml`).join(', ')}]\nservices: {s${i}: {image: nginx}}\n` : 'services: {last: {image: nginx}}\n'
  }
  return sources
}

test('include: a chain 31 files deep loads; 3,000 deep is INCLUDE_LIMIT, not a stack overflow', () => {
  const ok = run(includeChain(31, 1))
  assert.equal(errorCodes(ok), [], describe(ok))
  assert.ok(ok.project.model.services['last'])
  assert.equal(errorCodes(run(includeChain(3_000, 1))), ['INCLUDE_LIMIT'])
})

test('include: a diamond bomb (each of 40 files includes the next twice) is INCLUDE_LIMIT, not 2^40 loads', () => {
  assert.equal(errorCodes(run(includeChain(40, 2))), ['INCLUDE_LIMIT'])
  assert.equal(errorCodes(run({ 'compose.yaml': `include: [${Array(2_000).fill('d.yaml').join(', ')}]\nservices: {a: {image: nginx}}\n`, 'd.yaml': 'services: {d: {image: nginx}}\n' })), ['INCLUDE_LIMIT'])
})

test('depends_on: a cycle and a service depending on itself', () => {
  assert.ok(errorCodes(run({ 'compose.yaml': 'services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n' })).includes('DEPENDS_ON_CYCLE'))
  assert.ok(errorCodes(run({ 'compose.yaml': 'services:\n  a: {image: x, depends_on: [a]}\n' })).length > 0)
})

test.run()
