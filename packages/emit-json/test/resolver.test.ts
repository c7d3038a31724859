import { literal, noValue, ref, sub, type ResourceGraph, type Value } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { ResolveOptions } from '../src/resolve-options.js'
import { Resolver } from '../src/resolver.js'
import { graphOf, node, parameter } from './graphs.js'

/** Parameters, conditions and resources of the shapes the converter produces. */
function sample(): ResourceGraph {
  return graphOf({
    parameters: [
      parameter('AssignPublicIp', { default: 'DISABLED', allowedValues: ['ENABLED', 'DISABLED'] }),
      parameter('CertificateArn'),
      parameter('ExistingCluster', { default: '' }),
      parameter('ExistingLoadBalancer', { default: '' }),
      parameter('Subnets', { type: 'List<AWS::EC2::Subnet::Id>' }),
      parameter('Zones', { type: 'CommaDelimitedList', default: 'a, b' }),
      parameter('VpcId', { type: 'AWS::EC2::VPC::Id' }),
    ],
    conditions: [{ id: 'CreateCluster', expression: { $equals: [ref('ExistingCluster'), ''] } }],
    nodes: [
      node('Cluster', 'AWS::ECS::Cluster', {}, { condition: 'CreateCluster' }),
      node('LogGroup', 'AWS::Logs::LogGroup'),
      node('WebTaskDefinition', 'AWS::ECS::TaskDefinition', { Family: sub('shop-', ref('AWS::Region')) }, { origin: ['services', 'web'] }),
      node('WebTaskExecutionRole', 'AWS::IAM::Role', {}, { origin: ['services', 'web'] }),
    ],
  })
}

const WEB = ['services', 'web']

function resolve(value: Value, options: Partial<ResolveOptions> = {}, graph = sample()) {
  const resolver = new Resolver(graph, options)
  const result = resolver.value(value, WEB)
  return { result, diagnostics: resolver.diagnostics(), names: resolver.diagnostics().map((d) => /\$\{[^}]*\}/.exec(d.message)?.[0]) }
}

test('scalars, lists and maps pass through; -0 becomes 0', () => {
  assert.equal(resolve({ A: ['x', 1, true, null, { B: 2.5 }] }).result, { A: ['x', 1, true, null, { B: 2.5 }] })
  assert.ok(Object.is(resolve(-0).result, 0))
})

test('a literal map is the user\'s text: a `$ref` key inside it is no reference', () => {
  const { result, diagnostics } = resolve({ Labels: literal({ $ref: 'Nope', $sub: 'x' }) })
  assert.equal(result, { Labels: { $ref: 'Nope', $sub: 'x' } })
  assert.equal(diagnostics, [])
})

test('Ref to a parameter: the given value wins over the default', () => {
  assert.is(resolve(ref('AssignPublicIp')).result, 'DISABLED')
  assert.is(resolve(ref('AssignPublicIp'), { parameters: { AssignPublicIp: 'ENABLED' } }).result, 'ENABLED')
  assert.is(resolve(ref('ExistingCluster')).result, '')
  assert.equal(resolve(ref('ExistingCluster')).diagnostics, [])
})

test('Ref to a parameter with no value and no default: a placeholder and one warning', () => {
  const { result, diagnostics } = resolve({ A: ref('CertificateArn'), B: ref('CertificateArn') })
  assert.equal(result, { A: '${CertificateArn}', B: '${CertificateArn}' })
  assert.is(diagnostics.length, 1)
  const [d] = diagnostics
  assert.equal({ code: d!.code, severity: d!.severity, stage: d!.stage, path: d!.path }, { code: 'PLACEHOLDER_VALUE', severity: 'warning', stage: 'emit', path: WEB })
  assert.ok(d!.message.includes('--param CertificateArn=arn:…'), d!.message)
  assert.ok(d!.message.includes('${CertificateArn}'), d!.message)
  assert.is(d!.location, undefined)
  assert.ok(d!.hint!.includes('--param CertificateArn='))
})

test('the example value fits the parameter type', () => {
  assert.ok(resolve(ref('VpcId')).diagnostics[0]!.message.endsWith('pass --param VpcId=vpc-….'))
  assert.ok(resolve(ref('Subnets')).diagnostics[0]!.message.endsWith('pass --param Subnets=subnet-…,subnet-….'))
})

