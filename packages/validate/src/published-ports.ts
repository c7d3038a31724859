import type { Emit } from './emit.js'
import type { EcsPort, EcsService } from './ecs-project.js'

interface Publisher {
  name: string
  port: EcsPort
}

/** Whether an application load balancer can take a published port: TCP speaking HTTP, HTTPS or gRPC. */
export const speaksHttp = (p: EcsPort): boolean => p.protocol === 'tcp' && p.appProtocol !== undefined

// The requests a route matches, as one comparable text (order of hosts and paths does not matter).
function routeKey(port: EcsPort): string {
  const rule = port.rule!
  return `${[...rule.hosts].sort().join(',')}|${[...rule.paths].sort().join(',')}`
}

/**
 * All published ports share the project's load balancer, which has one listener per port and
 * protocol. Several services may share a listener when `x-aws-rule` tells their requests apart
 * (host or path, on an application load balancer); one of them at most may go without a rule
 * and gets the rest. A service cannot publish a port twice, to two container ports, and TCP
 * and UDP share a port only when one service publishes both to the same container port.
 * `existingKind` is the kind of an existing load balancer (`x-aws-loadbalancer`), if known.
 */
export function checkPublishedPorts(services: Record<string, EcsService>, emit: Emit, existingKind?: 'application' | 'network'): void {
  const listeners = new Map<string, Publisher[]>()
  const all: EcsPort[] = []
  for (const name of Object.keys(services).sort()) {
    for (const port of services[name]!.ports) {
      if (port.listenerPort === undefined) continue
      all.push(port)
      const key = `${port.listenerPort}/${port.protocol}`
      const publishers = listeners.get(key) ?? []
      const twice = publishers.find((p) => p.name === name)
      if (twice === undefined) {
        publishers.push({ name, port })
        listeners.set(key, publishers)
      } else if (twice.port.containerPort !== port.containerPort) {
        emit.report(
          'PUBLISHED_PORT_CONFLICT',
          [...port.origin, 'published'],
          `\`${name}\` publishes port ${port.listenerPort}/${port.protocol} twice, to container ports ${twice.port.containerPort} and ${port.containerPort}; a listener forwards to one of them only.`,
          'Publish each container port on its own port.',
        )
      }
    }
  }
  // A load balancer has one listener per port: TCP and UDP share it only as TCP_UDP, which
  // forwards both to one container port of one service.
  for (const [key, udp] of listeners) {
    const tcp = key.endsWith('/udp') && listeners.get(`${key.slice(0, -3)}tcp`)
    if (!tcp) continue
    for (const { name, port } of udp) {
      const other = tcp.find((p) => p.name !== name || p.port.containerPort !== port.containerPort)
      if (other)
        emit.report(
          'PUBLISHED_PORT_CONFLICT',
          [...port.origin, 'published'],
          `\`${name}\` publishes port ${port.listenerPort}/udp to container port ${port.containerPort}, and \`${other.name}\` port ${port.listenerPort}/tcp to container port ${other.port.containerPort}; a load balancer takes TCP and UDP on one port only as one TCP_UDP listener, which forwards both to one container of one service.`,
          'Publish a different port for one of them, or publish both protocols from one service to the same container port.',
        )
    }
  }
  // An existing load balancer is what it is; one composeform creates follows the ports.
  const application = existingKind ? existingKind === 'application' : all.every(speaksHttp)
  // One port that is not HTTP makes the created load balancer a network one, which surprises.
  const plain = !existingKind && all.some(speaksHttp) && all.find((p) => !speaksHttp(p))
  if (plain) {
    emit.report(
      'LOAD_BALANCER_NETWORK',
      [...plain.origin, 'published'],
      `\`${plain.origin[1]}\` publishes port ${plain.listenerPort}/${plain.protocol}, which is not HTTP, so the load balancer is a network one: its HTTP ports get TCP listeners, HTTPS ones TLS.`,
      'If it speaks HTTP, give it `app_protocol: http` for an application load balancer.',
    )
  }
  for (const publishers of listeners.values()) checkListener(publishers, application, emit)
}

function checkListener(publishers: Publisher[], application: boolean, emit: Emit): void {
  const routed = publishers.filter((p) => p.port.rule !== undefined)
  if (routed.length > 0 && !application) {
    for (const { name, port } of routed) {
      emit.report(
        'LISTENER_RULE_NEEDS_HTTP',
        [...port.origin, 'x-aws-rule'],
        `\`${name}\` routes port ${port.listenerPort} by host or path, but the project's load balancer is a network load balancer, which cannot look at requests.`,
        'Route by host or path only when every published port speaks HTTP(S) (`x-aws-protocol: http`, or ports 80 and 443), or publish a port of its own.',
        true,
      )
    }
    return
  }
  const [first, ...others] = publishers.filter((p) => p.port.rule === undefined)
  for (const { name, port } of others) {
    emit.report(
      'PUBLISHED_PORT_CONFLICT',
      [...port.origin, 'published'],
      `\`${name}\` and \`${first!.name}\` both publish port ${port.listenerPort}/${port.protocol} without \`x-aws-rule\`; the load balancer can send a port's unmatched requests to one service only.`,
      'Publish a different port for one of them (the container port can stay the same: "8081:80"), or give it an `x-aws-rule` with the host or path it serves.',
    )
  }
  if (publishers.length < 2) return
  const protocol = publishers[0]!.port.appProtocol
  // An application load balancer's HTTPS listener forwards HTTPS and gRPC alike, rule by rule.
  const listener = (p: EcsPort['appProtocol']) => (application && p === 'grpc' ? 'https' : p)
  for (const { name, port } of publishers.slice(1)) {
    if (listener(port.appProtocol) === listener(protocol)) continue
    emit.report(
      'PUBLISHED_PORT_CONFLICT',
      [...port.origin, 'published'],
      `\`${name}\` publishes port ${port.listenerPort} as ${port.appProtocol ?? 'plain TCP'} and \`${publishers[0]!.name}\` as ${protocol ?? 'plain TCP'}; one listener speaks one protocol.`,
      'Use the same `x-aws-protocol` for every service on this port.',
    )
  }
  const byRoute = new Map<string, string>()
  const byPriority = new Map<number, string>()
  for (const { name, port } of routed) {
    const rule = port.rule!
    const same = byRoute.get(routeKey(port))
    if (same !== undefined) {
      emit.report(
        'LISTENER_RULE_CONFLICT',
        [...port.origin, 'x-aws-rule'],
        `\`${name}\` and \`${same}\` route the same hosts and paths on port ${port.listenerPort}; only the first rule would ever match.`,
        'Give each service its own host or path.',
        true,
      )
    } else byRoute.set(routeKey(port), name)
    if (rule.priority === undefined) continue
    const taken = byPriority.get(rule.priority)
    if (taken !== undefined) {
      emit.report(
        'LISTENER_RULE_CONFLICT',
        [...port.origin, 'x-aws-rule', 'priority'],
        `\`${name}\` and \`${taken}\` both claim priority ${rule.priority} on port ${port.listenerPort}; a listener's rules need distinct priorities.`,
        'Choose another priority, or leave `priority` out to have rules ordered most specific first.',
      )
    } else byPriority.set(rule.priority, name)
  }
}
