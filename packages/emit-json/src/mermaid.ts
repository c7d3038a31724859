import { collectEdges, type Edge, type ResourceGraph, type ResourceNode } from '@composeform/model'
import type { Emitter } from '@composeform/emit-cfn'
import { composeServiceOf } from './compose-service.js'
import { mermaidId, mermaidLabel } from './mermaid-text.js'
import { shortType } from './short-type.js'

/** Edge kinds drawn, in label order. Conditions are not nodes, so `condition` edges are not drawn. */
const KINDS: readonly Edge['kind'][] = ['ref', 'getAtt', 'dependsOn']

/**
 * A Mermaid `flowchart LR` of the resources and their references, one file, `graph.mmd`:
 * one subgraph per compose service (resources whose `origin` is `['services', name, …]`)
 * and one `project` subgraph for the rest, with the parameters resources refer to as
 * parallelogram nodes. One arrow per referring pair, labelled with its kinds (`ref`,
 * `getAtt`, `dependsOn`); a pair linked only by `dependsOn` is dotted. Deterministic: groups
 * by service name, nodes by id, arrows by their ends.
 */
export const mermaid: Emitter = {
  name: 'mermaid',
  emit(graph) {
    return { value: [{ path: 'graph.mmd', contents: flowchart(graph) }], diagnostics: [] }
  },
}

function flowchart(graph: ResourceGraph): string {
  const nodeIds = new Set(graph.nodes.map((n) => n.id))
  const edges = collectEdges(graph).filter((e) => nodeIds.has(e.from) && KINDS.includes(e.kind))
  const referenced = new Set(edges.map((e) => e.to))
  const parameters = graph.parameters.filter((p) => referenced.has(p.id) && !nodeIds.has(p.id))
  const idOf = (id: string) => (nodeIds.has(id) ? mermaidId('r', id) : mermaidId('p', id))

  const lines = ['flowchart LR']
  for (const [service, nodes] of byService(graph.nodes)) {
    lines.push(`  subgraph ${mermaidId('s', service)}["${mermaidLabel(service)}"]`)
    for (const node of nodes) lines.push(`    ${resourceLine(node)}`)
    lines.push('  end')
  }
  const rest = graph.nodes.filter((n) => composeServiceOf(n) === undefined)
  if (rest.length > 0 || parameters.length > 0) {
    lines.push('  subgraph project["project"]')
    for (const node of rest) lines.push(`    ${resourceLine(node)}`)
    for (const p of parameters) lines.push(`    ${mermaidId('p', p.id)}[/"${mermaidLabel(p.id)}<br/>Parameter"/]`)
    lines.push('  end')
  }
  for (const [from, to, kinds] of pairs(edges)) {
    const arrow = kinds.every((k) => k === 'dependsOn') ? '-.->' : '-->'
    lines.push(`  ${idOf(from)} ${arrow}|${kinds.join(',')}| ${idOf(to)}`)
  }
  return lines.join('\n') + '\n'
}

function resourceLine(node: ResourceNode): string {
  return `${mermaidId('r', node.id)}["${mermaidLabel(node.id)}<br/>${mermaidLabel(shortType(node.type))}"]`
}

/** The resources of each compose service, services sorted by name, resources in graph order. */
function byService(nodes: readonly ResourceNode[]): [string, ResourceNode[]][] {
  const groups = new Map<string, ResourceNode[]>()
  for (const node of nodes) {
    const service = composeServiceOf(node)
    if (service !== undefined) groups.set(service, [...(groups.get(service) ?? []), node])
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** One entry per from→to pair, in edge order, with its kinds in `KINDS` order. */
function pairs(edges: readonly Edge[]): [string, string, Edge['kind'][]][] {
  const kinds = new Map<string, Set<Edge['kind']>>()
  const ends = new Map<string, [string, string]>()
  for (const e of edges) {
    const key = `${e.from}\u0000${e.to}`
    if (!kinds.has(key)) {
      kinds.set(key, new Set())
      ends.set(key, [e.from, e.to])
    }
    kinds.get(key)!.add(e.kind)
  }
  return [...ends].map(([key, [from, to]]) => [from, to, KINDS.filter((k) => kinds.get(key)!.has(k))])
}