test('a list parameter: comma-separated text becomes a list; an empty one no items', () => {
  assert.equal(resolve(ref('Subnets'), { parameters: { Subnets: 'subnet-a, subnet-b ,subnet-c' } }).result, ['subnet-a', 'subnet-b', 'subnet-c'])
  assert.equal(resolve(ref('Subnets'), { parameters: { Subnets: ' ' } }).result, [])
  assert.equal(resolve(ref('Zones')).result, ['a', 'b'])
})

test('a list parameter with no value is a list holding its placeholder', () => {
  const { result, diagnostics } = resolve(ref('Subnets'))
  assert.equal(result, ['${Subnets}'])
  assert.is(diagnostics.length, 1)
})

test('AWS::Region from the region option, or from parameters, else a placeholder', () => {
  assert.is(resolve(ref('AWS::Region'), { region: 'eu-west-1' }).result, 'eu-west-1')
  assert.is(resolve(ref('AWS::Region'), { parameters: { 'AWS::Region': 'us-west-2' } }).result, 'us-west-2')
  const missing = resolve(ref('AWS::Region'))
  assert.is(missing.result, '${AWS::Region}')
  assert.ok(missing.diagnostics[0]!.message.includes('--param AWS::Region=us-east-1'))
})

test('AWS::Partition and AWS::URLSuffix follow the region, aws without one', () => {
  assert.is(resolve(ref('AWS::Partition')).result, 'aws')
  assert.is(resolve(ref('AWS::Partition'), { region: 'eu-west-1' }).result, 'aws')
  assert.is(resolve(ref('AWS::Partition'), { region: 'cn-north-1' }).result, 'aws-cn')
  assert.is(resolve(ref('AWS::Partition'), { region: 'us-gov-west-1' }).result, 'aws-us-gov')
  assert.is(resolve(ref('AWS::Partition'), { parameters: { 'AWS::Region': 'cn-northwest-1' } }).result, 'aws-cn')
  assert.is(resolve(ref('AWS::Partition'), { region: 'cn-north-1', parameters: { 'AWS::Partition': 'x' } }).result, 'x')
  assert.is(resolve(ref('AWS::URLSuffix')).result, 'amazonaws.com')
  assert.is(resolve(ref('AWS::URLSuffix'), { region: 'cn-north-1' }).result, 'amazonaws.com.cn')
  assert.equal(resolve([ref('AWS::Partition'), ref('AWS::URLSuffix')]).diagnostics, [])
})

test('AWS::AccountId and AWS::StackName: given as parameters, else placeholders', () => {
  assert.is(resolve(ref('AWS::AccountId'), { parameters: { 'AWS::AccountId': '123456789012' } }).result, '123456789012')
  const { result, names } = resolve([ref('AWS::AccountId'), ref('AWS::StackName')])
  assert.equal(result, ['${AWS::AccountId}', '${AWS::StackName}'])
  assert.equal(names, ['${AWS::AccountId}', '${AWS::StackName}'])
})

test('Ref and Fn::GetAtt to resources: given values, else placeholders with one warning each', () => {
  const given = resolve([ref('LogGroup'), ref('WebTaskExecutionRole', 'Arn')], { resources: { LogGroup: '/ecs/shop', 'WebTaskExecutionRole.Arn': 'arn:aws:iam::1:role/x' } })
  assert.equal(given.result, ['/ecs/shop', 'arn:aws:iam::1:role/x'])
  assert.equal(given.diagnostics, [])
  const missing = resolve([ref('LogGroup'), ref('WebTaskExecutionRole', 'Arn'), ref('WebTaskExecutionRole', 'Arn')])
  assert.equal(missing.result, ['${LogGroup}', '${WebTaskExecutionRole.Arn}', '${WebTaskExecutionRole.Arn}'])
  assert.equal(missing.names, ['${LogGroup}', '${WebTaskExecutionRole.Arn}'])
  const role = missing.diagnostics[1]!.message
  assert.ok(role.includes('create the role or pass --param WebTaskExecutionRole.Arn=arn:…'), role)
  assert.ok(missing.diagnostics[0]!.message.includes('create the log group or pass --param LogGroup='))
})

