import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const web = 'services:\n  web:\n    image: nginx\n'
// Files outside the project that a hostile compose file might name; none may ever be read.
const secrets: Readonly<Record<string, string>> = {
  '/etc/passwd': 'services:\n  x:\n    image: nginx\n',
  '/etc/shadow': 'ROOT_HASH=secret\n',
  '../../etc/passwd': 'services:\n  x:\n    image: nginx\n',
  '../../x.yaml': 'services:\n  stolen:\n    image: nginx\n',
  '../secret.env': 'LEAKED=secret\n',
  '../app/x.yaml': 'services:\n  stolen:\n    image: nginx\n',
}

/** Runs the project with the files outside it present, so that a read would succeed. */
function run(project: Readonly<Record<string, string>>) {
  const sources = { ...secrets, ...project }
  const { result } = convertBounded(sources, { files: ['compose.yaml'] })
  assertWellFormed(result, sources)
  return { result }
}

function expectRefused(project: Readonly<Record<string, string>>, count = 1) {
  const { result } = run(project)
  assert.equal(errorCodes(result), Array(count).fill('PATH_OUTSIDE_PROJECT'), describe(result))
  assert.not.match(JSON.stringify(result.project.model), /LEAKED|ROOT_HASH|stolen/, 'content of a refused file reached the model')
  return result
}

test('`extends.file` with `..` leading out of the project is PATH_OUTSIDE_PROJECT, with the path and a hint', () => {
  const result = expectRefused({ 'compose.yaml': 'services:\n  web:\n    extends: {file: ../../etc/passwd, service: x}\n' })
  const d = result.diagnostics[0]!
  assert.match(d.message, /`\.\.\/\.\.\/etc\/passwd` is outside the project directory/)
  assert.ok(d.hint && d.location?.start.line === 3)
  assert.equal(d.path, ['services', 'web', 'extends', 'file'])
})

test('`extends.file` with an absolute path is PATH_OUTSIDE_PROJECT', () => {
  const result = expectRefused({ 'compose.yaml': 'services:\n  web:\n    extends: {file: /etc/passwd, service: x}\n' })
  assert.match(result.diagnostics[0]!.message, /is an absolute path/)
})

test('`include` of `../../x.yaml`, `/etc/passwd` and the long form', () => {
  expectRefused({ 'compose.yaml': 'include: [../../x.yaml]\n' + web })
  expectRefused({ 'compose.yaml': 'include: [/etc/passwd]\n' + web })
  expectRefused({ 'compose.yaml': 'include:\n  - path: [ok.yaml, ../../x.yaml]\n' + web, 'ok.yaml': 'services: {ok: {image: nginx}}\n' })
})

test('`env_file: /etc/shadow`, `../secret.env` and `a/../../secret.env`, short and long form, required or not', () => {
  expectRefused({ 'compose.yaml': web + '    env_file: /etc/shadow\n' })
  expectRefused({ 'compose.yaml': web + '    env_file: [../secret.env, {path: "a/../../secret.env", required: false}]\n' }, 2)
})

test('the `env_file` and `project_directory` of an include entry', () => {
  expectRefused({ 'compose.yaml': 'include:\n  - path: sub/c.yaml\n    env_file: [/etc/shadow]\n' + web, 'sub/c.yaml': web })
  expectRefused({ 'compose.yaml': 'include:\n  - path: sub/c.yaml\n    project_directory: ..\n' + web, 'sub/c.yaml': web })
})

test('an included file cannot climb out either: its `..` is measured from the project directory', () => {
  expectRefused({ 'compose.yaml': 'include: [sub/c.yaml]\n' + web, 'sub/c.yaml': 'include: [../../x.yaml]\nservices: {c: {image: nginx}}\n' })
  expectRefused({ 'compose.yaml': 'include: [sub/c.yaml]\n' + web, 'sub/c.yaml': 'services:\n  c:\n    image: nginx\n    env_file: ../../secret.env\n' })
})

test('paths inside the project, with `./`, `..` that stays inside, and in subdirectories, are read', () => {
  const project = {
    'compose.yaml': 'include: [sub/c.yaml]\nservices:\n  web:\n    extends: {file: ./sub/../sub/base.yaml, service: b}\n    env_file: [sub/../ok.env]\n',
    'sub/c.yaml': 'services:\n  c:\n    extends: {file: ../sub/base.yaml, service: b}\n    env_file: ../ok.env\n',
    'sub/base.yaml': 'services:\n  b:\n    image: nginx\n',
    'ok.env': 'OK=1\n',
  }
  const { result } = run(project)
  assert.equal(errorCodes(result), [], describe(result))
  assert.is(result.project.model.services['c']?.environment?.['OK'], '1')
})

test('a project directory given by the caller widens what is inside; the `-f` files’ own directories count too', () => {
  const sources = { ...secrets, 'app/compose.yaml': 'services:\n  web:\n    extends: {file: ../lib/base.yaml, service: b}\n', 'lib/base.yaml': 'services:\n  b:\n    image: nginx\n' }
  const narrow = convertBounded(sources, { files: ['app/compose.yaml'] }).result
  assert.equal(errorCodes(narrow), ['PATH_OUTSIDE_PROJECT'])
  const wide = convertBounded(sources, { files: ['app/compose.yaml'], projectDirectory: '.' }).result
  assert.equal(errorCodes(wide), [], describe(wide))
  const override = { ...sources, 'lib/override.yaml': 'services:\n  web:\n    extends: {file: base.yaml, service: b}\n' }
  const both = convertBounded(override, { files: ['app/compose.yaml', 'lib/override.yaml'], projectDirectory: 'app' }).result
  assert.equal(errorCodes(both), [], 'lib/ is the directory of a -f file, so lib/base.yaml is inside')
})

test('a refused path is never handed to the host', () => {
  const sources: Record<string, string> = { ...secrets, 'compose.yaml': 'include: [../../x.yaml]\nservices:\n  web:\n    image: nginx\n    env_file: [/etc/shadow, ../secret.env]\n    extends: {file: /etc/passwd, service: x}\n' }
  const read: string[] = []
  const host = { readFile: (path: string) => (read.push(path), sources[path]), resolve: (from: string, relative: string) => (from === '.' ? relative : `${from}/${relative}`) }
  const { result } = convertBounded({}, { files: ['compose.yaml'], host })
  assert.equal(errorCodes(result), Array(4).fill('PATH_OUTSIDE_PROJECT'))
  assert.equal(read.filter((p) => Object.hasOwn(secrets, p)), [])
})

test.run()
