import { literal, noValue, ref, sub, type Value } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { toTemplate } from '../src/index.js'
import { richGraph } from './graphs.js'
import { deepFreeze, graphOf, node, rendered } from './helpers.js'

test('an empty graph has only the format version', () => {
  assert.equal(toTemplate(graphOf()), { AWSTemplateFormatVersion: '2010-09-09' })
  assert.equal(Object.keys(toTemplate(graphOf({ description: 'd' }))), ['AWSTemplateFormatVersion', 'Description'])
})

test('sections come in template order', () => {
  assert.equal(Object.keys(toTemplate(richGraph())), ['AWSTemplateFormatVersion', 'Description', 'Parameters', 'Conditions', 'Resources', 'Outputs'])
})

test('parameters: every field, empty ones left out', () => {
  const t = toTemplate(richGraph())
  assert.equal(t.Parameters, {
    Environment: { Type: 'String', Description: 'Where it runs', Default: 'prod', AllowedValues: ['prod', 'staging', 'yes'] },
    Secret: { Type: 'String', Description: 'A secret', NoEcho: true },
    Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' },
  })
  const p = toTemplate(graphOf({ parameters: [{ id: 'P', type: 'String', description: 'x', allowedValues: [], noEcho: false }] })).Parameters
  assert.equal(p, { P: { Type: 'String', Description: 'x' } })
})

test('conditions: Equals, Not (a one-item list), And, Or, Condition', () => {
  assert.equal(toTemplate(richGraph()).Conditions, {
    Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] }] },
    Either: { 'Fn::Or': [{ Condition: 'IsProd' }, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Secret' }, ''] }] }] },
    IsNotProd: { 'Fn::Not': [{ Condition: 'IsProd' }] },
    IsProd: { 'Fn::Equals': [{ Ref: 'Environment' }, 'prod'] },
  })
})