test('resource values can come in parameters too: one --param list serves both', () => {
  const options = { parameters: { LogGroup: '/ecs/p', 'WebTaskExecutionRole.Arn': 'arn:p', 'ImportValue:vpc': 'vpc-p' } }
  const { result, diagnostics } = resolve([ref('LogGroup'), ref('WebTaskExecutionRole', 'Arn'), { $import: 'vpc' }], options)
  assert.equal(result, ['/ecs/p', 'arn:p', 'vpc-p'])
  assert.equal(diagnostics, [])
  assert.is(resolve(ref('LogGroup'), { parameters: { LogGroup: 'p' }, resources: { LogGroup: 'r' } }).result, 'r')
})

test('Ref to a task definition is its family, unless given', () => {
  assert.is(resolve(ref('WebTaskDefinition'), { region: 'eu-west-1' }).result, 'shop-eu-west-1')
  assert.is(resolve(ref('WebTaskDefinition'), { resources: { WebTaskDefinition: 'arn:td:3' } }).result, 'arn:td:3')
  assert.is(resolve(ref('WebTaskDefinition', 'TaskDefinitionArn')).result, '${WebTaskDefinition.TaskDefinitionArn}')
})

test('given values are own keys only', () => {
  assert.is(resolve(ref('LogGroup'), { resources: Object.create({ LogGroup: 'inherited' }) as Record<string, string> }).result, '${LogGroup}')
  assert.is(resolve(ref('CertificateArn'), { parameters: Object.create({ CertificateArn: 'inherited' }) as Record<string, string> }).result, '${CertificateArn}')
})

test('Fn::Sub: parts resolved and joined; an unknown part leaves its placeholder in the text', () => {
  assert.is(resolve(sub('arn:', ref('AWS::Partition'), ':iam::aws:policy/x')).result, 'arn:aws:iam::aws:policy/x')
  assert.is(resolve(sub('arn:aws:iam::', ref('AWS::AccountId'), ':role/', ref('WebTaskExecutionRole'))).result, 'arn:aws:iam::${AWS::AccountId}:role/${WebTaskExecutionRole}')
  assert.is(resolve(sub('literal ${x} stays', '')).result, 'literal ${x} stays')
  assert.is(resolve(sub('subnets=', ref('Subnets')), { parameters: { Subnets: 'a,b' } }).result, 'subnets=a,b')
})

test('Fn::Join: known parts joined; unknown parts joined as text; NoValue parts are empty', () => {
  assert.is(resolve({ $join: ['/', ['service', ref('ExistingCluster'), 7, true]] }).result, 'service//7/true')
  assert.is(resolve({ $join: ['/', ['service', ref('LogGroup')]] }).result, 'service/${LogGroup}')
  assert.is(resolve({ $join: [',', ['x', ref('Subnets')]] }, { parameters: { Subnets: 'a,b' } }).result, 'x,a,b')
  assert.is(resolve({ $join: ['-', ['a', noValue, 'b']] }).result, 'a-b')
})

test('Fn::If: the branch its condition chooses, both ways', () => {
  const cluster: Value = { $if: ['CreateCluster', ref('Cluster', 'Arn'), ref('ExistingCluster')] }
  const created = resolve(cluster)
  assert.is(created.result, '${Cluster.Arn}')
  assert.equal(created.names, ['${Cluster.Arn}'])
  const existing = resolve(cluster, { parameters: { ExistingCluster: 'prod' } })
  assert.is(existing.result, 'prod')
  assert.equal(existing.diagnostics, [])
  assert.is(resolve(cluster, { resources: { 'Cluster.Arn': 'arn:cluster' } }).result, 'arn:cluster')
})

test('AWS::NoValue removes the map entry or list item it is the value of', () => {
  const value: Value = { Keep: 1, Drop: { $if: ['CreateCluster', noValue, 'x'] }, List: ['a', noValue, { $if: ['CreateCluster', noValue, 'b'] }, 'c'] }
  assert.equal(resolve(value).result, { Keep: 1, List: ['a', 'c'] })
  assert.equal(resolve(value, { parameters: { ExistingCluster: 'prod' } }).result, { Keep: 1, Drop: 'x', List: ['a', 'b', 'c'] })
  assert.is(resolve(noValue).result, undefined)
})

