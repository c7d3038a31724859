import type { JsonObject } from '@composeform/emit-cfn'
import { describeValue, listOf, objectOf, referencedIds, type ParameterTable } from './describe-value.js'
import type { TemplateResource } from './template-resources.js'
import type { IngressReview, ListenerReview, LoadBalancerReview } from './types.js'

const OPEN = new Set(['0.0.0.0/0', '::/0'])
const ENCRYPTED = new Set(['HTTPS', 'TLS'])

/** Load balancers the template creates, by id. */
export function reviewLoadBalancers(resources: readonly TemplateResource[]): LoadBalancerReview[] {
  return resources
    .filter((r) => r.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')
    .map((r) => ({
      id: r.id,
      type: typeof r.properties['Type'] === 'string' ? r.properties['Type'] : 'application',
      // CloudFormation's default scheme is internet-facing.
      scheme: typeof r.properties['Scheme'] === 'string' ? r.properties['Scheme'] : 'internet-facing',
      ...(r.condition ? { condition: r.condition } : {}),
    }))
}

/** Listeners, with the services their target groups reach (`serviceOfTargetGroup`). */
export function reviewListeners(resources: readonly TemplateResource[], serviceOfTargetGroup: ReadonlyMap<string, string>, parameters: ParameterTable): ListenerReview[] {
  return resources
    .filter((r) => r.type === 'AWS::ElasticLoadBalancingV2::Listener')
    .map((r) => {
      const protocol = typeof r.properties['Protocol'] === 'string' ? r.properties['Protocol'] : 'not set'
      const targetGroups = listOf(r.properties['DefaultActions']).flatMap(referencedIds)
      const services = [...new Set(targetGroups.flatMap((tg) => (serviceOfTargetGroup.has(tg) ? [serviceOfTargetGroup.get(tg)!] : [])))].sort()
      return {
        id: r.id,
        loadBalancer: describeValue(r.properties['LoadBalancerArn'], parameters),
        port: describeValue(r.properties['Port'], parameters),
        protocol,
        encrypted: ENCRYPTED.has(protocol),
        certificates: listOf(r.properties['Certificates']).map((c) => describeValue(objectOf(c)['CertificateArn'], parameters)),
        services,
      }
    })
}

/**
 * Ingress rules: `AWS::EC2::SecurityGroupIngress` resources and the inline
 * `SecurityGroupIngress` of `AWS::EC2::SecurityGroup` resources (as `Group[0]`, …).
 */
export function reviewIngress(resources: readonly TemplateResource[], loadBalancerGroups: ReadonlySet<string>, parameters: ParameterTable): IngressReview[] {
  const rules: IngressReview[] = []
  const add = (id: string, group: string, groupIds: readonly string[], rule: JsonObject, condition: string | undefined): void => {
    const cidr = rule['CidrIp'] ?? rule['CidrIpv6']
    const source = cidr !== undefined ? describeValue(cidr, parameters) : describeValue(rule['SourceSecurityGroupId'] ?? rule['SourcePrefixListId'] ?? rule['SourceSecurityGroupName'] ?? null, parameters)
    rules.push({
      id,
      group,
      ports: portsOf(rule, parameters),
      source,
      open: typeof cidr === 'string' && OPEN.has(cidr),
      loadBalancerGroup: groupIds.some((g) => loadBalancerGroups.has(g)),
      ...(condition ? { condition } : {}),
    })
  }
  for (const r of resources) {
    if (r.type === 'AWS::EC2::SecurityGroupIngress') {
      add(r.id, describeValue(r.properties['GroupId'] ?? r.properties['GroupName'] ?? null, parameters), referencedIds(r.properties['GroupId'] ?? null), r.properties, r.condition)
    }
    if (r.type === 'AWS::EC2::SecurityGroup') {
      listOf(r.properties['SecurityGroupIngress']).forEach((rule, i) => add(`${r.id}[${i}]`, r.id, [r.id], objectOf(rule), r.condition))
    }
  }
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function portsOf(rule: JsonObject, parameters: ParameterTable): string {
  const protocol = describeValue(rule['IpProtocol'] ?? null, parameters)
  if (protocol === '-1') return 'all traffic'
  const from = describeValue(rule['FromPort'] ?? null, parameters)
  const to = describeValue(rule['ToPort'] ?? null, parameters)
  return `${protocol} ${from === to ? from : `${from}-${to}`}`
}
