import { ref, sub, type Value } from '@composeform/model'
import type { EcsPort, EcsProject } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, tags } from '../tags.js'

/** The kind of load balancer a project needs. */
export type LoadBalancerType = 'application' | 'network'

const isHttp = (p: EcsPort): boolean => p.protocol === 'tcp' && (p.appProtocol === 'http' || p.appProtocol === 'https')

/** Every published port of the project. */
export function publishedPorts(project: EcsProject): EcsPort[] {
  return Object.values(project.services).flatMap((s) => s.ports.filter((p) => p.listenerPort !== undefined))
}

/** An ALB when every published port speaks HTTP(S); a network load balancer otherwise. */
export function loadBalancerType(project: EcsProject): LoadBalancerType {
  return publishedPorts(project).every(isHttp) ? 'application' : 'network'
}

/** The listener protocol of a published port on a load balancer of `type`. */
export function listenerProtocol(port: EcsPort, type: LoadBalancerType): string {
  if (type === 'application') return port.appProtocol === 'https' ? 'HTTPS' : 'HTTP'
  if (port.protocol === 'udp') return 'UDP'
  return port.appProtocol === 'https' ? 'TLS' : 'TCP'
}

/**
 * The project's load balancer (`LoadBalancer`, unless an existing one is used) with its own
 * security group, which alone accepts traffic from anywhere, and only on the published ports.
 */
export function addLoadBalancer(project: EcsProject, env: DeployEnvironment, builder: GraphBuilder, type: LoadBalancerType): void {
  const condition = env.createLoadBalancer
  builder.add({
    id: 'LoadBalancerSecurityGroup',
    type: 'AWS::EC2::SecurityGroup',
    condition,
    properties: {
      GroupDescription: `${project.name} load balancer: the published ports, from anywhere`,
      VpcId: env.vpc,
      Tags: tags([PROJECT_TAG, project.name]),
    },
    dependsOn: [],
  })
  const listeners = new Map<string, EcsPort>()
  for (const port of publishedPorts(project)) listeners.set(`${port.protocol.toUpperCase()}${port.listenerPort}`, port)
  for (const [key, port] of [...listeners].sort(([a], [b]) => (a < b ? -1 : 1))) {
    builder.add({
      id: `LoadBalancer${key}Ingress`,
      type: 'AWS::EC2::SecurityGroupIngress',
      condition,
      properties: {
        Description: `Port ${port.listenerPort}/${port.protocol} from anywhere`,
        GroupId: ref('LoadBalancerSecurityGroup', 'GroupId'),
        IpProtocol: port.protocol,
        FromPort: port.listenerPort!,
        ToPort: port.listenerPort!,
        CidrIp: '0.0.0.0/0',
      },
      dependsOn: [],
    })
  }
  builder.add({
    id: 'LoadBalancer',
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    condition,
    properties: {
      Scheme: 'internet-facing',
      Type: type,
      Subnets: env.subnets,
      SecurityGroups: [ref('LoadBalancerSecurityGroup', 'GroupId')],
      ...(type === 'network' ? { LoadBalancerAttributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] } : {}),
      Tags: tags([PROJECT_TAG, project.name]),
    },
    dependsOn: [],
  })
  builder.output({ id: 'LoadBalancerDnsName', description: 'DNS name of the load balancer.', value: ref('LoadBalancer', 'DNSName'), condition })
}

/** The URL output of a published HTTP(S) port, or undefined for other ports. */
export function portUrl(port: EcsPort): Value | undefined {
  if (!isHttp(port)) return undefined
  const scheme = port.appProtocol === 'https' ? 'https' : 'http'
  const standard = (scheme === 'http' && port.listenerPort === 80) || (scheme === 'https' && port.listenerPort === 443)
  return sub(`${scheme}://`, ref('LoadBalancer', 'DNSName'), standard ? '' : `:${port.listenerPort}`)
}
