import type { ResourceGraph } from './resource-graph.js'
import { isLiteral, isPseudo, type LogicalId, type Value } from './values.js'

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
  // One path array is extended and shortened during the walk; each reference gets a copy.
  forEachRef(value, [...at], (to, attribute, path) => out.push(attribute === undefined ? { to, at: [...path] } : { to, attribute, at: [...path] }))
  return out
}

type RefVisitor = (to: LogicalId, attribute: string | undefined, path: readonly (string | number)[]) => void

/** Calls `visit` for every reference inside a value, in document order; `path` is live. */
function forEachRef(value: Value, path: (string | number)[], visit: RefVisitor): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      forEachRef(value[i] as Value, path, visit)
      path.pop()
    }
    return
  }
  const record = value as { readonly [key: string]: Value }
  if (typeof record.$ref === 'string') {
    visit(record.$ref, (record as { attribute?: string }).attribute, path)
    return
  }
  if (isLiteral(record)) return
  for (const key of Object.keys(record)) {
    path.push(key)
    forEachRef(record[key]!, path, visit)
    path.pop()
  }
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
  // Each sort key is built once, not on every comparison.
  const keyed = edges.map((e) => ({ key: `${e.from}\u0000${e.to}\u0000${e.kind}\u0000${e.at.join('.')}`, edge: e }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return keyed.map((k) => k.edge)
}

/**
 * References to ids the graph does not define (resources, parameters, conditions). A
 * non-empty result is a bug in the converter, caught by tests, never shown to users.
 */
export function danglingReferences(graph: ResourceGraph): Edge[] {
  const ids = new Set<string>([...graph.nodes.map((n) => n.id), ...graph.parameters.map((p) => p.id)])
  const conditions = new Set(graph.conditions.map((c) => c.id))
  const isDangling = (e: Pick<Edge, 'kind' | 'to'>) => (e.kind === 'condition' ? !conditions.has(e.to) : !ids.has(e.to))
  if (!anyDangling(graph, ids, conditions)) return []
  return collectEdges(graph).filter(isDangling)
}

// The usual case, nothing dangling, answered by one walk without paths, edges or sorting.
function anyDangling(graph: ResourceGraph, ids: ReadonlySet<string>, conditions: ReadonlySet<string>): boolean {
  const missing = (to: LogicalId) => !ids.has(to) && !isPseudo(to)
  for (const node of graph.nodes) {
    if (someRef(node.properties as Value, missing)) return true
    if (node.dependsOn.some((d) => !ids.has(d))) return true
    if (node.condition && !conditions.has(node.condition)) return true
  }
  return graph.outputs.some((output) => someRef(output.value, missing))
}

/** True when `test` holds for a reference inside a value. */
function someRef(value: Value, test: (to: LogicalId) => boolean): boolean {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) {
    for (const item of value as readonly Value[]) if (someRef(item, test)) return true
    return false
  }
  const record = value as { readonly [key: string]: Value }
  if (typeof record.$ref === 'string') return test(record.$ref)
  if (isLiteral(record)) return false
  for (const key in record) if (Object.hasOwn(record, key) && someRef(record[key]!, test)) return true
  return false
}
