import type { Json, JsonObject } from '@composeform/emit-cfn'
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

/**
 * Listeners, with the services their target groups reach (`serviceOfTargetGroup`), directly
 * or through listener rules, and whether they only redirect.
 */
export function reviewListeners(resources: readonly TemplateResource[], serviceOfTargetGroup: ReadonlyMap<string, string>, parameters: ParameterTable): ListenerReview[] {
  const servicesOf = (actions: Json | undefined): string[] => listOf(actions).flatMap(referencedIds).flatMap((tg) => (serviceOfTargetGroup.has(tg) ? [serviceOfTargetGroup.get(tg)!] : []))
  const rules = resources.filter((r) => r.type === 'AWS::ElasticLoadBalancingV2::ListenerRule')
  return resources
    .filter((r) => r.type === 'AWS::ElasticLoadBalancingV2::Listener')
    .map((r) => {
      const protocol = typeof r.properties['Protocol'] === 'string' ? r.properties['Protocol'] : 'not set'
      const defaults = listOf(r.properties['DefaultActions']).map(objectOf)
      const mine = rules.filter((rule) => referencedIds(rule.properties['ListenerArn'] ?? null).includes(r.id))
      const services = [...new Set([...servicesOf(r.properties['DefaultActions']), ...mine.flatMap((rule) => servicesOf(rule.properties['Actions']))])].sort()
      const redirects = defaults.length > 0 && defaults.every((a) => a['Type'] === 'redirect')
      const target = objectOf(defaults[0]?.['RedirectConfig'])
      return {
        id: r.id,
        loadBalancer: describeValue(r.properties['LoadBalancerArn'], parameters),
        port: describeValue(r.properties['Port'], parameters),
        protocol,
        encrypted: ENCRYPTED.has(protocol),
        ...(redirects ? { redirect: `${describeValue(target['Protocol'] ?? '#{protocol}', parameters)} ${describeValue(target['Port'] ?? '#{port}', parameters)}` } : {}),
        certificates: listOf(r.properties['Certificates']).map((c) => describeValue(objectOf(c)['CertificateArn'], parameters)),
        services,
        routes: [
          ...[...mine].sort((a, b) => priorityOf(a) - priorityOf(b)).map((rule) => describeRule(rule, servicesOf(rule.properties['Actions']), parameters)),
          ...defaults.filter((a) => a['Type'] === 'fixed-response').map((a) => `otherwise fixed response ${describeValue(objectOf(a['FixedResponseConfig'])['StatusCode'] ?? null)}`),
        ],
      }
    })
}

const priorityOf = (rule: TemplateResource): number => (typeof rule.properties['Priority'] === 'number' ? rule.properties['Priority'] : Number.MAX_SAFE_INTEGER)

// `priority 10: host api.example.com; path /v1/*, /v2/* → api`.
function describeRule(rule: TemplateResource, services: readonly string[], parameters: ParameterTable): string {
  const conditions = listOf(rule.properties['Conditions']).map(objectOf).map((c) => {
    const config = objectOf(c['HostHeaderConfig'] ?? c['PathPatternConfig'] ?? null)
    const field = c['Field'] === 'host-header' ? 'host' : c['Field'] === 'path-pattern' ? 'path' : describeValue(c['Field'] ?? null)
    return `${field} ${describeValue(config['Values'] ?? c['Values'] ?? null, parameters)}`
  })
  const priority = describeValue(rule.properties['Priority'] ?? null, parameters)
  return `priority ${priority}: ${conditions.join('; ')} → ${services.join(', ') || 'no service'}`
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
