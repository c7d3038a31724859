import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseDotenv } from '../src/env/dotenv.js'
import type { DotenvResult } from '../src/env/dotenv.js'
import type { Lookup } from '../src/interpolation/template.js'

const none: Lookup = () => undefined
const from =
  (variables: Record<string, string>): Lookup =>
  (name) =>
    Object.hasOwn(variables, name) ? variables[name] : undefined

/** The parsed values as an object, or the errors when there are any: one value to compare. */
function env(text: string, lookup: Lookup = none, fallback?: Lookup): Record<string, string> | DotenvResult['errors'] {
  const result = parseDotenv(text, lookup, fallback)
  return result.errors.length > 0 ? result.errors : Object.fromEntries(result.values)
}

/** One test per fact: `text` parses to exactly `expected`, without errors. */
function parses(text: string, expected: Record<string, string>, lookup: Lookup = none): void {
  test(`${JSON.stringify(text)} parses to ${JSON.stringify(expected)}`, () => {
    assert.equal(env(text, lookup), expected)
  })
}

/** The first error of `text` as `line:column message`, or '' when there is none. */
function firstError(text: string, lookup: Lookup = none): string {
  const error = parseDotenv(text, lookup).errors[0]
  return error ? `${error.line}:${error.column} ${error.message}` : ''
}

// The fixtures of compose-go's dotenv package.
const fixtures = {
  plain: 'OPTION_A=1\nOPTION_B=2\nOPTION_C= 3\nOPTION_D =4\nOPTION_E = 5\n456 = ABC\nOPTION_F = \nOPTION_G=\nOPTION_H = my string # Inline comment\n',
  exported: "export OPTION_A=2\nexport OPTION_B='\\n'\n",
  equals: "export OPTION_A='postgres://localhost:5432/database?sslmode=disable'\n\n",
  quoted: [
    "OPTION_A='1'",
    "OPTION_B='2'",
    "OPTION_C=''",
    "OPTION_D='\\n'",
    'OPTION_E="1"',
    'OPTION_F="2"',
    'OPTION_G=""',
    'OPTION_H="\\n"',
    'OPTION_I = "echo \'asd\'" # Inline comment',
    "OPTION_J = 'first line",
    'second line',
    'third line',
    "and so on'",
    "OPTION_K='Let\\'s go!'",
    'OPTION_Z = "last value"',
    '',
  ].join('\n'),
  unquoted: [
    'OPTION_A = "some quoted phrase"',
    'OPTION_B=first one with an unquoted phrase',
    'OPTION_C = then another one with an unquoted phrase',
    'OPTION_D = then another one with an unquoted phrase special è char',
    'OPTION_E = "then another one quoted phrase"',
    '',
  ].join('\n'),
  substitutions: 'OPTION_A=1\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\nOPTION_D=${OPTION_A}_${OPTION_B}\nOPTION_E=${OPTION_NOT_DEFINED}\n',
  substitutionsDefault:
    'OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\nOPTION_D=${OPTION_A}_${OPTION_B}\nOPTION_E=${OPTION_NOT_DEFINED}\n',
  special: 'VAR.WITH.DOTS=dots\nVAR_WITH_UNDERSCORES=underscores\nVAR-WITH-DASHES=dashes\n',
  invalid1: '# some comments\nfoo="\n  a\n  multine\n  value\n"\nINVALID LINE\nzot=qix',
  inheritedMulti: 'foo=bar\nVAR_TO_BE_LOADED_FROM_OS_ENV\nbar=baz\n',
  inheritedSingle: 'VAR_TO_BE_LOADED_FROM_OS_ENV\n',
  inheritedNotFound: 'VARIABLE_NOT_FOUND\n',
}

