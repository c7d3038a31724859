import type { EcsPort, ListenerRoute } from '../ecs-project.js'
import type { RuleContext } from './rule-context.js'

const appProtocols = new Set(['http', 'https', 'grpc'])

const list = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** `x-aws-rule` of a published port (its schema is already checked) as a route. */
function listenerRoute(rule: unknown): { rule?: ListenerRoute } {
  if (typeof rule !== 'object' || rule === null) return {}
  const r = rule as Record<string, unknown>
  const hosts = list(r['host'])
  const paths = list(r['path'])
  if (hosts.length + paths.length === 0) return {}
  return { rule: { hosts, paths, ...(typeof r['priority'] === 'number' ? { priority: r['priority'] } : {}) } }
}

/**
 * `ports` and `expose` → the ports ECS maps. A published port becomes a load-balancer listener
 * (its port may differ from the container port); ranges and SCTP cannot be load balanced.
 */
export function checkPorts({ service, path, emit }: RuleContext): EcsPort[] {
  const out: EcsPort[] = []
  const seen = new Set<string>()
  service.ports?.forEach((port, i) => {
    const at = [...path, 'ports', i]
    if (port.protocol === 'sctp') {
      emit.report('PORT_PROTOCOL_UNSUPPORTED', [...at, 'protocol'], 'ECS port mappings carry TCP or UDP, not SCTP.', 'Use `protocol: tcp` or `udp`.')
      return
    }
    let listenerPort: number | undefined
    if (port.published !== undefined) {
      if (!/^\d+$/.test(port.published)) {
        emit.report(
          'PORT_RANGE_UNSUPPORTED',
          [...at, 'published'],
          `The published port range \`${port.published}\` cannot be a load-balancer listener.`,
          'List each published port on its own.',
        )
        return
      }
      listenerPort = Number(port.published)
    }
    if (listenerPort === undefined && port['x-aws-rule'] !== undefined) {
      emit.report('LISTENER_RULE_UNPUBLISHED', [...at, 'x-aws-rule'], '`x-aws-rule` has no effect on a port that is not published: no load balancer routes to it.', 'Add `published` with the load-balancer port, or remove `x-aws-rule`.', true)
    }
    const key = `${port.target}/${port.protocol}/${listenerPort ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    const declared = port['x-aws-protocol'] ?? port.app_protocol
    const appProtocol =
      typeof declared === 'string' && appProtocols.has(declared.toLowerCase())
        ? (declared.toLowerCase() as EcsPort['appProtocol'])
        : listenerPort === 80
          ? 'http'
          : listenerPort === 443
            ? 'https'
            : undefined
    out.push({
      containerPort: port.target,
      ...(listenerPort !== undefined ? { listenerPort } : {}),
      protocol: port.protocol === 'udp' ? 'udp' : 'tcp',
      ...(appProtocol ? { appProtocol } : {}),
      origin: at,
      ...(listenerPort !== undefined ? listenerRoute(port['x-aws-rule']) : {}),
    })
  })
  const expose = Array.isArray(service.expose) ? service.expose : []
  expose.forEach((entry, i) => {
    const [portText, protocol = 'tcp'] = String(entry).split('/')
    const port = Number(portText)
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      emit.report('PORT_RANGE_UNSUPPORTED', [...path, 'expose', i], `\`expose: ${String(entry)}\` is not a single port ECS can map.`, 'List each port on its own, as a number.')
      return
    }
    if (out.some((p) => p.containerPort === port && p.protocol === protocol)) return
    out.push({ containerPort: port, protocol: protocol === 'udp' ? 'udp' : 'tcp', origin: [...path, 'expose', i] })
  })
  return out
}
