import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { MapNode, Node } from '../src/yaml/node.js'
import { load, located, services } from './load-helper.js'

const compose = (environment: string, extra = '') => ({ 'compose.yaml': `services:\n  web:\n    image: nginx\n    environment:${environment}\n${extra}`, 'web.env': 'FROM_FILE=file\nOVERRIDDEN=file\n' })
const at = (node: Node | undefined, ...keys: string[]): Node => keys.reduce((n, k) => (n as MapNode).entries.get(k)!.value, node!)

test('a mapping of scalars resolves to text, bare keys from the variables, sorted', () => {
  const env = services(compose('\n      Z: 1\n      B: true\n      A: text\n      FROM_VAR:\n      UNSET:'), { environment: { FROM_VAR: 'var' } }).web!.environment
  assert.equal(Object.entries(env ?? {}), [['A', 'text'], ['B', 'true'], ['FROM_VAR', 'var'], ['UNSET', null], ['Z', '1']])
})

test('a list resolves like a mapping; env files are layered under it', () => {
  const env = services(compose('\n      - OVERRIDDEN=list\n      - FROM_VAR\n      - EMPTY=', '    env_file: web.env\n'), { environment: { FROM_VAR: 'var' } }).web!.environment
  assert.equal(Object.entries(env ?? {}), [['EMPTY', ''], ['FROM_FILE', 'file'], ['FROM_VAR', 'var'], ['OVERRIDDEN', 'list']])
})

// Resolving these would drop them (the value is no text) without a word; the schema check says where they are.
test('a value that is not a scalar is a schema error where it is written, not dropped', () => {
  const cases: [string, string, string][] = [
    ['\n      A:\n        b: 1\n      C: 3', 'services.web.environment.A', '6:9'],
    ['\n      A: [1, 2]', 'services.web.environment.A', '5:10'],
    ['\n      - A: 1\n      - B=2', 'services.web.environment[0]', '5:9'],
    ['\n      - B=2\n      -', 'services.web.environment[1]', '6:8'],
    [' FOO', 'services.web.environment', '4:18'],
    ['\n      - 5', 'services.web.environment[0]', '5:9'],
  ]
  for (const [environment, where, position] of cases) {
    for (const extra of ['', '    env_file: web.env\n']) {
      const { errors } = load(compose(environment, extra))
      assert.is(errors.length, 1, `${environment} ${extra}: ${JSON.stringify(errors)}`)
      assert.is(errors[0]!.code, 'SCHEMA_TYPE')
      assert.match(errors[0]!.message, where)
      assert.is(located(errors[0]!), position, environment)
    }
  }
})

test('an env_file entry without a path is a schema error, not skipped', () => {
  const cases: [string, string, string][] = [
    ['      - path: [1]', 'services.web.env_file[0].path', '6:15'],
    ['      - required: false', 'services.web.env_file[0]', '6:9'],
    ['      - web.env\n      - 3', 'services.web.env_file[1]', '7:9'],
    ['      - path: web.env\n        service: db', 'services.web.env_file[0]', '7:9'],
  ]
  for (const [envFile, where, position] of cases) {
    const { errors } = load(compose(' { A: x }', `    env_file:\n${envFile}\n`))
    assert.is(errors.length, 1, `${envFile}: ${JSON.stringify(errors)}`)
    assert.match(errors[0]!.message, where)
    assert.is(located(errors[0]!), position, envFile)
  }
})

test('an environment without a value is a schema error, as labels are; env files alone make one', () => {
  const { errors } = load(compose('', '    env_file: web.env\n'))
  assert.equal(errors.map((e) => `${e.code} ${located(e)}`), ['SCHEMA_TYPE 4:17'])
  const env = services({ ...compose(''), 'compose.yaml': 'services:\n  web:\n    image: nginx\n    env_file: web.env\n' }).web!.environment
  assert.equal(Object.entries(env ?? {}), [['FROM_FILE', 'file'], ['OVERRIDDEN', 'file']])
})