test('resources: attributes in order; empty DependsOn and Properties left out', () => {
  const r = toTemplate(richGraph()).Resources as Record<string, Record<string, unknown>>
  assert.equal(r.Bucket, { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' })
  assert.equal(Object.keys(r.Database!), ['Type', 'Condition', 'DependsOn', 'DeletionPolicy', 'Properties'])
  assert.equal(r.Database!.DependsOn, ['Bucket'])
  const full = toTemplate(graphOf({ nodes: [node('A', { X: 1 }, { condition: 'C', dependsOn: ['B'], deletionPolicy: 'Delete', updateReplacePolicy: 'Retain' })] }))
  assert.equal(Object.keys((full.Resources as Record<string, object>).A!), ['Type', 'Condition', 'DependsOn', 'DeletionPolicy', 'UpdateReplacePolicy', 'Properties'])
})

test('outputs: Description, Value, Condition', () => {
  assert.equal(toTemplate(richGraph()).Outputs, {
    BucketArn: { Description: 'The bucket', Value: { 'Fn::GetAtt': ['Bucket', 'Arn'] } },
    DatabaseAddress: { Value: { 'Fn::GetAtt': ['Database', 'Endpoint.Address'] }, Condition: 'IsProd' },
    Url: { Description: 'Sub in If', Value: { 'Fn::If': ['IsProd', { 'Fn::Sub': 'https://${Database.Endpoint.Address}/' }, 'none'] } },
  })
})

test('entries are sorted by id (code units, not locale); property keys keep their order', () => {
  const t = toTemplate(
    graphOf({
      nodes: [node('b'), node('B'), node('a', { Zeta: 1, Alpha: 2, Mid: { z: 1, a: 2 } }), node('A')],
      outputs: [{ id: 'Z', description: '', value: 1 }, { id: 'Y', description: '', value: 2 }],
    }),
  )
  assert.equal(Object.keys(t.Resources!), ['A', 'B', 'a', 'b'])
  assert.equal(Object.keys(t.Outputs!), ['Y', 'Z'])
  const a = (t.Resources as Record<string, { Properties: { Mid: object } }>).a!
  assert.equal(Object.keys(a.Properties), ['Zeta', 'Alpha', 'Mid'])
  assert.equal(Object.keys(a.Properties.Mid), ['z', 'a'])
})

const cases: [string, Value, unknown][] = [
  ['Ref', ref('Bucket'), { Ref: 'Bucket' }],
  ['Ref to a pseudo parameter', ref('AWS::Region'), { Ref: 'AWS::Region' }],
  ['GetAtt', ref('Bucket', 'Arn'), { 'Fn::GetAtt': ['Bucket', 'Arn'] }],
  ['GetAtt of a dotted attribute', ref('Db', 'Endpoint.Address'), { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
  ['Sub', sub('arn:', ref('AWS::Partition'), ':s3:::', ref('Bucket'), '/*'), { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' }],
  ['Sub with GetAtt', sub(ref('Db', 'Endpoint.Address'), ':5432'), { 'Fn::Sub': '${Db.Endpoint.Address}:5432' }],
  ['Sub escapes a literal ${', sub('echo ${HOME} ', ref('B')), { 'Fn::Sub': 'echo ${!HOME} ${B}' }],
  ['Sub escapes ${ split over two parts', sub('cost: $', '{x}'), { 'Fn::Sub': 'cost: ${!x}' }],
  ['Sub keeps a literal ${! literal', sub('${!x}'), { 'Fn::Sub': '${!!x}' }],
  ['Sub leaves a lone $ alone', sub('$5 ', ref('B'), ' $'), { 'Fn::Sub': '$5 ${B} $' }],
  ['Join', { $join: [',', ['a', ref('B')]] }, { 'Fn::Join': [',', ['a', { Ref: 'B' }]] }],
  ['If with NoValue', { $if: ['C', 'x', noValue] }, { 'Fn::If': ['C', 'x', { Ref: 'AWS::NoValue' }] }],
  ['Select of GetAZs', { $select: [0, { $getAZs: '' }] }, { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
  ['Split', { $split: [',', ref('P')] }, { 'Fn::Split': [',', { Ref: 'P' }] }],
  ['Base64', { $base64: 'x' }, { 'Fn::Base64': 'x' }],
  ['ImportValue', { $import: 'Shared-Vpc' }, { 'Fn::ImportValue': 'Shared-Vpc' }],
  ['Sub inside If', { $if: ['C', sub('a-', ref('B')), 'b'] }, { 'Fn::If': ['C', { 'Fn::Sub': 'a-${B}' }, 'b'] }],
  [
    'GetAtt inside Join inside Select',
    { $select: [1, [{ $join: ['-', [ref('Db', 'Endpoint.Port'), 'x']] }, 'y']] },
    { 'Fn::Select': [1, [{ 'Fn::Join': ['-', [{ 'Fn::GetAtt': ['Db', 'Endpoint.Port'] }, 'x']] }, 'y']] },
  ],
  ['Base64 of Sub', { $base64: sub('#!/bin/sh\necho ', ref('B')) }, { 'Fn::Base64': { 'Fn::Sub': '#!/bin/sh\necho ${B}' } }],
  ['ImportValue of Sub', { $import: sub(ref('AWS::StackName'), '-Vpc') }, { 'Fn::ImportValue': { 'Fn::Sub': '${AWS::StackName}-Vpc' } }],
  ['intrinsics inside lists and maps', [{ A: ref('B') }, [ref('C', 'Arn')]], [{ A: { Ref: 'B' } }, [{ 'Fn::GetAtt': ['C', 'Arn'] }]]],
]
for (const [name, value, expected] of cases) test(`intrinsic: ${name}`, () => assert.equal(rendered(value), expected))

test('a map whose $-keys do not have an intrinsic shape stays a map', () => {
  // A user's Docker label or log option may be named like an intrinsic.
  const labels = { $sub: 'text', $ref: 'x', other: 'y' } as unknown as Value
  assert.equal(rendered(labels), { $sub: 'text', $ref: 'x', other: 'y' })
  assert.equal(rendered({ $join: 'x' } as unknown as Value), { $join: 'x' })
  assert.equal(rendered({ $getAZs: 'eu-west-1' } as unknown as Value), { $getAZs: 'eu-west-1' })
  assert.equal(rendered({ $unknown: 1 } as unknown as Value), { $unknown: 1 })
  const misshapen = [
    { $ref: 'A', attribute: 1 },
    { $ref: 1 },
    { $sub: ['a', 1] },
    { $sub: 'a' },
    { $if: ['C', 'a'] },
    { $select: ['0', ['a']] },
    { $split: [1, 'a'] },
    { $join: [',', 'a'] },
  ] as unknown as Value[]
  for (const value of misshapen) assert.equal(rendered(value), value)
})

test('a duplicate id is a bug and throws', () => {
  assert.throws(() => toTemplate(graphOf({ nodes: [node('A'), node('A')] })), /Resources has two entries with id `A`/)
})

test('the graph is not changed', () => {
  const graph = deepFreeze(richGraph())
  const before = JSON.stringify(graph)
  toTemplate(graph)
  assert.is(JSON.stringify(graph), before)
})

test('a literal map is written as it is: `$ref` or `$base64` keys are the user\'s text', () => {
  assert.equal(rendered(literal({ $ref: 'Nope' })), { $ref: 'Nope' })
  assert.equal(rendered({ L: literal({ $base64: 'z', attribute: 'x' }) }), { L: { $base64: 'z', attribute: 'x' } })
})

test.run()
