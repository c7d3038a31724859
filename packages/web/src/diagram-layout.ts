import { Graph, layout } from '@dagrejs/dagre'
import type { Diagram, DiagramEdge, DiagramNode } from './diagram-model.js'

/** A point in diagram units (pixels of the SVG's view box). */
export interface Point {
  x: number
  y: number
}

/** A rectangle by its top-left corner. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The diagram with every box and arrow placed. */
export interface PlacedDiagram {
  width: number
  height: number
  groups: (Box & { name: string })[]
  nodes: (Box & DiagramNode)[]
  edges: (DiagramEdge & { points: Point[]; labelAt: Point })[]
}

/** Text metrics the layout assumes: the SVG draws every label in a monospace font of these sizes. */
export const TEXT = { charWidth: 7.3, edgeCharWidth: 6.1, lineHeight: 15, padding: 10 } as const

/**
 * Places the diagram left to right with dagre (a layered, Sugiyama-style layout): groups as
 * clusters around their boxes, arrows as polylines with a label point. Pure: the same
 * diagram always gives the same coordinates.
 */
export function placeDiagram(diagram: Diagram): PlacedDiagram {
  const g = new Graph({ compound: true, multigraph: false })
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 60, edgesep: 12, marginx: 12, marginy: 12 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const group of diagram.groups) g.setNode(groupKey(group), { label: group, paddingTop: 24, width: 0, height: 0 })
  for (const node of diagram.nodes) {
    const characters = Math.max(node.label.length, node.caption.length)
    g.setNode(nodeKey(node.id), { width: Math.ceil(characters * TEXT.charWidth) + 2 * TEXT.padding, height: 2 * TEXT.lineHeight + TEXT.padding })
    g.setParent(nodeKey(node.id), groupKey(node.group))
  }
  for (const edge of diagram.edges) {
    g.setEdge(nodeKey(edge.from), nodeKey(edge.to), { width: Math.ceil(edge.label.length * TEXT.edgeCharWidth), height: TEXT.lineHeight, labelpos: 'c' })
  }
  layout(g)

  const box = (key: string): Box => {
    const n = g.node(key) as { x: number; y: number; width: number; height: number }
    return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height }
  }
  const graphLabel = g.graph() as { width?: number; height?: number }
  return {
    width: Math.ceil(graphLabel.width ?? 0),
    height: Math.ceil(graphLabel.height ?? 0),
    groups: diagram.groups.map((name) => ({ name, ...box(groupKey(name)) })),
    nodes: diagram.nodes.map((node) => ({ ...node, ...box(nodeKey(node.id)) })),
    edges: diagram.edges.map((edge) => {
      const placed = g.edge(nodeKey(edge.from), nodeKey(edge.to)) as { points?: Point[]; x?: number; y?: number }
      const points = (placed.points ?? []).map(({ x, y }) => ({ x, y }))
      return { ...edge, points, labelAt: { x: placed.x ?? points[0]?.x ?? 0, y: placed.y ?? points[0]?.y ?? 0 } }
    }),
  }
}

// Group and box names share dagre's one namespace; a compose service may be named like a resource.
function groupKey(name: string): string {
  return `group:${name}`
}

function nodeKey(id: string): string {
  return `node:${id}`
}
