import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cfnJson, toTemplate } from '../src/index.js'
import { richGraph } from './graphs.js'

test('one file, template.json, with 2-space indent and a final newline', () => {
  const { value, diagnostics } = cfnJson.emit(richGraph())
  assert.is(cfnJson.name, 'cfn-json')
  assert.equal(diagnostics, [])
  assert.is(value.length, 1)
  assert.is(value[0]!.path, 'template.json')
  assert.is(value[0]!.contents, JSON.stringify(toTemplate(richGraph()), null, 2) + '\n')
  assert.ok(value[0]!.contents.startsWith('{\n  "AWSTemplateFormatVersion": "2010-09-09",\n'))
})

test('the indent option', () => {
  const contents = cfnJson.emit(richGraph(), { indent: 0 }).value[0]!.contents
  assert.is(contents, JSON.stringify(toTemplate(richGraph())) + '\n')
  assert.ok(cfnJson.emit(richGraph(), { indent: 4 }).value[0]!.contents.startsWith('{\n    "AWS'))
})

test.run()
