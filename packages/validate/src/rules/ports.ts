import type { EcsPort, ListenerRoute } from '../ecs-project.js'
import type { RuleContext } from './rule-context.js'

const appProtocols = new Set(['http', 'https', 'grpc'])
// Said of a port that is no HTTP: it keeps its transport, and a listener on 80 or 443 is TCP.
const transportProtocols = new Set(['tcp', 'udp'])

// ECS port names: lowercase letters, digits, `_` and `-`, at most 64, not starting with `-`.
const PORT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/

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
  const names = new Map<string, string>()
  service.ports?.forEach((port, i) => {
    const at = [...path, 'ports', i]
    if (port.protocol === 'sctp') {
      emit.report('PORT_PROTOCOL_UNSUPPORTED', [...at, 'protocol'], 'ECS port mappings carry TCP or UDP, not SCTP.', 'Use `protocol: tcp` or `udp`.')
      return
    }
    // Bound to the loopback address, a port is the host's own: on ECS, the project's services reach it, nothing outside.
    const loopback = /^(127\.|::1$)/.test(port.host_ip ?? '')
    let listenerPort: number | undefined
    if (port.published !== undefined && !loopback) {
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
    const [appProtocol, transport = port.protocol === 'udp' ? 'udp' : 'tcp'] = declaredProtocol(port['x-aws-protocol'], port.app_protocol, listenerPort, at, emit)
    const key = `${port.target}/${transport}/${listenerPort ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    const name = portName(port.name, port.target, transport, names, at, emit)
    out.push({
      containerPort: port.target,
      ...(listenerPort !== undefined ? { listenerPort } : {}),
      protocol: transport,
      ...(appProtocol ? { appProtocol } : {}),
      ...(name !== undefined ? { name } : {}),
      origin: at,
      ...(listenerPort !== undefined ? listenerRoute(port['x-aws-rule']) : {}),
    })
  })
  const expose = Array.isArray(service.expose) ? service.expose : []
  expose.forEach((entry, i) => {
    const [portText, protocol = 'tcp'] = String(entry).split('/')
    const port = Number(portText)
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      emit.report('PORT_RANGE_UNSUPPORTED', [...path, 'expose', i], `\`expose: ${entry}\` is not a single port ECS can map.`, 'List each port on its own, as a number.')
      return
    }
    if (protocol !== 'tcp' && protocol !== 'udp') {
      emit.report('PORT_PROTOCOL_UNSUPPORTED', [...path, 'expose', i], `ECS port mappings carry TCP or UDP, not \`${protocol}\`.`, `Write \`${portText}/tcp\` or \`${portText}/udp\`.`)
      return
    }
    if (out.some((p) => p.containerPort === port && p.protocol === protocol)) return
    out.push({ containerPort: port, protocol: protocol === 'udp' ? 'udp' : 'tcp', origin: [...path, 'expose', i] })
  })
  // One container port is one port mapping, whichever of its entries named it.
  for (const port of out) {
    const named = out.find((p) => p.name !== undefined && p.containerPort === port.containerPort && p.protocol === port.protocol)
    if (named) port.name = named.name!
  }
  return out
}

/**
 * What a port speaks: `x-aws-protocol`, else `app_protocol`, as written when composeform knows
 * it (`tcp` and `udp` mean no HTTP, and that transport); without one, or with one it does not
 * know (reported), published 80 and 443 count as HTTP and HTTPS.
 */
function declaredProtocol(extension: unknown, appProtocol: string | undefined, listenerPort: number | undefined, at: (string | number)[], emit: RuleContext['emit']): [EcsPort['appProtocol'], EcsPort['protocol']?] {
  const byPort = listenerPort === 80 ? 'http' : listenerPort === 443 ? 'https' : undefined
  const [declared, key] = typeof extension === 'string' ? [extension, 'x-aws-protocol'] : [appProtocol, 'app_protocol']
  if (declared === undefined) return [byPort]
  const lower = declared.toLowerCase()
  if (appProtocols.has(lower)) return [lower as EcsPort['appProtocol']]
  if (transportProtocols.has(lower)) return [undefined, lower as EcsPort['protocol']]
  emit.report(
    'APP_PROTOCOL_UNKNOWN',
    [...at, key],
    `composeform does not know the protocol \`${declared}\`, so the port is ${byPort ? `taken for ${byPort.toUpperCase()}, as published on ${listenerPort}` : 'plain TCP'}.`,
    'Write `http`, `https` or `grpc` for a port the load balancer and Service Connect should treat as such, or `tcp`.',
  )
  return [byPort]
}

/** A port's own `name` (ECS `PortMapping.Name`) when it is one ECS accepts and no other port of the service has; the rest is reported. */
function portName(name: string | undefined, target: number, protocol: string, names: Map<string, string>, at: (string | number)[], emit: RuleContext['emit']): string | undefined {
  if (name === undefined) return undefined
  if (!PORT_NAME.test(name)) {
    emit.report('PORT_NAME_INVALID', [...at, 'name'], `\`${name}\` cannot name an ECS port mapping.`, 'Use lowercase letters, digits, `_` and `-` (at most 64, not starting with `-`).')
    return undefined
  }
  const port = `${target}/${protocol}`
  const other = names.get(name)
  if (other !== undefined && other !== port) {
    emit.report('PORT_NAME_INVALID', [...at, 'name'], `\`${name}\` already names port ${other} of this service; each port mapping needs its own name.`, 'Give this port another name.')
    return undefined
  }
  const named = [...names].find(([n, p]) => p === port && n !== name)
  if (named) {
    emit.report('PORT_NAME_INVALID', [...at, 'name'], `Port ${port} is named \`${named[0]}\` already; one container port is one port mapping, with one name.`, `Write \`name: ${named[0]}\` here too, or leave the name out.`)
    return undefined
  }
  names.set(name, port)
  return name
}
