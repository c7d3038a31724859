import { isIntrinsic, textLength, utf8Length, type Path, type Reporter, type ResourceGraph, type ResourceNode, type Value } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'

/**
 * The AWS quotas a template of this converter can exceed, as AWS documents them: the
 * CloudFormation quotas ("Understand CloudFormation quotas"), Elastic Load Balancing's
 * "Quotas for your Application Load Balancers" (a Network Load Balancer also takes 50
 * listeners), ECS's `AwsVpcConfiguration` (at most 5 security groups) and ECS's service
 * quotas (a task definition of at most 64 KiB).
 */
export const AWS_LIMITS = {
  resourcesPerStack: 500,
  parametersPerTemplate: 200,
  outputsPerTemplate: 200,
  listenersPerLoadBalancer: 50,
  rulesPerLoadBalancer: 100,
  securityGroupsPerService: 5,
  taskDefinitionBytes: 65_536,
} as const

const SPLIT = 'convert with `--nested-stacks` (one nested stack per service), or split the services into several compose projects'

/**
 * Reports, as warnings, every AWS quota the graph exceeds: the template is still produced,
 * but CloudFormation or ECS would refuse it. Whole-stack counts point at the top-level
 * `services` key; a per-service count points at the service.
 */
export function reportAwsLimits(graph: ResourceGraph, project: EcsProject, reporter: Reporter): void {
  const top = (code: 'CFN_TOO_MANY_RESOURCES' | 'CFN_TOO_MANY_PARAMETERS' | 'CFN_TOO_MANY_OUTPUTS' | 'LOAD_BALANCER_TOO_MANY_LISTENERS' | 'LOAD_BALANCER_TOO_MANY_RULES', message: string, hint: string): void =>
    reporter.add({ code, message, hint, path: ['services'], span: project.sources.span(['services'], { key: true }) })
  const overlay = (section: string): string[] => {
    const part = graph.overlay?.[section]
    return part && typeof part === 'object' ? Object.keys(part) : []
  }
  // The graph's ids are unique in each section; only an overlay may add or repeat some.
  const count = (items: readonly { id: string }[], section: string): number => {
    const added = overlay(section)
    return added.length === 0 ? items.length : new Set([...items.map((i) => i.id), ...added]).size
  }

  const resources = count(graph.nodes, 'Resources')
  if (resources > AWS_LIMITS.resourcesPerStack) {
    top('CFN_TOO_MANY_RESOURCES', `The template declares ${resources} resources; a CloudFormation stack holds at most ${AWS_LIMITS.resourcesPerStack}.`, `Deploy fewer services per stack: ${SPLIT}.`)
  }
  const parameters = count(graph.parameters, 'Parameters')
  if (parameters > AWS_LIMITS.parametersPerTemplate) {
    top('CFN_TOO_MANY_PARAMETERS', `The template declares ${parameters} parameters; CloudFormation accepts at most ${AWS_LIMITS.parametersPerTemplate}.`, `Use fewer secrets given as parameters, or ${SPLIT}.`)
  }
  const outputs = count(graph.outputs, 'Outputs')
  if (outputs > AWS_LIMITS.outputsPerTemplate) {
    top('CFN_TOO_MANY_OUTPUTS', `The template declares ${outputs} outputs; CloudFormation accepts at most ${AWS_LIMITS.outputsPerTemplate}.`, `Publish fewer ports, or ${SPLIT}.`)
  }

  const listeners = groupBy(graph.nodes.filter((n) => n.type === 'AWS::ElasticLoadBalancingV2::Listener'), (n) => key(n.properties['LoadBalancerArn']))
  for (const group of listeners.values()) {
    if (group.length <= AWS_LIMITS.listenersPerLoadBalancer) continue
    top('LOAD_BALANCER_TOO_MANY_LISTENERS', `The load balancer gets ${group.length} listeners, one per published port; it takes at most ${AWS_LIMITS.listenersPerLoadBalancer}.`, `Publish fewer ports (let services reach each other by service discovery), ask AWS for a higher quota, or ${SPLIT}.`)
  }
  // A rule belongs to a listener; the quota counts the rules of all listeners of one load balancer.
  let byId: Map<string, ResourceNode> | undefined
  const loadBalancerOf = (rule: ResourceNode): string => {
    byId ??= new Map(graph.nodes.map((n) => [n.id, n]))
    const listener = rule.properties['ListenerArn']
    const target = isRef(listener) ? byId.get(listener.$ref) : undefined
    return target ? key(target.properties['LoadBalancerArn']) : key(listener)
  }
  const rules = groupBy(graph.nodes.filter((n) => n.type === 'AWS::ElasticLoadBalancingV2::ListenerRule'), loadBalancerOf)
  for (const group of rules.values()) {
    if (group.length <= AWS_LIMITS.rulesPerLoadBalancer) continue
    top('LOAD_BALANCER_TOO_MANY_RULES', `The load balancer gets ${group.length} listener rules; an Application Load Balancer takes at most ${AWS_LIMITS.rulesPerLoadBalancer} besides the default ones.`, `Route fewer paths or hosts, ask AWS for a higher quota, or ${SPLIT}.`)
  }

  for (const node of graph.nodes) {
    if (node.type === 'AWS::ECS::TaskDefinition') reportTaskDefinitionSize(node, project, reporter)
    if (node.type !== 'AWS::ECS::Service') continue
    const groups = securityGroupsOf(node)
    if (groups <= AWS_LIMITS.securityGroupsPerService) continue
    const path: Path = node.origin ?? ['services']
    const networks = [...path, 'networks']
    const at = project.sources.span(networks, { key: true }) ? networks : path
    reporter.add({
      code: 'SERVICE_TOO_MANY_SECURITY_GROUPS',
      message: `The service's tasks get ${groups} security groups (one per network, one for its load-balanced ports); ECS attaches at most ${AWS_LIMITS.securityGroupsPerService}.`,
      hint: 'Put the service on fewer networks: services on one shared network can all reach each other.',
      path: at,
      span: project.sources.span(at, { key: true }),
    })
  }
}

