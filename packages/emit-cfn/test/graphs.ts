import { noValue, ref, sub, type ResourceGraph, type Value } from '@composeform/model'

/** Strings that YAML 1.1 or 1.2 readers take for something else when left plain. */
export const TRICKY_STRINGS = ['yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'NO', 'True', '0755', '0o17', '0x1F', '2024-01-01', '1e3', '1_000', '12:30', '.inf', '~', 'null', 'true', '', ' x', '=', '<<', '- a', 'a: b', '#c', '!Ref X', '*a', '&a', '@x', '%x', '3.0']

/**
 * A graph with every parameter field, condition form, resource attribute and intrinsic, the
 * nested intrinsics (Sub inside If, GetAtt inside Join inside Select, Base64 of Sub) and
 * YAML-hostile strings. Not a deployable stack; the resource types are real.
 */
export function richGraph(): ResourceGraph {
  const tricky: { [key: string]: Value } = Object.fromEntries(TRICKY_STRINGS.map((s, i) => [`K${i}`, s]))
  return {
    description: 'Rich graph: every intrinsic',
    parameters: [
      { id: 'Environment', type: 'String', description: 'Where it runs', default: 'prod', allowedValues: ['prod', 'staging', 'yes'] },
      { id: 'Secret', type: 'String', description: 'A secret', noEcho: true },
      { id: 'Subnets', type: 'List<AWS::EC2::Subnet::Id>', description: '' },
    ],
    conditions: [
      { id: 'IsProd', expression: { $equals: [ref('Environment'), 'prod'] } },
      { id: 'IsNotProd', expression: { $not: { $condition: 'IsProd' } } },
      { id: 'Both', expression: { $and: [{ $condition: 'IsProd' }, { $equals: [ref('AWS::Region'), 'us-east-1'] }] } },
      { id: 'Either', expression: { $or: [{ $condition: 'IsProd' }, { $not: { $equals: [ref('Secret'), ''] } }] } },
    ],
    nodes: [
      {
        id: 'Bucket',
        type: 'AWS::S3::Bucket',
        properties: {},
        dependsOn: [],
        deletionPolicy: 'Retain',
        updateReplacePolicy: 'Retain',
      },
      {
        id: 'Database',
        type: 'AWS::RDS::DBInstance',
        condition: 'IsProd',
        properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', AllocatedStorage: '20' },
        dependsOn: ['Bucket'],
        deletionPolicy: 'Snapshot',
      },
      {
        id: 'Instance',
        type: 'AWS::EC2::Instance',
        properties: {
          ImageId: sub('ami-', ref('AWS::Region'), '-${literal}-$', '{x}'),
          UserData: { $base64: sub('#!/bin/sh\necho ', ref('Bucket', 'Arn'), '\necho yes\n') },
          AvailabilityZone: { $select: [0, { $getAZs: '' }] },
          SubnetId: { $select: [1, ref('Subnets')] },
          KeyName: { $if: ['IsProd', sub('key-', ref('Environment')), noValue] },
          Tags: [
            { Key: 'Joined', Value: { $select: [0, { $split: [',', { $join: [',', [ref('Database', 'Endpoint.Address'), 'b', ref('Bucket')]] }] }] } },
            { Key: 'Imported', Value: { $import: sub(ref('AWS::StackName'), '-Vpc') } },
            { Key: 'Nested', Value: { $select: [0, [{ $join: ['', [ref('Database', 'Endpoint.Port')]] }]] } },
            { Key: 'Plain', Value: { $base64: 'plain' } },
          ],
          Tricky: tricky,
          Numbers: [0, -1, 2.5, 65535, true, false, null],
          Nested: { Deep: [{ List: [[], {}, ['x']] }] },
        },
        dependsOn: ['Bucket', 'Database'],
      },
    ],
    outputs: [
      { id: 'BucketArn', description: 'The bucket', value: ref('Bucket', 'Arn') },
      { id: 'DatabaseAddress', description: '', value: ref('Database', 'Endpoint.Address'), condition: 'IsProd' },
      { id: 'Url', description: 'Sub in If', value: { $if: ['IsProd', sub('https://', ref('Database', 'Endpoint.Address'), '/'), 'none'] } },
    ],
  }
}
