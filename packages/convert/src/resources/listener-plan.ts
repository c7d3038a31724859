import type { LogicalId } from '@composeform/model'
import type { EcsPort, EcsProject } from '@composeform/validate'
import { normalizeName } from '../logical-id.js'

/** The kind of load balancer a project needs. */
export type LoadBalancerType = 'application' | 'network'

/** A listener several services share, routing by host or path (`x-aws-rule`). */
export interface SharedListener {
  /** `LoadBalancer<PROTO><port>Listener`. */
  id: LogicalId
  /** The target group of the port that gets the requests no rule matches; undefined: a fixed 404. */
  fallback?: LogicalId
  /** The port whose protocol and position the listener takes. */
  first: EcsPort
}

/** How the project's published ports become listeners. */
export interface ListenerPlan {
  /** Shared listeners, by `<PROTO><port>`. */
  shared: Map<string, SharedListener>
  /** The rule priority of every port routed by `x-aws-rule`. */
  priorities: Map<EcsPort, number>
  /** True when the created load balancer redirects port 80 to HTTPS on 443. */
  redirectHttp: boolean
}

/** `<PROTO><port>` of a published port: which listener it belongs to. */
export const listenerKey = (port: EcsPort): string => `${port.protocol.toUpperCase()}${port.listenerPort}`

// `<S><PROTO><published>TargetGroup`: the target group of a published port of service `name`.
const targetGroupId = (name: string, port: EcsPort): LogicalId => `${normalizeName(name)}${listenerKey(port)}TargetGroup`

// How much of a pattern is literal: a longer literal part matches fewer requests.
const literal = (patterns: readonly string[]): number => Math.max(0, ...patterns.map((p) => p.replace(/[*?]/g, '').length))

/** Most specific first: host and path before one of them, then longer literal paths, then hosts. */
function specificity(a: EcsPort, b: EcsPort): number {
  const ra = a.rule!
  const rb = b.rule!
  const kinds = (r: typeof ra): number => (r.hosts.length > 0 ? 1 : 0) + (r.paths.length > 0 ? 1 : 0)
  return kinds(rb) - kinds(ra) || literal(rb.paths) - literal(ra.paths) || literal(rb.hosts) - literal(ra.hosts)
}

/**
 * Decides the listeners of an application load balancer: ports that several services publish,
 * or that carry an `x-aws-rule`, share one listener with a rule per routed port. Priorities are
 * explicit where `x-aws-rule` sets one; the others take 10, 20, 30, … (skipping taken ones) most
 * specific rule first, then by service name and port. The created load balancer redirects port 80
 * to HTTPS when a service publishes 443 as HTTPS and none publishes 80.
 */
export function planListeners(project: EcsProject, type: LoadBalancerType): ListenerPlan {
  const plan: ListenerPlan = { shared: new Map(), priorities: new Map(), redirectHttp: false }
  if (type !== 'application') return plan
  // Service names sorted, ports in declaration order: the tie-breaker of equally specific rules.
  const owners = new Map<EcsPort, string>()
  const ports = Object.keys(project.services)
    .sort()
    .flatMap((name) => project.services[name]!.ports.filter((p) => p.listenerPort !== undefined && owners.set(p, name)))
  const groups = new Map<string, EcsPort[]>()
  for (const port of ports) groups.set(listenerKey(port), [...(groups.get(listenerKey(port)) ?? []), port])
  for (const [key, group] of groups) {
    const routed = group.filter((p) => p.rule !== undefined)
    if (group.length < 2 && routed.length === 0) continue
    const fallback = group.find((p) => p.rule === undefined)
    plan.shared.set(key, { id: `LoadBalancer${key}Listener`, first: group[0]!, ...(fallback ? { fallback: targetGroupId(owners.get(fallback)!, fallback) } : {}) })
    const taken = new Set(routed.flatMap((p) => (p.rule!.priority !== undefined ? [p.rule!.priority] : [])))
    let next = 10
    for (const port of routed.filter((p) => p.rule!.priority === undefined).sort(specificity)) {
      while (taken.has(next)) next += 10
      taken.add(next)
      plan.priorities.set(port, next)
    }
    for (const port of routed) if (port.rule!.priority !== undefined) plan.priorities.set(port, port.rule!.priority)
  }
  plan.redirectHttp = ports.some((p) => p.listenerPort === 443 && p.protocol === 'tcp' && p.appProtocol === 'https') && !ports.some((p) => p.listenerPort === 80 && p.protocol === 'tcp')
  return plan
}
