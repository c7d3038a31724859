import type { ResourceGraph } from './resource-graph.js'
import { isPseudo, type LogicalId, type Value } from './values.js'

/** A dependency between two parts of the graph, derived from references. */
export interface Edge {
  from: LogicalId
  to: LogicalId
  kind: 'ref' | 'getAtt' | 'dependsOn' | 'condition'
  /** Where in `from` the reference is (property path), empty for dependsOn/condition. */
  at: (string | number)[]
}

/** Every reference inside a value, with its path. */
export function collectRefs(value: Value, at: (string | number)[] = [], out: { to: LogicalId; attribute?: string; at: (string | number)[] }[] = []) {
  if (value === null || typeof value !== 'object') return out
  if (Array.isArray(value)) {
    value.forEach((v: Value, i: number) => collectRefs(v, [...at, i], out))
    return out
  }
  const record = value as { readonly [key: string]: Value }
  if (typeof record.$ref === 'string') {
    const attribute = (record as { attribute?: string }).attribute
    out.push(attribute === undefined ? { to: record.$ref, at } : { to: record.$ref, attribute, at })
    return out
  }
  for (const [key, v] of Object.entries(record)) collectRefs(v, [...at, key], out)
  return out
}

/**
 * The edges of a graph, derived from its references, `dependsOn` and conditions — never
 * stored, so they cannot drift from the properties. Sorted by from, to, kind, path.
 */
export function collectEdges(graph: ResourceGraph): Edge[] {
  const edges: Edge[] = []
  for (const node of graph.nodes) {
    for (const r of collectRefs(node.properties as Value)) {
      if (isPseudo(r.to)) continue
      edges.push({ from: node.id, to: r.to, kind: r.attribute === undefined ? 'ref' : 'getAtt', at: r.at })
    }
    if (node.metadata) {
      for (const r of collectRefs(node.metadata as Value, ['Metadata'])) {
        if (!isPseudo(r.to)) edges.push({ from: node.id, to: r.to, kind: r.attribute === undefined ? 'ref' : 'getAtt', at: r.at })
      }
    }
    for (const d of node.dependsOn) edges.push({ from: node.id, to: d, kind: 'dependsOn', at: [] })
    if (node.condition) edges.push({ from: node.id, to: node.condition, kind: 'condition', at: [] })
  }
  for (const output of graph.outputs) {
    for (const r of collectRefs(output.value)) if (!isPseudo(r.to)) edges.push({ from: output.id, to: r.to, kind: r.attribute === undefined ? 'ref' : 'getAtt', at: r.at })
  }
  const key = (e: Edge) => `${e.from}\u0000${e.to}\u0000${e.kind}\u0000${e.at.join('.')}`
  return edges.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/**
 * References to ids the graph does not define (resources, parameters, conditions). A
 * non-empty result is a bug in the converter, caught by tests, never shown to users.
 */
export function danglingReferences(graph: ResourceGraph): Edge[] {
  const ids = new Set<string>([...graph.nodes.map((n) => n.id), ...graph.parameters.map((p) => p.id)])
  const conditions = new Set(graph.conditions.map((c) => c.id))
  return collectEdges(graph).filter((e) => (e.kind === 'condition' ? !conditions.has(e.to) : !ids.has(e.to)))
}
