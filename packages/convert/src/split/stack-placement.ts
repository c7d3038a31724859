import type { LogicalId, ResourceGraph, ResourceNode } from '@composeform/model'
import { normalizeName } from '../logical-id.js'
import { valueRefIds } from './references.js'

/** Where a resource goes: the nested stack `<S>Stack` of one service, or the root. */
export type Place = LogicalId | 'root'

/** Where each resource of a graph goes, and the service each nested stack holds. */
export interface Placement {
  placeOf: Map<LogicalId, Place>
  /** `<S>Stack` → the compose service it holds. */
  serviceOf: Map<LogicalId, string>
}

/**
 * Places each resource: one that came from a service (`origin` under `services.<name>`, a
 * sidecar's under its task's owner, `taskOf`) goes into `<S>Stack`, anything else into the
 * root. An origin only says where a resource was written in the compose file, not who uses
 * it, so what is used from outside its stack moves to the root, and so, in turn, does what
 * it uses: what the root references or waits for; what another stack references (it is
 * passed in as a parameter) or waits for (a listener several services share). Only another
 * stack's ECS service is waited for across stacks (`depends_on`): the waiting stack then
 * `DependsOn` the other. Should those waits still go round in a circle, a resource waited for
 * moves to the root until none does: stacks never wait for each other in a cycle.
 */
export function placeResources(graph: ResourceGraph, taskOf: (service: string) => string): Placement {
  const placeOf = new Map<LogicalId, Place>()
  const serviceOf = new Map<LogicalId, string>()
  for (const node of graph.nodes) {
    const service = node.origin?.[0] === 'services' && typeof node.origin[1] === 'string' ? taskOf(node.origin[1]) : undefined
    placeOf.set(node.id, service === undefined ? 'root' : `${normalizeName(service)}Stack`)
    if (service !== undefined) serviceOf.set(`${normalizeName(service)}Stack`, service)
  }
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]))
  // A stack waits for the whole of another stack: only for its ECS service does that mean
  // no more than the service asked for (its `depends_on`).
  const uses = (node: ResourceNode, from: Place): LogicalId[] => [...valueRefIds(node), ...node.dependsOn.filter((d) => from === 'root' || typeOf.get(d) !== 'AWS::ECS::Service')]
  for (;;) {
    for (let changed = true; changed; ) {
      changed = false
      for (const node of graph.nodes) {
        const from = placeOf.get(node.id)!
        for (const target of uses(node, from)) {
          const to = placeOf.get(target)
          if (to !== undefined && to !== 'root' && to !== from) {
            placeOf.set(target, 'root')
            changed = true
          }
        }
      }
    }
    const waitedFor = cycleBetweenStacks(graph.nodes, placeOf)
    if (waitedFor === undefined) return { placeOf, serviceOf }
    placeOf.set(waitedFor, 'root')
  }
}

/**
 * The first resource (by id) another stack waits for on a cycle of stacks waiting for each
 * other, or undefined when the stacks wait for each other in no cycle.
 */
function cycleBetweenStacks(nodes: readonly ResourceNode[], placeOf: ReadonlyMap<LogicalId, Place>): LogicalId | undefined {
  // Stack → the stacks it waits for → the resources there it waits for.
  const waits = new Map<LogicalId, Map<LogicalId, LogicalId[]>>()
  for (const node of nodes) {
    const from = placeOf.get(node.id)!
    if (from === 'root') continue
    for (const d of node.dependsOn) {
      const to = placeOf.get(d)
      if (to === undefined || to === 'root' || to === from) continue
      const out = waits.get(from) ?? new Map<LogicalId, LogicalId[]>()
      out.set(to, [...(out.get(to) ?? []), d])
      waits.set(from, out)
    }
  }
  const done = new Set<LogicalId>()
  const path: LogicalId[] = []
  const visit = (stack: LogicalId): LogicalId[] | undefined => {
    if (done.has(stack)) return undefined
    const at = path.indexOf(stack)
    if (at >= 0) return [...path.slice(at), stack]
    path.push(stack)
    for (const next of [...(waits.get(stack)?.keys() ?? [])].sort()) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    done.add(stack)
    return undefined
  }
  for (const stack of [...waits.keys()].sort()) {
    const cycle = visit(stack)
    if (!cycle) continue
    const waitedFor = cycle.slice(1).flatMap((to, i) => waits.get(cycle[i]!)!.get(to)!)
    return waitedFor.sort()[0]
  }
  return undefined
}
