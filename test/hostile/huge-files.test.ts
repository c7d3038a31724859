import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const MB = 1_000_000
const web = 'services:\n  web:\n    image: nginx\n'
const services = (count: number): string => 'services:\n' + Array.from({ length: count }, (_, i) => `  s${i}:\n    image: nginx:${i}\n`).join('')

test('a 20 MB file with one huge string is FILE_TOO_LARGE, refused before parsing', () => {
  const sources = { 'compose.yaml': web + `    labels:\n      big: "${'x'.repeat(20 * MB)}"\n` }
  const { result, milliseconds } = convertBounded(sources)
  assert.equal(errorCodes(result), ['FILE_TOO_LARGE'])
  assert.match(result.diagnostics[0]!.message, /at most 1\.00 MiB/)
  assert.ok(milliseconds < 1_000)
  assertWellFormed(result, sources)
})

test('a 20 MB file of many services is FILE_TOO_LARGE', () => {
  const text = services(700_000)
  assert.ok(text.length > 20 * MB)
  const sources = { 'compose.yaml': text }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['FILE_TOO_LARGE'])
  assertWellFormed(result, sources)
})

test('a 20 MB env file is FILE_TOO_LARGE at the `env_file` entry that names it', () => {
  const sources = { 'compose.yaml': web + '    env_file: big.env\n', 'big.env': `A=${'x'.repeat(20 * MB)}\n` }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['FILE_TOO_LARGE'])
  assert.is(result.diagnostics[0]!.location?.start.line, 4)
  assertWellFormed(result, sources)
})

test('a 20 MB extends base and include are FILE_TOO_LARGE too', () => {
  const huge = services(700_000)
  const sources = {
    'compose.yaml': 'include: [big.yaml]\nservices:\n  web:\n    extends: {file: base.yaml, service: s0}\n',
    'big.yaml': huge,
    'base.yaml': huge,
  }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['FILE_TOO_LARGE', 'FILE_TOO_LARGE'])
  assertWellFormed(result, sources)
})

test('a caller may raise the limit (LoadOptions.maxFileLength)', () => {
  const text = web + `    labels:\n      big: "${'x'.repeat(2 * MB)}"\n`
  const host = { readFile: (path: string) => (path === 'compose.yaml' ? text : undefined), resolve: joinPath }
  assert.equal(loadProject({ files: ['compose.yaml'], host }).diagnostics.map((d) => d.code), ['FILE_TOO_LARGE'])
  const raised = loadProject({ files: ['compose.yaml'], host, maxFileLength: 4 * MB })
  assert.equal(raised.diagnostics.filter((d) => d.severity === 'error'), [])
  assert.is(raised.value.model.services['web']?.labels?.['big']?.length, 2 * MB)
})

test('just under the limit, a file of one long string converts, carrying the string', () => {
  const sources = { 'compose.yaml': web + `    labels:\n      big: "${'x'.repeat(1_000_000)}"\n` }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), [], describe(result))
  assert.ok(result.files.every((f) => f.contents.includes('x'.repeat(1_000_000))))
  assertWellFormed(result, sources)
})

test('10,000 services convert without errors within the bounds', () => {
  const sources = { 'compose.yaml': services(10_000) }
  // The YAML emitter alone needs ~8 s for this template; the JSON one shows the pipeline is bounded.
  // A safety bound: ~5 s alone, but CI's two cores may be shared; a hang or a quadratic step would take minutes.
  const { result } = convertBounded(sources, { emit: ['cfn-json'] }, { heapGrowth: 1024 * 1024 * 1024, milliseconds: 30_000 })
  assert.equal(errorCodes(result), [], describe(result))
  assert.is(result.graph?.nodes.filter((n) => n.type === 'AWS::ECS::Service').length, 10_000)
  assertWellFormed(result, sources)
})

test('a file of garbage lines, a YAML error on each, lists 50 problems and counts the rest', () => {
  const sources = { 'compose.yaml': Array.from({ length: 120_000 }, (_, i) => (i % 2 ? ']}"\'\n' : 'a: b: c\n')).join('') }
  const { result } = convertBounded(sources)
  assert.is(result.diagnostics.length, 51)
  assert.match(result.diagnostics.at(-1)?.message ?? '', /more problems in this file; only the first 50 are listed/)
  assertWellFormed(result, sources)
})

test('an env file with an error on every line lists 50 problems and counts the rest', () => {
  const sources = { 'compose.yaml': web + '    env_file: bad.env\n', 'bad.env': Array.from({ length: 50_000 }, (_, i) => `bad key ${i}\n`).join('') }
  const { result } = convertBounded(sources)
  assert.is(result.diagnostics.filter((d) => d.code === 'ENV_FILE_SYNTAX').length, 51)
  assertWellFormed(result, sources)
})

test('40,000 labels on one service: mappings are read in linear time', () => {
  const sources = { 'compose.yaml': web + '    labels:\n' + Array.from({ length: 40_000 }, (_, i) => `      l${i}: v\n`).join('') }
  const { result } = convertBounded(sources, { emit: ['cfn-json'] })
  assert.equal(errorCodes(result), [], describe(result))
  assertWellFormed(result, sources)
})

test.run()
