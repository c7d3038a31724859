import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { load, located } from './load-helper.js'

const project = (include: string, files: Record<string, string> = {}) => load({ 'compose.yaml': `include:\n${include}\nservices:\n  web:\n    image: nginx\n`, 'ok.yaml': 'services:\n  other:\n    image: x\n', ...files })

test('an included file that does not exist is reported where it is named', () => {
  for (const [include, path, position] of [
    ['  - missing.yaml', ['include', 0], 'compose.yaml:2:5'],
    ['  - path: missing.yaml', ['include', 0, 'path'], 'compose.yaml:2:11'],
    ['  - path: [ok.yaml, missing.yaml]', ['include', 0, 'path', 1], 'compose.yaml:2:21'],
  ] as const) {
    const { errors } = project(include)
    assert.equal(errors.map((e) => e.code), ['FILE_NOT_FOUND'], include)
    assert.equal(errors[0]!.path, path, include)
    assert.is(located(errors[0]!, true), position, include)
  }
})

test('an include entry of the wrong shape is a schema error, not skipped or guessed at', () => {
  for (const [include, message, position] of [
    ['  - path: [1]', '`include[0].path[0]`', 'compose.yaml:2:12'],
    ['  - path: {a: b}', '`include[0].path`', 'compose.yaml:2:11'],
    ['  - [ok.yaml]', '`include[0]`', 'compose.yaml:2:5'],
  ] as const) {
    const { errors } = project(include)
    assert.equal(errors.map((e) => e.code), ['SCHEMA_TYPE'], include)
    assert.match(errors[0]!.message, message)
    assert.is(located(errors[0]!, true), position, include)
  }
})

test('the services of a well-formed include are imported, and the including file keeps its own', () => {
  const { project: loaded, errors } = project('  - ok.yaml')
  assert.equal(errors, [])
  assert.equal(Object.keys(loaded.model.services).sort(), ['other', 'web'])
})

test.run()