test('Fn::If on a condition that depends on a missing value: a placeholder, and that value\'s warning', () => {
  const graph = graphOf({
    parameters: [parameter('Mode')],
    conditions: [{ id: 'IsProd', expression: { $equals: [ref('Mode'), 'prod'] } }],
  })
  const { result, names } = resolve({ $if: ['IsProd', 'a', 'b'] }, {}, graph)
  assert.is(result, '${Fn::If:IsProd}')
  assert.equal(names, ['${Mode}'])
  assert.is(resolve({ $if: ['IsProd', 'a', 'b'] }, { parameters: { Mode: 'prod' } }, graph).result, 'a')
  assert.is(resolve({ $if: ['IsProd', 'a', 'b'] }, { parameters: { Mode: 'dev' } }, graph).result, 'b')
})

test('Fn::Select: an item of a known list; of an unknown list, its placeholder with the index', () => {
  assert.is(resolve({ $select: [1, ['a', 'b', 'c']] }).result, 'b')
  assert.is(resolve({ $select: [1, ref('Subnets')] }, { parameters: { Subnets: 'x,y' } }).result, 'y')
  assert.is(resolve({ $select: [0, ref('Subnets')] }).result, '${Subnets}[0]')
})

test('Fn::Select past the end of a known list: a placeholder and a warning', () => {
  const { result, diagnostics } = resolve({ $select: [3, ref('Subnets')] }, { parameters: { Subnets: 'x,y' } })
  assert.is(result, '${Fn::Select[3]}')
  assert.is(diagnostics.length, 1)
  assert.ok(diagnostics[0]!.message.includes('item 3 of a list with 2 items'), diagnostics[0]!.message)
})

test('Fn::Split: a known string split; an unknown one stays a one-item list placeholder', () => {
  assert.equal(resolve({ $split: [',', 'a,b,,c'] }).result, ['a', 'b', '', 'c'])
  assert.equal(resolve({ $split: [',', ref('CertificateArn')] }).result, ['${CertificateArn}'])
})

