import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const compose = 'services:\n  web:\n    image: nginx\n    env_file: x.env\n'

function run(env: string) {
  const sources = { 'compose.yaml': compose, 'x.env': env }
  const { result } = convertBounded(sources)
  assertWellFormed(result, sources)
  return { result, environment: result.project.model.services['web']?.environment ?? {} }
}

const odd = [
  'A="a\\"b"',
  "B='${X} $X'",
  'C=x # comment',
  'D="multi',
  'line"',
  'export E=1',
  'F = spaced ',
  'G=#notcomment',
  'H="#quoted" # comment',
  'I=`tick`',
  'J.K-L=dots',
  'M=',
  'S=${UNSET:-default}',
  'T="${A}"',
].join('\n')

test('odd but valid quoting reads as compose reads it', () => {
  const { result, environment } = run(odd + '\n')
  assert.equal(errorCodes(result), [], describe(result))
  assert.equal(
    { A: environment['A'], B: environment['B'], C: environment['C'], D: environment['D'], G: environment['G'], H: environment['H'], S: environment['S'], T: environment['T'] },
    { A: 'a"b', B: '${X} $X', C: 'x', D: 'multi\nline', G: '#notcomment', H: '#quoted', S: 'default', T: 'a"b' },
  )
})

test('the same file with CRLF and CR line ends, and with a BOM, ends cleanly', () => {
  for (const text of [odd.replace(/\n/g, '\r\n'), odd.replace(/\n/g, '\r'), '\uFEFF' + odd]) {
    const { result } = run(text)
    assert.equal(errorCodes(result), [], describe(result))
  }
})

test('unterminated quotes are ENV_FILE_SYNTAX at the quote', () => {
  for (const [text, line] of [["A=1\nO='unterminated\n", 2], ['A="' + 'x'.repeat(100_000) + '\n', 1], ["A='\nB='\nC='\n", 3]] as const) {
    const { result } = run(text)
    assert.equal(errorCodes(result), ['ENV_FILE_SYNTAX'], describe(result))
    assert.is(result.diagnostics[0]!.location?.file, 'x.env')
    assert.is(result.diagnostics[0]!.location?.start.line, line)
  }
})

test('lines that are not assignments: `=x`, NUL, control characters, a bare `export`', () => {
  for (const text of ['=x\n', '\0=1\n', 'A\0B=1\n', '\u0007=1\n', 'export\n', 'export =1\n', '"A"=1\n', '${A}=1\n']) {
    const { result } = run(text)
    assert.ok(errorCodes(result).every((c) => c === 'ENV_FILE_SYNTAX'), `${JSON.stringify(text)}: ${describe(result)}`)
  }
})

test('random printable garbage in an env file ends in diagnostics or values, never an exception', () => {
  let state = 7
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0)
  const alphabet = 'AB=_ "\'`$\\{}#\n\r\t:-?x.'
  for (let round = 0; round < 50; round++) {
    const text = Array.from({ length: 400 }, () => alphabet[(next() >>> 8) % alphabet.length]).join('')
    run(text)
  }
})

test('interpolation inside env files: nesting, a required variable, a 5,000-deep default', () => {
  assert.equal(errorCodes(run('A=${B:?needs B}\n').result), ['ENV_FILE_SYNTAX'])
  const deep = run(`A=${'${X:-'.repeat(5_000)}x${'}'.repeat(5_000)}\n`).result
  assert.equal(errorCodes(deep), ['ENV_FILE_SYNTAX'])
})

test.run()
