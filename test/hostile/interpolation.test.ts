import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const web = 'services:\n  web:\n    image: nginx\n'

/** `${A:-${A:-…x…}}`, `depth` levels. */
const nested = (depth: number): string => '${A:-'.repeat(depth) + 'x' + '}'.repeat(depth)

function run(sources: Readonly<Record<string, string>>, environment: Readonly<Record<string, string>> = {}) {
  const { result } = convertBounded(sources, { environment })
  assertWellFormed(result, sources)
  return result
}

test('a default nested 10,000 levels deep is INTERPOLATION_SYNTAX, not a stack overflow', () => {
  const result = run({ 'compose.yaml': web + `    environment:\n      X: "${nested(10_000)}"\n` })
  assert.equal(errorCodes(result), ['INTERPOLATION_SYNTAX'])
  assert.match(result.diagnostics.find((d) => d.code === 'INTERPOLATION_SYNTAX')!.message, /too deeply nested/)
})

test('10,000 unclosed `${A:-` are one INTERPOLATION_SYNTAX with a shortened message', () => {
  const result = run({ 'compose.yaml': web + `    environment:\n      X: "${'${A:-'.repeat(10_000)}"\n` })
  assert.equal(errorCodes(result), ['INTERPOLATION_SYNTAX'])
  assert.ok(result.diagnostics[0]!.message.length < 300)
})

test('a nesting the parser accepts (60 levels) resolves to its innermost default', () => {
  const result = run({ 'compose.yaml': web + `    environment:\n      X: "${nested(60)}"\n` })
  assert.equal(errorCodes(result), [], describe(result))
  assert.is(result.project.model.services['web']?.environment?.['X'], 'x')
})

test('a 5 MB default cannot be written: the file is FILE_TOO_LARGE', () => {
  const result = run({ 'compose.yaml': web + `    environment:\n      X: "\${A:-${'y'.repeat(5_000_000)}}"\n` })
  assert.equal(errorCodes(result), ['FILE_TOO_LARGE'])
})

test('a 5 MB value from the environment: substitution stops at 1 MiB per value', () => {
  const result = run({ 'compose.yaml': web + '    environment:\n      X: "${A:-${BIG}}"\n      Y: "$BIG$BIG"\n' }, { BIG: 'y'.repeat(5_000_000) })
  assert.equal(errorCodes(result), ['INTERPOLATION_SYNTAX', 'INTERPOLATION_SYNTAX'])
  assert.match(result.diagnostics[0]!.message, /longer than 1048576 characters/)
})

test('a 900 KB variable used 20,000 times is PROJECT_TOO_LARGE once, long before memory runs out', () => {
  const sources = { 'compose.yaml': web + '    labels:\n' + Array.from({ length: 20_000 }, (_, i) => `      l${i}: $BIG\n`).join('') }
  const result = run(sources, { BIG: 'y'.repeat(900_000) })
  assert.equal(errorCodes(result), ['PROJECT_TOO_LARGE'])
  assert.ok(result.diagnostics[0]!.location, 'at the value where the budget ran out')
})

test('.env variables that double each other stop at 1 MiB per variable', () => {
  const lines = ['A=' + 'x'.repeat(1000)]
  for (let i = 1; i <= 12; i++) lines.push(`V${i}=\${${i === 1 ? 'A' : `V${i - 1}`}}\${${i === 1 ? 'A' : `V${i - 1}`}}`)
  const result = run({ 'compose.yaml': web + '    environment: [X=$V12]\n', '.env': lines.join('\n') + '\n' })
  assert.ok(errorCodes(result).includes('ENV_FILE_SYNTAX'), describe(result))
})

test('variables in keys are left alone; `$$` and odd dollar signs are handled', () => {
  const result = run({ 'compose.yaml': web + '    labels:\n      "${A}": "$$HOME $ ${} $1"\n' })
  assert.ok(errorCodes(result).includes('INTERPOLATION_SYNTAX'), describe(result))
  const ok = run({ 'compose.yaml': web + '    labels:\n      "${A}": "$$HOME and $$"\n' })
  assert.equal(errorCodes(ok), [], describe(ok))
  assert.is(ok.project.model.services['web']?.labels?.['${A}'], '$HOME and $')
})

test('a required variable with a 100 KB message or name is one REQUIRED_VARIABLE with a short message', () => {
  for (const expression of [`\${MISSING:?${'m'.repeat(100_000)}}`, `\${${'M'.repeat(100_000)}:?gone}`]) {
    const result = run({ 'compose.yaml': web + `    environment:\n      X: "${expression}"\n` })
    assert.equal(errorCodes(result), ['REQUIRED_VARIABLE'])
    assert.ok(result.diagnostics[0]!.message.length < 400 && (result.diagnostics[0]!.hint ?? '').length < 400)
  }
})

test.run()
