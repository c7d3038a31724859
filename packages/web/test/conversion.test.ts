import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertPage } from '../src/conversion.js'
import { mermaidFile } from '../src/diagram-mermaid.js'
import { sampleFiles } from '../src/sample.js'

test('the sample converts without errors into every output the page shows', () => {
  const output = convertPage({ files: sampleFiles, mode: 'default' })
  assert.equal(output.diagnostics.filter((d) => d.severity === 'error'), [])
  assert.match(output.template!.yaml.contents, /^AWSTemplateFormatVersion/)
  assert.ok(JSON.parse(output.template!.json.contents).Resources.ApiService)
  assert.equal(output.ecs.files.map((f) => f.path).filter((p) => p.endsWith('.taskdef.json')), ['ecs/api.taskdef.json', 'ecs/frontend.taskdef.json'])
  assert.match(mermaidFile(output)!.contents, /^flowchart LR/)
  assert.match(output.template!.yaml.contents, 'LOG_LEVEL', 'the override file is merged')
  assert.match(output.template!.yaml.contents, 'acme/api:1.4.2', 'the .env is read')
})

test('a blank override file is left out, as if it did not exist', () => {
  const output = convertPage({ files: { ...sampleFiles, 'compose.override.yaml': '  \n' }, mode: 'default' })
  assert.equal(output.diagnostics.filter((d) => d.severity === 'error'), [])
  assert.not.ok(output.diagnostics.some((d) => d.location?.file === 'compose.override.yaml'))
})

test('errors give positioned diagnostics and no outputs', () => {
  const output = convertPage({ files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    privileged: true\n' }, mode: 'default' })
  const error = output.diagnostics.find((d) => d.severity === 'error')!
  assert.is(error.location?.file, 'compose.yaml')
  assert.is(error.location?.start.line, 4)
  assert.is(output.template, undefined)
  assert.equal(output.ecs.files, [])
  assert.is(mermaidFile(output), undefined)
})

test('the ECS emitters keep their placeholder notes to themselves', () => {
  const output = convertPage({ files: sampleFiles, mode: 'default' })
  assert.ok(output.ecs.diagnostics.some((d) => d.code === 'PLACEHOLDER_VALUE'))
  assert.not.ok(output.diagnostics.some((d) => d.code === 'PLACEHOLDER_VALUE'))
})

test('the project name field wins over name:', () => {
  const output = convertPage({ files: sampleFiles, mode: 'default', projectName: 'shop' })
  assert.match(output.template!.yaml.contents, 'project shop on')
})

test.run()
