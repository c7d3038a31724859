import type { ResourceGraph } from '@composeform/model'
import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cfnJson, cfnYaml, parseCfnYaml } from '../src/index.js'
import { graph } from './arbitraries.js'
import { richGraph } from './graphs.js'
import { loadWithJsYaml } from './js-yaml-cfn.js'

/**
 * JSON and YAML (short and long form) of one graph say the same, read by yaml and by js-yaml:
 * what each reads, written as JSON, is `template.json` byte for byte (values, types and key
 * order; uvu's deep equal would trip over a key named `constructor`).
 */
function assertSameTemplate(g: ResourceGraph): void {
  const json = cfnJson.emit(g).value[0]!.contents
  for (const shortForm of [true, false]) {
    const yaml = cfnYaml.emit(g, { shortForm }).value[0]!.contents
    const form = shortForm ? 'short' : 'long'
    assert.is(JSON.stringify(parseCfnYaml(yaml), null, 2) + '\n', json, `yaml reads the ${form}-form YAML as the JSON says`)
    assert.is(JSON.stringify(loadWithJsYaml(yaml), null, 2) + '\n', json, `js-yaml reads the ${form}-form YAML as the JSON says`)
  }
}

test('rich graph: JSON = YAML read by yaml = YAML read by js-yaml', () => {
  assertSameTemplate(richGraph())
})

test('rich graph with an overlay', () => {
  assertSameTemplate({
    ...richGraph(),
    overlay: {
      Mappings: { Region: { 'us-east-1': { Ami: 'ami-1', On: 'on' } } },
      Resources: {
        Instance: { Properties: { Tags: [{ Key: 'yes', Value: { 'Fn::FindInMap': ['Region', { Ref: 'AWS::Region' }, 'Ami'] } }], ImageId: null } },
        Extra: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Base64': { 'Fn::Sub': ['${A}', { A: '0755' }] } } } },
      },
    },
  })
})

test('random graphs and overlays (fast-check, seeded)', () => {
  fc.assert(fc.property(graph, assertSameTemplate), { seed: 20_240_601, numRuns: 300 })
})

test('deterministic: the same graph gives the same bytes', () => {
  for (const emitter of [cfnJson, cfnYaml]) {
    const a = emitter.emit(richGraph()).value[0]!.contents
    const b = emitter.emit(richGraph()).value[0]!.contents
    assert.is(a, b)
  }
  fc.assert(
    fc.property(graph, (g) => {
      const copy = JSON.parse(JSON.stringify(g)) as ResourceGraph
      assert.is(cfnYaml.emit(copy).value[0]!.contents, cfnYaml.emit(g).value[0]!.contents)
      assert.is(cfnJson.emit(copy).value[0]!.contents, cfnJson.emit(g).value[0]!.contents)
    }),
    { seed: 7, numRuns: 100 },
  )
})

test.run()
