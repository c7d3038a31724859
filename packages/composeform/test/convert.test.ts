import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, createEmitterRegistry, parseCfnYaml, type Emitter } from '../src/index.js'

const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n'

test('one call from in-memory compose files to a CloudFormation template', () => {
  const { files, diagnostics, graph } = convert({ sources: { 'compose.yaml': compose }, projectName: 'shop' })
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), [])
  assert.equal(files.map((f) => f.path), ['template.yaml'])
  const template = parseCfnYaml(files[0]!.contents) as { Resources: Record<string, { Type: string }> }
  assert.is(template.Resources.WebService?.Type, 'AWS::ECS::Service')
  assert.ok(graph?.nodes.some((n) => n.id === 'WebTCP80Listener'))
})

test('several emitters by name, with per-emitter options', () => {
  const { files } = convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-json', 'cfn-yaml'], emitterOptions: { 'cfn-json': { indent: 4 } } })
  assert.equal(files.map((f) => f.path), ['template.json', 'template.yaml'])
  assert.match(files[0]!.contents, '\n    "Description"')
})

test('a third-party emitter plugs in through the registry', () => {
  const counter: Emitter = {
    name: 'resource-count',
    emit(graph) {
      return { value: [{ path: 'count.txt', contents: `${graph.nodes.length}\n` }], diagnostics: [] }
    },
  }
  const registry = createEmitterRegistry().register(counter)
  const { files } = convert({ sources: { 'compose.yaml': compose }, emit: ['resource-count'], registry })
  assert.equal(files, [{ path: 'count.txt', contents: `${convert({ sources: { 'compose.yaml': compose } }).graph!.nodes.length}\n` }])
  assert.throws(() => createEmitterRegistry().register(counter).register(counter), /already registered/)
})

test('errors in the input give diagnostics with positions and no files; never an exception', () => {
  const result = convert({ sources: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    privileged: true\n' } })
  assert.equal(result.files, [])
  const error = result.diagnostics.find((d) => d.severity === 'error')!
  assert.is(error.code, 'PRIVILEGED_UNSUPPORTED')
  assert.equal(error.location?.start.line, 4)
  const broken = convert({ sources: { 'compose.yaml': 'services: [' } })
  assert.is(broken.diagnostics[0]?.code, 'YAML_SYNTAX')
  assert.equal(broken.files, [])
})

test('severity overrides and modes apply across stages', () => {
  const yaml = 'services:\n  web:\n    image: nginx\n    hostname: x\n'
  assert.equal(convert({ sources: { 'compose.yaml': yaml }, mode: 'strict' }).files, [])
  const relaxed = convert({ sources: { 'compose.yaml': yaml }, mode: 'strict', severity: { UNSUPPORTED_ATTRIBUTE: 'warning' } })
  assert.equal(relaxed.files.length, 1)
  const quiet = convert({ sources: { 'compose.yaml': yaml }, severity: { UNSUPPORTED_ATTRIBUTE: 'off', DEFAULT_APPLIED: 'off' } })
  assert.equal(quiet.diagnostics, [])
})

test('an unknown emitter name is the caller\'s mistake and throws', () => {
  assert.throws(() => convert({ sources: { 'compose.yaml': compose }, emit: ['pdf'] }), /unknown emitter pdf/)
})

test.run()
