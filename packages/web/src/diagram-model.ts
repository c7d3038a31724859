import { collectEdges, type Edge, type ResourceGraph } from 'composeform'

/** A box in the diagram: a resource, or a parameter that resources refer to. */
export interface DiagramNode {
  id: string
  /** The logical id. */
  label: string
  /** The short type (`ECS::Service`) or `Parameter`. */
  caption: string
  kind: 'resource' | 'parameter'
  /** The group (compose service name, or `project`) the box sits in. */
  group: string
}

/** One arrow per referring pair, labelled with its kinds; dashed when only `dependsOn`. */
export interface DiagramEdge {
  from: string
  to: string
  label: string
  dashed: boolean
}

/** The diagram the page draws: the same groups, boxes and arrows as the `mermaid` emitter's flowchart. */
export interface Diagram {
  groups: string[]
  nodes: DiagramNode[]
  edges: DiagramEdge[]
}

/** The group for resources that no compose service owns. */
export const PROJECT_GROUP = 'project'
const KINDS: readonly Edge['kind'][] = ['ref', 'getAtt', 'dependsOn']

/**
 * Turns a resource graph into boxes and arrows: one group per compose service (resources whose
 * `origin` is `['services', name, …]`), a `project` group for the rest and for the parameters
 * resources refer to. Deterministic: groups by name, boxes in graph order, arrows by their ends.
 */
export function toDiagram(graph: ResourceGraph): Diagram {
  const resourceIds = new Set(graph.nodes.map((n) => n.id))
  const edges = collectEdges(graph).filter((e) => resourceIds.has(e.from) && KINDS.includes(e.kind))
  const referenced = new Set(edges.map((e) => e.to))
  const nodes: DiagramNode[] = graph.nodes.map((node) => ({
    id: node.id,
    label: node.id,
    caption: node.type.startsWith('AWS::') ? node.type.slice('AWS::'.length) : node.type,
    kind: 'resource',
    group: serviceOf(node.origin) ?? PROJECT_GROUP,
  }))
  for (const parameter of graph.parameters) {
    if (referenced.has(parameter.id) && !resourceIds.has(parameter.id)) {
      nodes.push({ id: parameter.id, label: parameter.id, caption: 'Parameter', kind: 'parameter', group: PROJECT_GROUP })
    }
  }
  const known = new Set(nodes.map((n) => n.id))
  const services = [...new Set(nodes.map((n) => n.group).filter((g) => g !== PROJECT_GROUP))].sort()
  const groups = nodes.some((n) => n.group === PROJECT_GROUP) ? [...services, PROJECT_GROUP] : services
  return { groups, nodes, edges: pairs(edges.filter((e) => known.has(e.to))) }
}

function serviceOf(origin: readonly (string | number)[] | undefined): string | undefined {
  const [section, name] = origin ?? []
  return section === 'services' && typeof name === 'string' ? name : undefined
}

function pairs(edges: readonly Edge[]): DiagramEdge[] {
  const kinds = new Map<string, { from: string; to: string; kinds: Set<Edge['kind']> }>()
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}`
    const pair = kinds.get(key) ?? { from: e.from, to: e.to, kinds: new Set() }
    pair.kinds.add(e.kind)
    kinds.set(key, pair)
  }
  return [...kinds.values()]
    .map(({ from, to, kinds: set }) => {
      const ordered = KINDS.filter((k) => set.has(k))
      return { from, to, label: ordered.join(','), dashed: ordered.every((k) => k === 'dependsOn') }
    })
    .sort((a, b) => (a.from === b.from ? compare(a.to, b.to) : compare(a.from, b.from)))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
