import { ref, shortText, sub, type Value } from '@composeform/model'
import { existingLoadBalancerKind, speaksHttp, type EcsPort, type EcsProject } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, tags } from '../tags.js'
import { listenerKey, type ListenerPlan, type LoadBalancerType, type SharedListener } from './listener-plan.js'

export type { LoadBalancerType } from './listener-plan.js'

/** Every published port of the project. */
export function publishedPorts(project: EcsProject): EcsPort[] {
  return Object.values(project.services).flatMap((s) => s.ports.filter((p) => p.listenerPort !== undefined))
}

/** An existing load balancer's own kind; else an ALB when every published port speaks HTTP(S) or gRPC, a network load balancer otherwise. */
export function loadBalancerType(project: EcsProject): LoadBalancerType {
  return existingLoadBalancerKind(project.settings) ?? (publishedPorts(project).every(speaksHttp) ? 'application' : 'network')
}

/**
 * The listener protocol of a published port on a load balancer of `type`. An application load
 * balancer speaks gRPC (HTTP/2) on HTTPS listeners only; a network one passes it through as TCP.
 */
export function listenerProtocol(port: EcsPort, type: LoadBalancerType): string {
  if (type === 'application') return port.appProtocol === 'http' ? 'HTTP' : 'HTTPS'
  if (port.protocol === 'udp') return 'UDP'
  return port.appProtocol === 'https' ? 'TLS' : 'TCP'
}

/**
 * The project's load balancer (`LoadBalancer`, unless an existing one is used) with its own
 * security group, which alone accepts traffic from outside the project — from anywhere, or
 * from `LoadBalancerIngressCidr` when internal — and only on its listener ports. Also the
 * listeners several services share (`plan.shared`) and the HTTP→HTTPS redirect on port 80.
 */
export function addLoadBalancer(project: EcsProject, env: DeployEnvironment, builder: GraphBuilder, type: LoadBalancerType, plan: ListenerPlan): void {
  const condition = env.createLoadBalancer
  const internal = project.settings.loadBalancerScheme === 'internal'
  const from = internal ? 'LoadBalancerIngressCidr' : 'anywhere'
  builder.add({
    id: 'LoadBalancerSecurityGroup',
    type: 'AWS::EC2::SecurityGroup',
    condition,
    properties: {
      GroupDescription: `${shortText(project.name)} load balancer: the published ports, from ${from}`,
      VpcId: env.vpc,
      Tags: tags([PROJECT_TAG, project.name]),
    },
    dependsOn: [],
  })
  const listeners = new Map<string, { port: number; protocol: string }>()
  for (const port of publishedPorts(project)) listeners.set(listenerKey(port), { port: port.listenerPort!, protocol: port.protocol })
  if (plan.redirectHttp) listeners.set('TCP80', { port: 80, protocol: 'tcp' })
  for (const [key, port] of [...listeners].sort(([a], [b]) => (a < b ? -1 : 1))) {
    builder.add({
      id: `LoadBalancer${key}Ingress`,
      type: 'AWS::EC2::SecurityGroupIngress',
      condition,
      properties: {
        Description: `Port ${port.port}/${port.protocol} from ${from}`,
        GroupId: ref('LoadBalancerSecurityGroup', 'GroupId'),
        IpProtocol: port.protocol,
        FromPort: port.port,
        ToPort: port.port,
        CidrIp: env.loadBalancerIngressCidr,
      },
      dependsOn: [],
    })
  }
  builder.add({
    id: 'LoadBalancer',
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    condition,
    properties: {
      Scheme: project.settings.loadBalancerScheme,
      Type: type,
      Subnets: env.loadBalancerSubnets,
      SecurityGroups: [ref('LoadBalancerSecurityGroup', 'GroupId')],
      ...(type === 'network' ? { LoadBalancerAttributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] } : {}),
      Tags: tags([PROJECT_TAG, project.name]),
    },
    dependsOn: [],
  })
  builder.output({ id: 'LoadBalancerDnsName', description: 'DNS name of the load balancer.', value: ref('LoadBalancer', 'DNSName'), condition })
  for (const key of [...plan.shared.keys()].sort()) addSharedListener(plan.shared.get(key)!, env, builder, type)
  if (plan.redirectHttp) {
    // Only on the load balancer the template creates: an existing one may already listen on 80.
    builder.add({
      id: 'LoadBalancerTCP80Listener',
      type: 'AWS::ElasticLoadBalancingV2::Listener',
      condition,
      properties: {
        LoadBalancerArn: ref('LoadBalancer'),
        Port: 80,
        Protocol: 'HTTP',
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
      },
      dependsOn: [],
    })
  }
}

/** A listener several services share: unmatched requests go to the port without a rule, or get a 404. */
function addSharedListener(listener: SharedListener, env: DeployEnvironment, builder: GraphBuilder, type: LoadBalancerType): void {
  const protocol = listenerProtocol(listener.first, type)
  const fallback = listener.fallback
  builder.add({
    id: listener.id,
    type: 'AWS::ElasticLoadBalancingV2::Listener',
    properties: {
      LoadBalancerArn: env.loadBalancerArn,
      Port: listener.first.listenerPort!,
      Protocol: protocol,
      ...(protocol === 'HTTPS' ? { Certificates: [{ CertificateArn: env.certificate() }] } : {}),
      DefaultActions: [
        fallback
          ? { Type: 'forward', TargetGroupArn: ref(fallback) }
          : { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not found' } },
      ],
    },
    dependsOn: [],
    origin: listener.first.origin,
  })
}

/**
 * The URL output of a published HTTP(S) port, or undefined for other ports. A port routed by
 * `x-aws-rule` is addressed by its first host when it has no wildcard, and its first path up
 * to the first wildcard.
 */
export function portUrl(port: EcsPort): Value | undefined {
  if (!speaksHttp(port)) return undefined
  const scheme = port.appProtocol === 'http' ? 'http' : 'https'
  const standard = (scheme === 'http' && port.listenerPort === 80) || (scheme === 'https' && port.listenerPort === 443)
  const suffix = `${standard ? '' : `:${port.listenerPort}`}${port.rule?.paths[0]?.replace(/[*?].*$/, '') ?? ''}`
  const host = port.rule?.hosts[0]
  if (host !== undefined && !/[*?]/.test(host)) return `${scheme}://${host}${suffix}`
  return sub(`${scheme}://`, ref('LoadBalancer', 'DNSName'), suffix)
}