parses('\na=b\na[1]=c\na.propertyKey=d\nárvíztűrő-TÜKÖRFÚRÓGÉP=ÁRVÍZTŰRŐ-tükörfúrógép\n', {
  a: 'b',
  'a[1]': 'c',
  'a.propertyKey': 'd',
  'árvíztűrő-TÜKÖRFÚRÓGÉP': 'ÁRVÍZTŰRŐ-tükörfúrógép',
})
test('an unexpected character in a key is an error at that character', () => {
  assert.is(firstError('%!(EXTRA string)=foo'), '1:1 Unexpected character `%` in a variable name.')
})
test('1000 lines give 1000 values', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => `KEY${i}=VALUE${i}`)
  assert.is(parseDotenv(lines.join('\n'), none).values.size, 1000)
})
parses(fixtures.plain, {
  OPTION_A: '1',
  OPTION_B: '2',
  OPTION_C: '3',
  OPTION_D: '4',
  OPTION_E: '5',
  // compose-go's parser keeps keys that start with a digit (only its unused `Read` helper drops them).
  '456': 'ABC',
  OPTION_F: '',
  OPTION_G: '',
  OPTION_H: 'my string',
})
parses('ONE=1\nTWO=\'2\'\nTHREE = "3"', { ONE: '1', TWO: '2', THREE: '3' })
parses(fixtures.exported, { OPTION_A: '2', OPTION_B: '\\n' })
parses(fixtures.equals, { OPTION_A: 'postgres://localhost:5432/database?sslmode=disable' })
parses(fixtures.quoted, {
  OPTION_A: '1',
  OPTION_B: '2',
  OPTION_C: '',
  OPTION_D: '\\n',
  OPTION_E: '1',
  OPTION_F: '2',
  OPTION_G: '',
  OPTION_H: '\n',
  OPTION_I: "echo 'asd'",
  OPTION_J: 'first line\nsecond line\nthird line\nand so on',
  OPTION_K: "Let's go!",
  OPTION_Z: 'last value',
})
parses(fixtures.unquoted, {
  OPTION_A: 'some quoted phrase',
  OPTION_B: 'first one with an unquoted phrase',
  OPTION_C: 'then another one with an unquoted phrase',
  OPTION_D: 'then another one with an unquoted phrase special è char',
  OPTION_E: 'then another one quoted phrase',
})
parses(fixtures.substitutions, { OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' })
// As in compose-go, the lookup (the environment) wins over a key defined earlier in the file.
parses(
  fixtures.substitutions,
  { OPTION_A: '1', OPTION_B: '5', OPTION_C: '5', OPTION_D: '5_5', OPTION_E: '' },
  from({ OPTION_A: '5' }),
)
parses(
  fixtures.substitutionsDefault,
  { OPTION_A: '5', OPTION_B: '5', OPTION_C: '5', OPTION_D: '5_5', OPTION_E: '' },
  from({ OPTION_A: '5' }),
)
parses(fixtures.substitutionsDefault, { OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' })
parses(fixtures.special, { 'VAR.WITH.DOTS': 'dots', VAR_WITH_UNDERSCORES: 'underscores', 'VAR-WITH-DASHES': 'dashes' })
parses(`\uFEFF${fixtures.plain}`, env(fixtures.plain) as Record<string, string>)
test('a byte order mark does not count in columns', () => {
  assert.equal(parseDotenv('\uFEFFA=1', none).entries, [{ key: 'A', value: '1', line: 1, column: 1 }])
})

// Variable expansion.
parses('FOO=test\nBAR=$FOO', { FOO: 'test', BAR: 'test' })
parses('FOO=test\nBAR=${FOO}bar', { FOO: 'test', BAR: 'testbar' })
parses('BAR=$FOO', { BAR: '' })
parses('FOO=test\nBAR="quote $FOO"', { FOO: 'test', BAR: 'quote test' })
parses("BAR='quote $FOO'", { BAR: 'quote $FOO' })
parses('FOO="foo\\$BAR"', { FOO: 'foo$BAR' })
parses('FOO="foo\\${BAR}"', { FOO: 'foo${BAR}' })
parses('FOO=test\nBAR="foo\\${FOO} ${FOO}"', { FOO: 'test', BAR: 'foo${FOO} test' })
parses('FOO=$$BAR', { FOO: '$BAR' })
parses('TEST=$ME', { TEST: 'YES' }, from({ ME: 'YES' }))
parses('TEST_URLS="stratum+tcp://stratum.antpool.com:3333\nstratum+tcp://stratum.antpool.com:443"', {
  TEST_URLS: 'stratum+tcp://stratum.antpool.com:3333\nstratum+tcp://stratum.antpool.com:443',
})

// compose-go's expansion tests: EMPTY_VAR is empty, TEST_VAR is set, UNSET_VAR is not.
const expansionPrelude = 'EMPTY_VAR=\nTEST_VAR="Test Value"\n'
const expandsTo = (value: string, expected: string): void =>
  parses(`${expansionPrelude}RESULT=${value}`, { EMPTY_VAR: '', TEST_VAR: 'Test Value', RESULT: expected })
expandsTo('${UNSET_VAR:-Default Value}', 'Default Value')
expandsTo('${EMPTY_VAR:-Default Value}', 'Default Value')
expandsTo('${TEST_VAR:-Default Value}', 'Test Value')
expandsTo('${UNSET_VAR-Default Value}', 'Default Value')
expandsTo('${EMPTY_VAR-Default Value}', '')
expandsTo('${TEST_VAR-Default Value}', 'Test Value')
expandsTo('${TEST_VAR:?Default Value}', 'Test Value')
expandsTo('${EMPTY_VAR?Test error}', '')
expandsTo('${TEST_VAR?Default Value}', 'Test Value')
test('${UNSET_VAR:?Test error} is an error', () => {
  assert.is(firstError(`${expansionPrelude}RESULT=\${UNSET_VAR:?Test error}`), '3:8 Required variable UNSET_VAR is missing a value: Test error.')
})
test('${EMPTY_VAR:?Test error} is an error', () => {
  assert.is(firstError(`${expansionPrelude}RESULT=\${EMPTY_VAR:?Test error}`), '3:8 Required variable EMPTY_VAR is missing a value: Test error.')
})
test('${UNSET_VAR?Test error} is an error', () => {
  assert.is(firstError(`${expansionPrelude}RESULT=\${UNSET_VAR?Test error}`), '3:8 Required variable UNSET_VAR is missing a value: Test error.')
})

// compose-go's line-by-line parsing facts.
const parsingFacts: [string, string, string][] = [
  ['FOO=bar', 'FOO', 'bar'],
  ['FOO =bar', 'FOO', 'bar'],
  ['FOO= bar', 'FOO', 'bar'],
  ['FOO="bar"', 'FOO', 'bar'],
  ["FOO='bar'", 'FOO', 'bar'],
  ['FOO="escaped\\"bar"', 'FOO', 'escaped"bar'],
  ['FOO="\\"quoted\\""', 'FOO', '"quoted"'],
  ['FOO="\'d\'"', 'FOO', "'d'"],
  ['OPTION_A: 1', 'OPTION_A', '1'],
  ['OPTION_A: Foo=bar', 'OPTION_A', 'Foo=bar'],
  ['OPTION_A=1:B', 'OPTION_A', '1:B'],
  ['export OPTION_A=2', 'OPTION_A', '2'],
  ["export OPTION_B='\\n'", 'OPTION_B', '\\n'],
  ['export exportFoo=2', 'exportFoo', '2'],
  ['exportFOO=2', 'exportFOO', '2'],
  ['export_FOO =2', 'export_FOO', '2'],
  ['export.FOO= 2', 'export.FOO', '2'],
  ['export\tOPTION_A=2', 'OPTION_A', '2'],
  ['  export OPTION_A=2', 'OPTION_A', '2'],
  ['\texport OPTION_A=2', 'OPTION_A', '2'],
  ['export OPTION_A="export A"', 'OPTION_A', 'export A'],
  ['FOO="bar\\nbaz"', 'FOO', 'bar\nbaz'],
  ['FOO=a\\tb', 'FOO', 'a\\tb'],
  ['FOO="a\\tb"', 'FOO', 'a\tb'],
  ['KEY="Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z"', 'KEY', 'Z\x07Z\bZ\fZ\nZ\rZ\tZ\vZ\\ZSZ'],
  ['FOO.BAR=foobar', 'FOO.BAR', 'foobar'],
  ['FOO=foobar=', 'FOO', 'foobar='],
  ['FOO=bar ', 'FOO', 'bar'],
  ['FOO=bar # this is foo', 'FOO', 'bar'],
  ['FOO=bar #this is foo', 'FOO', 'bar'],
  ['FOO=bar #', 'FOO', 'bar'],
  ['FOO=123#not-an-inline-comment', 'FOO', '123#not-an-inline-comment'],
  ['FOO="bar#baz"', 'FOO', 'bar#baz'],
  ['FOO="bar#baz"#', 'FOO', 'bar#baz'],
  ['FOO="bar#baz" # comment', 'FOO', 'bar#baz'],
  ["FOO='bar#baz' # comment", 'FOO', 'bar#baz'],
  ['FOO="bar#baz#bang" # comment', 'FOO', 'bar#baz#bang'],
  ['FOO="ba#r"', 'FOO', 'ba#r'],
  ["FOO='ba#r'", 'FOO', 'ba#r'],
  ['FOO="bar\\n\\ b\\az"', 'FOO', 'bar\n\\ b\x07z'],
  ['FOO="bar\\\\\\n\\ b\\az"', 'FOO', 'bar\\\n\\ b\x07z'],
  ['FOO="bar\\\\r\\ b\\az"', 'FOO', 'bar\\r\\ b\x07z'],
  ['FOO="bar\\nbaz\\\\"', 'FOO', 'bar\nbaz\\'],
  [' KEY =value', 'KEY', 'value'],
  ['   KEY=value', 'KEY', 'value'],
  ['\tKEY=value', 'KEY', 'value'],
  ['KEY="\\0123"', 'KEY', 'S'],
  ['KEY="\\x07"', 'KEY', '\\x07'],
  ['KEY="\\u12e4"', 'KEY', '\\u12e4'],
  ['KEY="\\U00101234"', 'KEY', '\\U00101234'],
]
for (const [line, key, value] of parsingFacts) parses(line, { [key]: value })

test('a line with `$` in the key is an error', () => {
  assert.is(firstError('lol$wut'), '1:4 Unexpected character `$` in a variable name.')
})

const unterminated = ['KEY="', 'KEY="value', 'KEY="value\\"', "KEY=\"value'", "KEY='", "KEY='value", "KEY='value\\'", 'KEY=\'value"']
for (const text of unterminated) {
  test(`${JSON.stringify(text)} is an unterminated quote at column 5`, () => {
    assert.match(firstError(text), /^1:5 The value of `KEY` opens a (single|double) quote that is never closed\.$/)
  })
}

for (const text of ['\n', '\r\n', '\t\t ', '# Comment', '\t # comment', '\n\n# a\n  # b\n']) {
  parses(text, {})
}

test('a key with a space is an error (compose-go fixture invalid1.env)', () => {
  assert.is(firstError(fixtures.invalid1), '7:8 A variable name cannot contain spaces: `INVALID LINE`.')
})
test('parsing goes on after a key with a space', () => {
  assert.equal(Object.fromEntries(parseDotenv(fixtures.invalid1, none).values), {
    foo: '\n  a\n  multine\n  value\n',
    zot: 'qix',
  })
})

// Bare keys pass variables through from the lookup.
parses(fixtures.inheritedMulti, { foo: 'bar', VAR_TO_BE_LOADED_FROM_OS_ENV: 'SOME_RANDOM_VALUE', bar: 'baz' }, from({ VAR_TO_BE_LOADED_FROM_OS_ENV: 'SOME_RANDOM_VALUE' }))
parses(fixtures.inheritedSingle, { VAR_TO_BE_LOADED_FROM_OS_ENV: 'SOME_RANDOM_VALUE' }, from({ VAR_TO_BE_LOADED_FROM_OS_ENV: 'SOME_RANDOM_VALUE' }))
parses(fixtures.inheritedNotFound, {})
test('a bare key is looked up', () => {
  const asked: string[] = []
  parseDotenv(fixtures.inheritedNotFound, (name) => void asked.push(name))
  assert.equal(asked, ['VARIABLE_NOT_FOUND'])
})
// compose-go would store "KEY" under the empty key here (a bug); it is a bare key.
parses('KEY', { KEY: 'v' }, from({ KEY: 'v' }))
parses('A=1\nexport A', { A: '2' }, from({ A: '2' }))
parses('A=1\nA', { A: '1' })

// Several env files in a row, as compose-go's TestMultipleFiles: earlier files come last.
const base = 'ENV_HOSTNAME=localhost\nENV_MY_URL="http://${ENV_HOSTNAME}"\n'
const override = 'ENV_HOSTNAME=dev.my-company.com\nENV_MY_URL="http://${ENV_HOSTNAME}"\n'
const baseValues = parseDotenv(base, none).values
test('a later env file sees its own values before those of earlier files', () => {
  assert.equal(env(override, none, (name) => baseValues.get(name)), {
    ENV_HOSTNAME: 'dev.my-company.com',
    ENV_MY_URL: 'http://dev.my-company.com',
  })
})
test('the environment wins over every env file', () => {
  assert.equal(env(override, from({ ENV_HOSTNAME: 'host.local' }), (name) => baseValues.get(name)), {
    ENV_HOSTNAME: 'dev.my-company.com',
    ENV_MY_URL: 'http://host.local',
  })
})
parses('B=$A', { B: '' })
test('the fallback is used for variables nobody else defines', () => {
  assert.equal(env('B=$A', none, from({ A: 'old' })), { B: 'old' })
})

// Positions, duplicates and recovery.
test('entries record where each key is, in file order, duplicates included', () => {
  assert.equal(parseDotenv('A=1\n  export B=2\nA=3', none).entries, [
    { key: 'A', value: '1', line: 1, column: 1 },
    { key: 'B', value: '2', line: 2, column: 10 },
    { key: 'A', value: '3', line: 3, column: 1 },
  ])
})
parses('A=1\nA=2', { A: '2' })
test('an unterminated quote is reported at the quote, and parsing resumes on the next line', () => {
  const result = parseDotenv('A=1\nB = "open\nC=3', none)
  assert.equal([result.errors.map((e) => `${e.line}:${e.column}`), Object.fromEntries(result.values)], [['2:5'], { A: '1', C: '3' }])
})
test('a missing required variable is an error at the value, and the key is left out', () => {
  const result = parseDotenv('A=x\nB=${X:?set X}\nC=3', none)
  assert.equal([result.errors.map((e) => `${e.line}:${e.column} ${e.message}`), Object.fromEntries(result.values)], [
    ['2:3 Required variable X is missing a value: set X.'],
    { A: 'x', C: '3' },
  ])
})
test('a malformed `${` in a double-quoted value is an error', () => {
  assert.is(firstError('A="${ oops }"'), '1:3 Invalid interpolation format: `${ oops }`.')
})
test('every error has a hint', () => {
  const result = parseDotenv('lol$wut\nA B=1\n=x\nC="\nD=${\nE=${X:?}', none)
  assert.equal(result.errors.map((e) => typeof e.hint === 'string' && e.hint.length > 0), Array(6).fill(true))
})
test('a broken key with a quoted value spanning lines does not cascade', () => {
  assert.equal(parseDotenv('BAD KEY="one\ntwo"\nOK=1', none).errors.length, 1)
})
test('a missing name before `=` is an error', () => {
  assert.is(firstError('="value"'), '1:1 The variable name before the separator is missing.')
})
test('a tab inside a key is an error', () => {
  assert.is(firstError('FOO\tBAR=1'), '1:4 A variable name cannot contain spaces: `FOO\tBAR`.')
})

// Quoting and escaping details.
parses('A="1" B=\'2\' # both on one line', { A: '1', B: '2' })
parses('FOO= # not a comment', { FOO: '# not a comment' })
parses('FOO=bar\t#x', { FOO: 'bar\t#x' })
parses('FOO:bar', { FOO: 'bar' })
parses('FOO: "bar baz"', { FOO: 'bar baz' })
parses('export=1', { export: '1' })
parses('FOO\u00a0=\u00a0bar', { FOO: 'bar' })
parses('A=1\r\nB="2"\r\nC\r\n', { A: '1', B: '2', C: 'c' }, from({ C: 'c' }))
parses("A='$HOME ${X:?never}'", { A: '$HOME ${X:?never}' })
parses("A='\\\\'", { A: '\\\\' })
parses("A='x\\y'", { A: 'x\\y' })
parses('A="\\c\\q\\\'"', { A: "\\c\\q\\'" })
parses('A="\\0"', { A: '\\0' })
parses('A="\\01"', { A: '\\01' })
parses('A="\\012"', { A: '\\012' })
parses('A="\\01234"', { A: 'S4' })
parses('A="\\0377"', { A: '\u00ff' })
parses('A="\\0400"', { A: '\\0400' })
parses('A="\\0128"', { A: '\\0128' })
parses('A="\\$\\$"', { A: '$$' })
parses('A="line\\\nnext"', { A: 'line\\\nnext' })
parses('A="\\\\$B"', { A: '\\b' }, from({ B: 'b' }))

// Hostile input.
test('an unterminated quote at the top of a huge file is reported quickly', () => {
  const started = Date.now()
  const result = parseDotenv(`A="${'x'.repeat(1_000_000)}\nB=2`, none)
  assert.ok(result.errors.length === 1 && result.values.get('B') === '2' && Date.now() - started < 1000)
})
test('a huge file parses quickly', () => {
  const started = Date.now()
  const text = Array.from({ length: 100_000 }, (_, i) => `KEY_${i}="value \${KEY_0}" # c`).join('\n')
  const result = parseDotenv(text, none)
  assert.ok(result.values.size === 100_000 && Date.now() - started < 2000)
})
test('many broken lines stay linear', () => {
  const started = Date.now()
  const result = parseDotenv('bad key = "x"\n'.repeat(50_000), none)
  assert.ok(result.errors.length === 50_000 && Date.now() - started < 2000)
})
test('deeply nested substitutions in a value are an error, not a crash', () => {
  const value = `${'${X:-'.repeat(10_000)}x${'}'.repeat(10_000)}`
  assert.match(firstError(`A=${value}`), /too deeply nested/)
})
test('property: arbitrary text never throws and errors point inside the text', () => {
  const text = fc.string({
    unit: fc.constantFrom('A', 'é', '=', ':', ' ', '\t', '\n', '\r', '"', "'", '\\', '#', '$', '{', '}', 'export ', '\uFEFF'),
    maxLength: 60,
  })
  fc.assert(
    fc.property(text, (s) => {
      const lines = s.split('\n')
      return parseDotenv(s, none).errors.every((e) => e.line >= 1 && e.line <= lines.length && e.column >= 1)
    }),
  )
})

test.run()