test('an entry keeps its key position; a sorted mapping of text is kept as written', () => {
  const sorted = load(compose('\n      A: x\n      B: "y"'))
  const root = sorted.project.sources.root
  assert.is(sorted.project.sources.span(['services', 'web', 'environment', 'B'], { key: true })?.start, sorted.project.sources.files.text('compose.yaml')!.indexOf('B:'))
  assert.is(at(root, 'services', 'web', 'environment', 'A').kind, 'scalar')
  const unsorted = load(compose('\n      B: 2\n      A: x'))
  const text = unsorted.project.sources.files.text('compose.yaml')!
  assert.is(unsorted.project.sources.span(['services', 'web', 'environment', 'B'], { key: true })?.start, text.indexOf('B:'))
  assert.is(unsorted.project.sources.span(['services', 'web', 'environment', 'B'])?.start, text.indexOf('2'))
  assert.equal([...(at(unsorted.project.sources.root, 'services', 'web', 'environment') as MapNode).entries.keys()], ['A', 'B'])
})

test('a bare entry whose variable is unset stays out of the environment with a note naming it', () => {
  for (const [environment, position] of [['\n      UNSET_VAR:\n      SET_VAR:', '5:7'], ['\n      - UNSET_VAR\n      - SET_VAR', '5:9']] as const) {
    const { diagnostics } = load(compose(environment), { environment: { SET_VAR: 'x' } })
    const notes = diagnostics.filter((d) => d.code === 'ENVIRONMENT_VARIABLE_UNSET')
    assert.equal(notes.map((d) => [d.severity, d.path.join('.'), located(d)]), [['info', 'services.web.environment.UNSET_VAR', position]], environment)
    assert.match(notes[0]!.message, '`UNSET_VAR` is not set')
  }
  // A service left out by its profile says nothing more.
  const inactive = load(compose('\n      UNSET_VAR:', '    profiles: [debug]\n')).diagnostics
  assert.equal(inactive.map((d) => d.code), ['PROFILE_INACTIVE'])
})


test('an env_file of format raw is read as docker run --env-file reads it: values as written', () => {
  const files = {
    'compose.yaml': 'services:\n  web:\n    image: nginx\n    env_file:\n      - path: raw.env\n        format: raw\n',
    'raw.env': '\uFEFF# comment\n\n  QUOTED="a # b"\nSUB=${HOME}/$USER\r\nSPACE= kept \nEMPTY=\nEQ=a=b\nFROM_VAR\nUNSET\n',
  }
  const env = services(files, { environment: { FROM_VAR: 'var', HOME: '/root' } }).web!.environment
  assert.equal(Object.entries(env ?? {}), [['EMPTY', ''], ['EQ', 'a=b'], ['FROM_VAR', 'var'], ['QUOTED', '"a # b"'], ['SPACE', ' kept '], ['SUB', '${HOME}/$USER']])
})

test('a raw env file line without a name, or with white space in it, is ENV_FILE_SYNTAX where it is', () => {
  const files = { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    env_file:\n      - path: raw.env\n        format: raw\n', 'raw.env': 'A=1\n=2\n  MY VAR=3\nB=4\n' }
  const { errors, project } = load(files)
  assert.equal(errors.map((e) => `${e.code} ${located(e)} ${e.message}`), ['ENV_FILE_SYNTAX 2:1 This line has no variable name before `=`.', 'ENV_FILE_SYNTAX 3:3 `MY VAR` cannot name a variable: it contains white space.'])
  assert.is(errors[0]!.location?.file, 'raw.env')
  assert.equal(Object.keys(project.model.services.web!.environment ?? {}), ['A', 'B'])
})

test('an env_file format compose has no reader for is ENV_FILE_SYNTAX at `format`, and the file is not read', () => {
  const files = { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    env_file:\n      - path: web.env\n        format: toml\n    environment: { A: x }\n', 'web.env': 'B=1\n' }
  const { errors, project } = load(files)
  assert.equal(errors.map((e) => `${e.code} ${located(e)}`), ['ENV_FILE_SYNTAX 6:17'])
  assert.match(errors[0]!.message, '`format: toml`')
  assert.equal(Object.keys(project.model.services.web!.environment ?? {}), ['A'])
})

test.run()