/**
 * A task definition ECS would refuse for its size, measured as the JSON of its properties
 * (references stand in for the ARNs they become: an estimate). Its text alone, less than the
 * JSON, is counted first, so that only a large one is written out.
 */
function reportTaskDefinitionSize(node: ResourceNode, project: EcsProject, reporter: Reporter): void {
  const limit = AWS_LIMITS.taskDefinitionBytes
  if (textLength(node.properties, limit / 4) <= limit / 4) return
  const bytes = utf8Length(JSON.stringify(node.properties))
  if (bytes <= limit) return
  const path: Path = node.origin ?? ['services']
  reporter.add({
    code: 'TASK_DEFINITION_TOO_LARGE',
    message: `\`${path[1]}\`'s task definition is about ${Math.ceil(bytes / 1024)} KiB; ECS registers one of at most 64 KiB.`,
    hint: 'Make large configs external (kept in SSM Parameter Store), pass large values as secrets, or move a sidecar into a task of its own.',
    path,
    span: project.sources.span(path, { key: true }),
  })
}

function securityGroupsOf(service: ResourceNode): number {
  const network = service.properties['NetworkConfiguration']
  const vpc = record(network)?.['AwsvpcConfiguration']
  const groups = record(vpc)?.['SecurityGroups']
  return Array.isArray(groups) ? groups.length : 0
}

function record(value: Value | undefined): { readonly [key: string]: Value } | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) && !isIntrinsic(value) ? (value as { readonly [key: string]: Value }) : undefined
}

function isRef(value: Value | undefined): value is { $ref: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { $ref?: unknown }).$ref === 'string'
}

// Equal values (the same Ref, the same `$if`) name the same load balancer.
function key(value: Value | undefined): string {
  return JSON.stringify(value ?? null)
}

function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = by(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}