test('Fn::Select of Fn::Split: the load balancer label from a given ARN', () => {
  const label: Value = { $select: [1, { $split: ['loadbalancer/', ref('ExistingLoadBalancer')] }] }
  assert.is(resolve(label, { parameters: { ExistingLoadBalancer: 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/123' } }).result, 'app/web/123')
  assert.is(resolve({ $select: [1, { $split: ['/', ref('CertificateArn')] }] }).result, '${CertificateArn}[1]')
})

test('Fn::Base64 of known text encodes its UTF-8 bytes', () => {
  assert.is(resolve({ $base64: 'plain' }).result, 'cGxhaW4=')
  for (const text of ['', 'a', 'ab', 'abc', 'é€😀 ünïcode\n', '\u07ff\u0800\uffff']) {
    assert.is(resolve({ $base64: text }).result, Buffer.from(text, 'utf8').toString('base64'), JSON.stringify(text))
  }
  assert.is(resolve({ $base64: sub('#!/bin/sh\necho ', ref('AWS::Partition')) }).result, Buffer.from('#!/bin/sh\necho aws').toString('base64'))
  assert.is(resolve({ $base64: '\ud800' }).result, Buffer.from('\ufffd').toString('base64'))
})

test('Fn::Base64 of an unknown value names it', () => {
  assert.is(resolve({ $base64: ref('LogGroup') }).result, 'Fn::Base64(${LogGroup})')
})

test('Fn::GetAZs: a list placeholder and a warning', () => {
  const { result, names } = resolve({ $getAZs: '' })
  assert.equal(result, ['${Fn::GetAZs}'])
  assert.equal(names, ['${Fn::GetAZs}'])
  assert.is(resolve({ $select: [0, { $getAZs: '' }] }).result, '${Fn::GetAZs}[0]')
})

test('Fn::ImportValue: given as ImportValue:<name>, else a placeholder', () => {
  assert.is(resolve({ $import: 'shared-vpc' }, { resources: { 'ImportValue:shared-vpc': 'vpc-9' } }).result, 'vpc-9')
  const { result, diagnostics } = resolve({ $import: 'shared-vpc' })
  assert.is(result, '${ImportValue:shared-vpc}')
  assert.ok(diagnostics[0]!.message.includes('--param ImportValue:shared-vpc='))
  assert.is(resolve({ $import: sub(ref('AWS::StackName'), '-Vpc') }).result, 'Fn::ImportValue(${AWS::StackName}-Vpc)')
})

test('objects without an intrinsic\'s exact shape are ordinary maps', () => {
  const maps: Value[] = [{ $sub: 'not a list' }, { $join: ['x'] }, { $if: ['only', 'two'] }, { $select: ['0', ['a']] }, { $getAZs: 'eu' }, { $ref: 'LogGroup', extra: 1 }, { $ref: 3 }, { $unknown: 1 }, { $sub: [1] }]
  for (const value of maps) assert.equal(resolve(value).result, value, JSON.stringify(value))
  // Values inside such a map are still evaluated.
  assert.equal(resolve({ $join: [',', ref('Subnets')] } as unknown as Value).result, { $join: [',', ['${Subnets}']] })
})

test('warnings: one per missing name at the first resource that needed it, sorted', () => {
  const graph = sample()
  const resolver = new Resolver(graph)
  resolver.value([ref('WebTaskExecutionRole', 'Arn'), ref('CertificateArn')], ['services', 'web'])
  resolver.value([ref('CertificateArn'), ref('LogGroup')], ['services', 'api'])
  const diagnostics = resolver.diagnostics()
  assert.equal(
    diagnostics.map((d) => [d.path.join('.'), /^\S+/.exec(d.message)![0]]),
    [
      ['services.api', 'LogGroup'],
      ['services.web', 'The'],
      ['services.web', 'WebTaskExecutionRole.Arn'],
    ],
  )
  assert.ok(diagnostics[1]!.message.includes('CertificateArn'))
})

test('a resource with a false condition does not exist; an undecidable one might', () => {
  const graph = graphOf({
    parameters: [parameter('ExistingCluster', { default: '' }), parameter('Mode')],
    conditions: [
      { id: 'CreateCluster', expression: { $equals: [ref('ExistingCluster'), ''] } },
      { id: 'IsProd', expression: { $equals: [ref('Mode'), 'prod'] } },
    ],
  })
  const cluster = node('Cluster', 'AWS::ECS::Cluster', {}, { condition: 'CreateCluster' })
  assert.ok(new Resolver(graph).exists(cluster))
  assert.not.ok(new Resolver(graph, { parameters: { ExistingCluster: 'x' } }).exists(cluster))
  assert.ok(new Resolver(graph).exists(node('P', 'AWS::S3::Bucket', {}, { condition: 'IsProd' })))
  assert.ok(new Resolver(graph).exists(node('Q', 'AWS::S3::Bucket')))
})

test('broken graphs throw: converter bugs, not user errors', () => {
  const graph = graphOf({
    parameters: [parameter('P')],
    conditions: [
      { id: 'Loop', expression: { $not: { $condition: 'Loop' } } },
      { id: 'Ping', expression: { $condition: 'Pong' } },
      { id: 'Pong', expression: { $condition: 'Ping' } },
    ],
  })
  assert.throws(() => new Resolver(graph).value(ref('Nowhere')), /does not define/)
  assert.throws(() => new Resolver(graph).value(ref('P', 'Arn')), /parameter/)
  assert.throws(() => new Resolver(graph).value({ $if: ['Missing', 1, 2] }), /no condition/)
  assert.throws(() => new Resolver(graph).value({ $if: ['Loop', 1, 2] }), /depends on itself/)
  assert.throws(() => new Resolver(graph).value({ $if: ['Ping', 1, 2] }), /depends on itself/)
  assert.throws(() => new Resolver(graph).value({ $join: [',', [{ a: 1 }]] }), /Fn::Join/)
  assert.throws(() => new Resolver(graph).value({ $select: [0, 'text'] }), /Fn::Select/)
  assert.throws(() => new Resolver(graph).value({ $split: [',', ['a']] }), /Fn::Split/)
  assert.throws(() => new Resolver(graph).value({ $base64: ['a'] }), /Fn::Base64/)
  assert.throws(() => new Resolver(graph).value({ $import: ['a'] }), /Fn::ImportValue/)
})

test('resolving never changes the graph', () => {
  const graph = sample()
  const before = JSON.stringify(graph)
  new Resolver(graph, { region: 'eu-west-1' }).properties(graph.nodes[2]!)
  assert.is(JSON.stringify(graph), before)
})

test.run()
