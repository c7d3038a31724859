import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, convertCompose, createEmitterRegistry, type ConvertOptions } from '../src/index.js'

const sources = {
  'compose.yaml': 'x-base: &base\n  image: redis:7\nservices:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n  cache:\n    <<: *base\n',
  'compose.override.yaml': 'services:\n  web:\n    environment:\n      MODE: production\n',
}

test('convertCompose gives what convert gives for compose files alone', () => {
  const options = { sources, files: ['compose.yaml', 'compose.override.yaml'], emit: ['cfn-yaml', 'cfn-json', 'mermaid'], projectName: 'shop' }
  const full = convert(options)
  const compose = convertCompose({ ...options, registry: createEmitterRegistry() })
  assert.equal(compose.files, full.files)
  assert.equal(compose.diagnostics, full.diagnostics)
  assert.ok(full.files.length === 3)
})

test('convertCompose without a registry knows the deployment emitters, and says what graph-json and mermaid need', () => {
  const files = convertCompose({ sources, emit: ['cfn-yaml', 'cfn-json', 'ecs-json', 'ecs-services-json'] }).files.map((f) => f.path)
  assert.equal(files, ['template.yaml', 'template.json', 'ecs/cache.taskdef.json', 'ecs/web.taskdef.json', 'ecs/cache.service.json', 'ecs/web.service.json'])
  for (const name of ['mermaid', 'graph-json']) assert.throws(() => convertCompose({ sources, emit: [name] }), /need `registry: createEmitterRegistry\(\)`, or `convert`/)
  assert.is(convert({ sources, emit: ['mermaid'] }).files[0]!.path, 'graph.mmd')
})

test('convertCompose refuses the options of the steps it leaves out, as the caller’s mistake', () => {
  const asked: ConvertOptions[] = [
    { sources, patches: [{ path: 'p.json', text: '[]' }] },
    { sources, ecsParams: { path: 'ecs-params.yml', text: 'version: 1\n' } },
    { sources, nestedStacks: true },
  ]
  for (const options of asked) assert.throws(() => convertCompose(options as never), /needs `convert`/)
  // An empty patch list asks for nothing.
  assert.ok(convertCompose({ sources, patches: [] } as never).files.length === 1)
})

test.run()
