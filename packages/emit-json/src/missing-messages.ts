import type { Parameter, ResourceNode } from '@composeform/model'
import type { MissingValue } from './missing-values.js'
import { placeholderText } from './placeholder.js'
import { shortType } from './short-type.js'

const hint = (name: string) => `Pass --param ${name}=…, or replace ${placeholderText(name)} in the file before using it.`

const written = (name: string) => `so ${placeholderText(name)} was written in its place`

/** A template parameter with neither a given value nor a default. */
export function missingParameter(parameter: Parameter): MissingValue {
  const name = parameter.id
  return {
    name,
    message: `The template parameter ${name} has no value and no default, ${written(name)}; pass --param ${name}=${parameterExample(parameter)}.`,
    hint: hint(name),
  }
}

function parameterExample(parameter: Parameter): string {
  const list = /^List<(.*)>$/.exec(parameter.type)?.[1]
  const one = exampleOfType(list ?? parameter.type, parameter.id)
  return list === undefined ? one : `${one},${one}`
}

function exampleOfType(type: string, id: string): string {
  if (type === 'AWS::EC2::VPC::Id') return 'vpc-…'
  if (type === 'AWS::EC2::Subnet::Id') return 'subnet-…'
  if (type === 'AWS::EC2::SecurityGroup::Id') return 'sg-…'
  return id.endsWith('Arn') ? 'arn:…' : '…'
}

const PSEUDO_EXAMPLES: Readonly<Record<string, string>> = {
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '123456789012',
  'AWS::StackName': 'my-stack',
}

/** A pseudo parameter (`AWS::Region`, `AWS::AccountId`) that only a deployment knows. */
export function missingPseudo(name: string): MissingValue {
  const example = Object.hasOwn(PSEUDO_EXAMPLES, name) ? PSEUDO_EXAMPLES[name]! : '…'
  return {
    name,
    message: `The pseudo parameter ${name} is not known offline, ${written(name)}; pass --param ${name}=${example}.`,
    hint: hint(name),
  }
}

/** Resource types by what a user calls them. */
const NOUNS: Readonly<Record<string, string>> = {
  'AWS::IAM::Role': 'role',
  'AWS::Logs::LogGroup': 'log group',
  'AWS::ECS::Cluster': 'cluster',
  'AWS::ECS::CapacityProvider': 'capacity provider',
  'AWS::ECS::Service': 'service',
  'AWS::ECS::TaskDefinition': 'task definition',
  'AWS::EC2::SecurityGroup': 'security group',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'load balancer',
  'AWS::ElasticLoadBalancingV2::Listener': 'listener',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'target group',
  'AWS::ServiceDiscovery::PrivateDnsNamespace': 'Cloud Map namespace',
  'AWS::SecretsManager::Secret': 'Secrets Manager secret',
}

/** Resource types whose `Ref` is an ARN rather than a name. */
const REF_IS_ARN = new Set(['AWS::SecretsManager::Secret', 'AWS::ECS::TaskDefinition', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::TargetGroup'])

/** A `Ref` or `Fn::GetAtt` of a resource the CloudFormation template would create. */
export function missingResource(node: ResourceNode, attribute: string | undefined): MissingValue {
  const name = attribute === undefined ? node.id : `${node.id}.${attribute}`
  const noun = Object.hasOwn(NOUNS, node.type) ? NOUNS[node.type]! : shortType(node.type)
  return {
    name,
    message: `${name} belongs to the ${noun} ${node.id} that the CloudFormation template creates, ${written(name)}; create the ${noun} or pass --param ${name}=${resourceExample(node, attribute)}.`,
    hint: hint(name),
  }
}

function resourceExample(node: ResourceNode, attribute: string | undefined): string {
  if (attribute === undefined ? REF_IS_ARN.has(node.type) : attribute.endsWith('Arn')) return 'arn:…'
  if (node.type === 'AWS::EC2::SecurityGroup' && (attribute === undefined || attribute === 'GroupId')) return 'sg-…'
  return '…'
}

/** An `Fn::ImportValue` of another stack's export. */
export function missingImport(exportName: string): MissingValue {
  const name = `ImportValue:${exportName}`
  return {
    name,
    message: `The value another stack exports as ${exportName} is not known offline, ${written(name)}; pass --param ${name}=….`,
    hint: hint(name),
  }
}

/** `Fn::GetAZs`: the region's Availability Zones. */
export function missingAvailabilityZones(): MissingValue {
  const name = 'Fn::GetAZs'
  return {
    name,
    message: `The Availability Zones of the region are not known offline, ${written(name)}; replace it with the zones to use.`,
    hint: `Replace ${placeholderText(name)} in the file before using it.`,
  }
}

/** `Fn::Select` past the end of a list whose items are known. */
export function missingListItem(index: number, length: number): MissingValue {
  const name = `Fn::Select[${index}]`
  return {
    name,
    message: `Fn::Select asks for item ${index} of a list with ${length} item${length === 1 ? '' : 's'}, ${written(name)}; give the list parameter more items.`,
    hint: `Give the list parameter at least ${index + 1} items, or replace ${placeholderText(name)} in the file before using it.`,
  }
}
