import { ref, shortText, type ComposeService, type LogicalId, type Value } from '@composeform/model'
import type { EcsPort, EcsProject, EcsService, ListenerRoute } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, SERVICE_TAG, tags } from '../tags.js'
import { listenerKey, type ListenerPlan } from './listener-plan.js'
import { listenerProtocol, portUrl, type LoadBalancerType } from './load-balancer.js'

/** What the ECS service needs from its published ports. */
export interface ServicePorts {
  loadBalancers: Value[]
  /** The listeners and listener rules the service waits for. */
  listeners: LogicalId[]
  /** Its target groups, in port order. */
  targetGroups: LogicalId[]
  securityGroup?: Value
}

// A fragment is not sent; a path with a shell variable is not one the load balancer can call.
const healthPath = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d+))?(\/[^\s"'|;&#]*)?/

/**
 * The target-group health check: the compose healthcheck's HTTP path where it names one. A gRPC
 * target group calls `/AWS.ALB/healthcheck`, which any gRPC server answers UNIMPLEMENTED (12):
 * the answer shows the server is up.
 */
function targetHealthCheck(service: ComposeService, ecs: EcsService, containerPort: number, http: boolean, grpc: boolean): Record<string, Value> {
  const out: Record<string, Value> = {}
  if (grpc) {
    out.ProtocolVersion = 'GRPC'
    out.HealthCheckPath = '/AWS.ALB/healthcheck'
    out.Matcher = { GrpcCode: '12' }
  } else if (http) {
    const command = ecs.healthCheck?.command.join(' ') ?? ''
    const match = healthPath.exec(command)
    const samePort = match && (match[1] === undefined || Number(match[1]) === containerPort)
    out.HealthCheckPath = samePort && match[2] && !match[2].includes('$') ? match[2] : '/'
    out.Matcher = { HttpCode: '200-399' }
  }
  if (ecs.healthCheck) {
    const interval = Math.min(300, Math.max(5, ecs.healthCheck.interval))
    out.HealthCheckIntervalSeconds = interval
    // Without a timeout of its own the container check waits docker's 30 s; the load balancer keeps its 5 s.
    const timeout = service.healthcheck?.timeout === undefined ? 5 : ecs.healthCheck.timeout
    out.HealthCheckTimeoutSeconds = Math.min(interval - 1, Math.min(120, Math.max(2, timeout)))
  }
  return out
}

/**
 * For each published port of a service: a target group `<S><PROTO><published>TargetGroup`
 * (container port, IP targets, health check from the compose healthcheck), a listener
 * `<S><PROTO><published>Listener` on the published port — or, on a listener several services
 * share, a rule `<S><PROTO><published>ListenerRule` for its `x-aws-rule` — and, on the
 * service's own security group, never on a shared network group, ingress from the load
 * balancer only.
 */
export function addServicePorts(
  base: string,
  name: string,
  service: ComposeService,
  ecs: EcsService,
  project: EcsProject,
  env: DeployEnvironment,
  builder: GraphBuilder,
  lbType: LoadBalancerType,
  plan: ListenerPlan,
): ServicePorts {
  const published = ecs.ports.filter((p) => p.listenerPort !== undefined)
  if (published.length === 0) return { loadBalancers: [], listeners: [], targetGroups: [] }
  const origin = ['services', name]
  const groupId = `${base}ServiceSecurityGroup`
  builder.add({
    id: groupId,
    type: 'AWS::EC2::SecurityGroup',
    properties: {
      GroupDescription: `${shortText(project.name)} ${shortText(name)}: its published ports, from the load balancer only`,
      VpcId: env.vpc,
      Tags: tags([PROJECT_TAG, project.name], [SERVICE_TAG, name]),
    },
    dependsOn: [],
    origin,
  })
  const loadBalancers: Value[] = []
  const listeners: LogicalId[] = []
  const targetGroups: LogicalId[] = []
  const ingress = new Set<string>()
  // A network load balancer takes TCP and UDP on one port only as one TCP_UDP listener, which
  // the TCP port's entry makes; the UDP one adds its ingress.
  const twin = (p: EcsPort) =>
    published.some((q) => q.protocol !== p.protocol && q.listenerPort === p.listenerPort && q.containerPort === p.containerPort && listenerProtocol(p.protocol === 'tcp' ? p : q, lbType) === 'TCP')
  for (const port of published) {
    const both = lbType === 'network' && twin(port)
    const proto = port.protocol.toUpperCase()
    const key = `${base}${both ? 'TCPUDP' : proto}${port.listenerPort}`
    const http = lbType === 'application'
    const listenerProto = both ? 'TCP_UDP' : listenerProtocol(port, lbType)
    const tls = listenerProto === 'HTTPS' || listenerProto === 'TLS'
    if (!both || port.protocol === 'tcp') {
      builder.add({
        id: `${key}TargetGroup`,
        type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        properties: {
          Port: port.containerPort,
          Protocol: http ? 'HTTP' : both ? listenerProto : proto,
          TargetType: 'ip',
          VpcId: env.vpc,
          ...targetHealthCheck(service, ecs, port.containerPort, http, http && port.appProtocol === 'grpc'),
          Tags: tags([PROJECT_TAG, project.name], [SERVICE_TAG, name]),
        },
        dependsOn: [],
        origin: port.origin,
      })
      targetGroups.push(`${key}TargetGroup`)
      const shared = plan.shared.get(listenerKey(port))
      const priority = plan.priorities.get(port)
      if (shared && priority !== undefined) {
        builder.add({
          id: `${key}ListenerRule`,
          type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
          properties: {
            ListenerArn: ref(shared.id),
            Priority: priority,
            Conditions: ruleConditions(port.rule!),
            Actions: [{ Type: 'forward', TargetGroupArn: ref(`${key}TargetGroup`) }],
          },
          dependsOn: [],
          origin: [...port.origin, 'x-aws-rule'],
        })
        listeners.push(`${key}ListenerRule`)
      } else if (shared) {
        listeners.push(shared.id)
      } else {
        builder.add({
          id: `${key}Listener`,
          type: 'AWS::ElasticLoadBalancingV2::Listener',
          properties: {
            LoadBalancerArn: env.loadBalancerArn,
            Port: port.listenerPort!,
            Protocol: listenerProto,
            ...(tls ? { Certificates: [{ CertificateArn: env.certificate() }] } : {}),
            DefaultActions: [{ Type: 'forward', TargetGroupArn: ref(`${key}TargetGroup`) }],
          },
          dependsOn: [],
          origin: port.origin,
        })
        listeners.push(`${key}Listener`)
      }
      loadBalancers.push({ ContainerName: port.container ?? name, ContainerPort: port.containerPort, TargetGroupArn: ref(`${key}TargetGroup`) })
    }
    // A network load balancer checks UDP targets over TCP on the same port: it needs TCP in too.
    for (const protocol of port.protocol === 'udp' ? ['udp', 'tcp'] : ['tcp']) {
      const ingressId = `${base}${protocol.toUpperCase()}${port.containerPort}`
      if (ingress.has(ingressId)) continue
      ingress.add(ingressId)
      const rule = (source: Value): Record<string, Value> => ({
        Description: `${shortText(name)}:${port.containerPort}/${protocol} from the load balancer`,
        GroupId: ref(groupId, 'GroupId'),
        IpProtocol: protocol,
        FromPort: port.containerPort,
        ToPort: port.containerPort,
        SourceSecurityGroupId: source,
      })
      builder.add({ id: `${ingressId}Ingress`, type: 'AWS::EC2::SecurityGroupIngress', condition: env.createLoadBalancer, properties: rule(ref('LoadBalancerSecurityGroup', 'GroupId')), dependsOn: [], origin: port.origin })
      builder.add({
        id: `${ingressId}ExistingLoadBalancerIngress`,
        type: 'AWS::EC2::SecurityGroupIngress',
        condition: env.useExistingLoadBalancerSecurityGroup,
        properties: rule(ref('ExistingLoadBalancerSecurityGroup')),
        dependsOn: [],
        origin: port.origin,
      })
    }
    const url = portUrl(port)
    if (url) builder.output({ id: `${key}Url`, description: `URL of ${name} on port ${port.listenerPort}.`, value: url, condition: env.createLoadBalancer })
  }
  return { loadBalancers, listeners, targetGroups, securityGroup: ref(groupId, 'GroupId') }
}

/** The conditions of a listener rule: host names and paths, each condition only when given. */
function ruleConditions(rule: ListenerRoute): Value[] {
  return [
    ...(rule.hosts.length > 0 ? [{ Field: 'host-header', HostHeaderConfig: { Values: [...rule.hosts] } }] : []),
    ...(rule.paths.length > 0 ? [{ Field: 'path-pattern', PathPatternConfig: { Values: [...rule.paths] } }] : []),
  ]
}
