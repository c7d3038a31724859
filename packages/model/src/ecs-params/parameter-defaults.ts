import type { ResourceGraph } from '../graph/resource-graph.js'

/**
 * `graph` with new defaults for the parameters it declares (e.g. `Subnets` and
 * `AssignPublicIp` from ecs-params.yml); names it does not declare are skipped, as are
 * defaults a parameter's allowed values exclude. A new graph; the input is not changed.
 */
export function withParameterDefaults(graph: ResourceGraph, defaults: Readonly<Record<string, string>>): ResourceGraph {
  if (Object.keys(defaults).length === 0) return graph
  const parameters = graph.parameters.map((p) => {
    const value = Object.hasOwn(defaults, p.id) ? defaults[p.id] : undefined
    if (value === undefined || (p.allowedValues && !p.allowedValues.includes(value))) return p
    return { ...p, default: value }
  })
  return { ...graph, parameters }
}
