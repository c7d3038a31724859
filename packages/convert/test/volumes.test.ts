import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { toTemplate } from '@composeform/emit-cfn'
import { type ResourceGraph, type Value } from '@composeform/model'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const ids = (graph: ResourceGraph, type: string) => graph.nodes.filter((n) => n.type === type).map((n) => n.id)

const shared = `
services:
  writer:
    image: acme/writer
    volumes: [data:/data]
  reader:
    image: acme/reader
    volumes: ["data:/data:ro"]
volumes:
  data: {}
`

test('literal subnets: one unconditional mount target per subnet, named after it as Docker did, and plain DependsOn', () => {
  const graph = convert(shared, { environment: { mode: 'literal', vpc: 'vpc-1', subnets: ['subnet-aaa', 'subnet-bbb', 'subnet-ccc'], assignPublicIp: false } })
  assert.equal(ids(graph, 'AWS::EFS::MountTarget'), ['DataNFSMountTargetOnSubnetaaa', 'DataNFSMountTargetOnSubnetbbb', 'DataNFSMountTargetOnSubnetccc'])
  assert.equal(graph.conditions.filter((c) => c.id.startsWith('HasSubnet')), [])
  assert.equal(node(graph, 'DataNFSMountTargetOnSubnetbbb').properties.SubnetId, 'subnet-bbb')
  const writer = node(graph, 'WriterService')
  assert.equal(writer.dependsOn, ['DataNFSMountTargetOnSubnetaaa', 'DataNFSMountTargetOnSubnetbbb', 'DataNFSMountTargetOnSubnetccc'])
  assert.is(writer.metadata, undefined)
})

test('the Subnets parameter: slot 1 always, slots 2…6 under HasSubnet<n>, waited for through Metadata', () => {
  const graph = convert(shared)
  const targets = ids(graph, 'AWS::EFS::MountTarget')
  assert.is(targets.length, 6)
  assert.is(node(graph, 'DataNFSMountTargetOnSubnet1').condition, undefined)
  for (let n = 2; n <= 6; n++) assert.is(node(graph, `DataNFSMountTargetOnSubnet${n}`).condition, `HasSubnet${n}`)
  const reader = node(graph, 'ReaderService')
  assert.equal(reader.dependsOn, ['DataNFSMountTargetOnSubnet1'])
  const waits = reader.metadata?.['composeform:WaitsForMountTargets'] as Value[]
  assert.is(waits.length, 5)
  assert.equal(waits[0], { $if: ['HasSubnet2', { $ref: 'DataNFSMountTargetOnSubnet2' }, { $ref: 'AWS::NoValue' }] })
  // DependsOn never names a conditional resource (CloudFormation rejects that when the condition is false).
  for (const n of graph.nodes) for (const d of n.dependsOn) assert.is(node(graph, d).condition, undefined, `${n.id} depends on conditional ${d}`)
  const template = toTemplate(graph) as unknown as { Resources: Record<string, { Metadata?: unknown }> }
  assert.ok(template.Resources.ReaderService!.Metadata, 'the template carries the Metadata')
})

test('a read-only mount gets neither write nor root access; a writer of a root-owned volume gets both', () => {
  const graph = convert(shared)
  const actions = (service: string) => {
    const policies = node(graph, `${service}TaskRole`).properties.Policies as { PolicyDocument: { Statement: { Action: string[] }[] } }[]
    return policies[0]!.PolicyDocument.Statement[0]!.Action
  }
  assert.equal(actions('Reader'), ['elasticfilesystem:ClientMount'])
  assert.equal(actions('Writer'), ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'])
})

test('NFS reaches the file system only from the services that mount it', () => {
  const graph = convert(shared.replace('services:\n', 'services:\n  other:\n    image: acme/other\n'))
  assert.ok(!graph.nodes.some((n) => n.id === 'OtherServiceSecurityGroup'), 'a service without ports or volumes gets no group of its own')
  const ingress = graph.nodes.filter((n) => n.type === 'AWS::EC2::SecurityGroupIngress' && n.id.startsWith('DataNFS'))
  assert.equal(
    ingress.map((n) => [n.id, n.properties.FromPort, n.properties.ToPort, n.properties.SourceSecurityGroupId]),
    [
      ['DataNFSFromReaderIngress', 2049, 2049, { $ref: 'ReaderServiceSecurityGroup', attribute: 'GroupId' }],
      ['DataNFSFromWriterIngress', 2049, 2049, { $ref: 'WriterServiceSecurityGroup', attribute: 'GroupId' }],
    ],
  )
  const groups = (node(graph, 'WriterService').properties.NetworkConfiguration as { AwsvpcConfiguration: { SecurityGroups: Value[] } }).AwsvpcConfiguration.SecurityGroups
  assert.ok(groups.some((g) => JSON.stringify(g) === JSON.stringify({ $ref: 'WriterServiceSecurityGroup', attribute: 'GroupId' })))
})

test('a volume named like the secrets volume gets another task volume name', () => {
  const graph = convert(`
services:
  app:
    image: acme/app
    volumes: [secrets:/data]
    secrets: [token]
volumes:
  secrets: {}
secrets:
  token:
    external: true
    name: arn:aws:secretsmanager:eu-west-1:123456789012:secret:token-AbCdEf
`)
  const names = (node(graph, 'AppTaskDefinition').properties.Volumes as { Name: string }[]).map((v) => v.Name)
  assert.equal(names, ['secrets', 'secrets_2'])
})

test.run()
