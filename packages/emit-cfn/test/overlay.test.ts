import { ref } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { toTemplate } from '../src/index.js'
import { mergeOverlay } from '../src/overlay.js'
import { deepFreeze, graphOf, node } from './helpers.js'

const base = () =>
  graphOf({
    description: 'base',
    nodes: [
      node('Group', { Name: 'g', Tags: [{ Key: 'a', Value: '1' }], Health: { Path: '/', Matcher: { HttpCode: '200' }, Interval: 30 } }),
      node('Service', { Cluster: ref('Group'), Count: 1 }, { type: 'AWS::ECS::Service', dependsOn: ['Group'] }),
    ],
    outputs: [{ id: 'Out', description: 'o', value: ref('Group') }],
  })

type Resources = Record<string, Record<string, unknown> & { Properties: Record<string, unknown> }>
const resources = (overlay: Record<string, unknown>) => toTemplate({ ...base(), overlay }).Resources as Resources

test('maps merge key by key; kept keys keep their place, new ones come last', () => {
  const r = resources({ Resources: { Group: { Properties: { Health: { Matcher: { HttpCode: '200-499' }, Timeout: 5 } } } } })
  assert.equal(r.Group!.Properties.Health, { Path: '/', Matcher: { HttpCode: '200-499' }, Interval: 30, Timeout: 5 })
  assert.equal(Object.keys(r.Group!.Properties), ['Name', 'Tags', 'Health'])
  assert.equal(r.Service!.Properties, { Cluster: { Ref: 'Group' }, Count: 1 })
})

test('lists are replaced wholesale', () => {
  const r = resources({ Resources: { Group: { Properties: { Tags: [{ Key: 'b', Value: '2' }] } }, Service: { DependsOn: [] } } })
  assert.equal(r.Group!.Properties.Tags, [{ Key: 'b', Value: '2' }])
  assert.equal(r.Service!.DependsOn, [])
})

test('null deletes a key: a property, an attribute, a resource, a section', () => {
  const t = toTemplate({
    ...base(),
    overlay: { Description: null, Outputs: null, Resources: { Group: { Properties: { Health: { Matcher: null } } }, Service: { DependsOn: null } } },
  })
  assert.not.ok('Description' in t)
  assert.not.ok('Outputs' in t)
  const r = t.Resources as Resources
  assert.equal(r.Group!.Properties.Health, { Path: '/', Interval: 30 })
  assert.equal(Object.keys(r.Service!), ['Type', 'Properties'])
  assert.equal(Object.keys(resources({ Resources: { Service: null } })), ['Group'])
})

test('a section emptied by the overlay is left out', () => {
  const t = toTemplate({ ...base(), overlay: { Outputs: { Out: null } } })
  assert.not.ok('Outputs' in t)
})

test('new resources are added, sorted in by id; nulls inside them are dropped, nulls in lists kept', () => {
  const r = resources({
    Resources: {
      Alarm: { Type: 'AWS::CloudWatch::Alarm', Properties: { Dimensions: [{ Name: 'x', Value: null }], Unit: null, Threshold: 1 } },
      Zebra: { Type: 'AWS::SNS::Topic' },
    },
  })
  assert.equal(Object.keys(r), ['Alarm', 'Group', 'Service', 'Zebra'])
  assert.equal(r.Alarm, { Type: 'AWS::CloudWatch::Alarm', Properties: { Dimensions: [{ Name: 'x', Value: null }], Threshold: 1 } })
})

test('sections only an overlay adds are placed in CloudFormation order, unknown ones last', () => {
  const t = toTemplate({
    ...base(),
    overlay: { Zzz: 1, Mappings: { M: { K: { V: 'x' } } }, Transform: 'AWS::Serverless-2016-10-31', Metadata: { A: 1 }, Parameters: { P: { Type: 'String' } } },
  })
  assert.equal(Object.keys(t), ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Transform', 'Resources', 'Outputs', 'Zzz'])
})

test('a map replaces a scalar or list, and a scalar replaces a map', () => {
  const r = resources({ Resources: { Group: { Properties: { Name: { 'Fn::Sub': '${AWS::StackName}-g' }, Health: 'none', Tags: { Key: 'x', Gone: null } } } } })
  assert.equal(r.Group!.Properties, { Name: { 'Fn::Sub': '${AWS::StackName}-g' }, Tags: { Key: 'x' }, Health: 'none' })
})

test('the overlay is read as JSON: undefined members vanish, __proto__ stays a key', () => {
  const overlay = JSON.parse('{"Resources": {"Group": {"Properties": {"__proto__": {"polluted": true}}}}}') as Record<string, unknown>
  const r = resources({ ...overlay, Skipped: undefined })
  const props = r.Group!.Properties
  assert.ok(Object.hasOwn(props, '__proto__'))
  assert.is(Object.getPrototypeOf(props), Object.prototype)
  assert.is(({} as Record<string, unknown>).polluted, undefined)
  assert.not.ok('Skipped' in toTemplate({ ...base(), overlay: { Skipped: undefined } }))
})

test('neither the generated template nor the overlay is changed', () => {
  const generated = deepFreeze({ A: { B: [1], C: { D: 1 } } })
  const overlay = deepFreeze({ A: { B: [2], C: { D: null, E: 2 } } })
  assert.equal(mergeOverlay(generated, overlay), { A: { B: [2], C: { E: 2 } } })
  const graph = deepFreeze({ ...base(), overlay: { Resources: { Group: { Properties: { Name: 'h' } } } } })
  assert.equal((toTemplate(graph).Resources as Resources).Group!.Properties.Name, 'h')
})

test.run()
