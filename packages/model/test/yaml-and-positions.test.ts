import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { basenamePath, dirnamePath, joinPath, normalizePath } from '../src/index.js'
import { parseYaml } from '../src/yaml/parse-yaml.js'
import { spanOf } from '../src/yaml/node.js'
import { load } from './load-helper.js'

test('parseYaml keeps spans for keys and values, and merge tags', () => {
  const { documents, problems } = parseYaml('services:\n  web:\n    command: !reset null\n', 'c.yaml')
  assert.equal(problems, [])
  const root = documents[0]!
  assert.is(root.kind, 'map')
  const services = root.kind === 'map' ? root.entries.get('services')!.value : undefined
  const web = services?.kind === 'map' ? services.entries.get('web')! : undefined
  assert.equal(web && spanOf(web), { file: 'c.yaml', start: 12, end: 15 })
  const command = web?.value.kind === 'map' ? web.value.entries.get('command')!.value : undefined
  assert.is(command?.tag, '!reset')
})

test('parseYaml expands anchors and merge keys, explicit keys winning', () => {
  const { documents } = parseYaml('x: &base { a: 1, b: 2 }\ny:\n  <<: *base\n  b: 3\n', 'c.yaml')
  const root = documents[0]!
  const y = root.kind === 'map' ? root.entries.get('y')!.value : undefined
  assert.equal(y?.kind === 'map' ? [...y.entries.keys()] : [], ['b', 'a'])
  const b = y?.kind === 'map' ? y.entries.get('b')!.value : undefined
  assert.is(b?.kind === 'scalar' ? b.value : undefined, 3)
})

test('parseYaml reads leading-zero numbers as octal, as compose does', () => {
  const { documents } = parseYaml('mode: 0440\nport: 80\n', 'c.yaml')
  const root = documents[0]!
  const mode = root.kind === 'map' ? root.entries.get('mode')!.value : undefined
  assert.is(mode?.kind === 'scalar' ? mode.value : undefined, 0o440)
})

test('parseYaml stops alias bombs with YAML_ALIAS_LIMIT', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
  for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`)
  const started = Date.now()
  const { problems } = parseYaml(lines.join('\n') + '\n', 'bomb.yaml')
  assert.equal(problems.map((p) => p.code), ['YAML_ALIAS_LIMIT'])
  assert.ok(Date.now() - started < 5000)
})

test('an indentation error points at the key it is about, not at the line\'s first column', () => {
  const text = 'services:\n  web:\n    environment:\n      - A=1\n      B: 2\n'
  const [problem] = parseYaml(text, 'c.yaml').problems
  assert.is(problem?.code, 'YAML_SYNTAX')
  assert.is(text.slice(problem!.span!.start, problem!.span!.end), 'B')
  const item = 'a:\n  - x: 1\n   y: 2\n'
  const [missing] = parseYaml(item, 'c.yaml').problems
  assert.is(item.slice(missing!.span!.start, missing!.span!.end), 'y')
  // A span that is not in a line's indentation stays where yaml put it.
  const flow = 'a: [1, 2\n'
  const [open] = parseYaml(flow, 'c.yaml').problems
  assert.ok(open!.span!.start > 0)
})

test('parseYaml reports syntax errors, duplicate keys and unknown tags with spans', () => {
  assert.equal(parseYaml('a: [1, 2\n', 'c.yaml').problems.map((p) => p.code), ['YAML_SYNTAX'])
  const dup = parseYaml('a: 1\na: 2\n', 'c.yaml').problems
  assert.is(dup[0]?.code, 'DUPLICATE_KEY')
  assert.is(dup[0]?.message, 'The key `a` appears twice in this mapping.')
  assert.equal(dup[0]?.span, { file: 'c.yaml', start: 5, end: 6 })
  assert.is(parseYaml('a: !Ref b\n', 'c.yaml').problems[0]?.code, 'UNKNOWN_TAG')
})

test('values from an override file point at that file', () => {
  const { project } = load(
    { 'a.yaml': 'services:\n  web:\n    image: a\n', 'b.yaml': 'services:\n  web:\n    image: b\n    ports: ["80"]\n' },
    { files: ['a.yaml', 'b.yaml'] },
  )
  assert.equal(project.sources.locate(['services', 'web', 'image'])?.file, 'b.yaml')
  assert.equal(project.sources.locate(['services', 'web', 'ports', 0, 'target'])?.start, { line: 4, column: 13, offset: 42 })
})

test('values from an extends base point at the base file; environment keys at their list entry', () => {
  const { project } = load({
    'compose.yaml': 'services:\n  web:\n    extends: { file: base.yaml, service: b }\n',
    'base.yaml': 'services:\n  b:\n    image: x\n    environment: [A=1, B=2]\n',
  })
  const loc = project.sources.locate(['services', 'web', 'environment', 'B'])
  assert.equal(loc?.file, 'base.yaml')
  assert.equal(loc?.start.line, 4)
  assert.equal(loc?.start.column, 24)
})

test('posix path helpers keep relative paths relative', () => {
  assert.is(joinPath('.', './a/../b'), 'b')
  assert.is(joinPath('dir', '../../x'), '../x')
  assert.is(joinPath('dir', '/abs'), '/abs')
  assert.is(normalizePath('/a/./b//c/..'), '/a/b')
  assert.is(dirnamePath('a/b/c.yaml'), 'a/b')
  assert.is(dirnamePath('c.yaml'), '.')
  assert.is(basenamePath('/x/my-app/'), 'my-app')
})

test('the loader never changes Object.prototype, whatever the keys', () => {
  const { project } = load({
    'compose.yaml': 'services:\n  __proto__:\n    image: x\n    environment: { __proto__: polluted, constructor: c }\n    labels: [__proto__=1]\nx-prototype: { __proto__: { polluted: true } }\n',
  })
  assert.is(({} as Record<string, unknown>).polluted, undefined)
  assert.ok(Object.hasOwn(project.model.services, '__proto__'))
})

test.run()
