import { svg } from './dom.js'
import { TEXT, type PlacedDiagram, type Point } from './diagram-layout.js'

const FONT = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace'
const COLOURS = { group: '#f4f6fa', groupLine: '#9aa7bd', box: '#ffffff', parameter: '#fff8e6', line: '#44546a', text: '#1d2633', caption: '#5b6b82' }

/**
 * Draws a placed diagram as a standalone SVG element: styles are attributes, not CSS classes,
 * so the same element serialised is a file that looks the same anywhere.
 */
export function drawDiagram(placed: PlacedDiagram): SVGSVGElement {
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${placed.width} ${placed.height}`,
    width: placed.width,
    height: placed.height,
    'font-family': FONT,
    role: 'img',
    'aria-label': 'Resource graph',
  })
  root.append(
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: COLOURS.line }))),
    svg('rect', { x: 0, y: 0, width: placed.width, height: placed.height, fill: '#ffffff' }),
  )
  for (const group of placed.groups) {
    root.append(
      svg('g', { 'data-group': group.name },
        svg('rect', { x: group.x, y: group.y, width: group.width, height: group.height, rx: 6, fill: COLOURS.group, stroke: COLOURS.groupLine, 'stroke-dasharray': '4 3' }),
        svg('text', { x: group.x + 8, y: group.y + 16, 'font-size': 12, 'font-weight': 'bold', fill: COLOURS.caption }, group.name),
      ),
    )
  }
  for (const edge of placed.edges) {
    root.append(
      svg('g', { 'data-edge': `${edge.from}->${edge.to}` },
        svg('path', { d: polyline(edge.points), fill: 'none', stroke: COLOURS.line, 'stroke-width': 1.2, 'stroke-dasharray': edge.dashed ? '5 4' : undefined, 'marker-end': 'url(#arrow)' }),
        svg('text', { x: edge.labelAt.x, y: edge.labelAt.y + 4, 'font-size': 10, 'text-anchor': 'middle', fill: COLOURS.caption }, edge.label),
      ),
    )
  }
  for (const node of placed.nodes) {
    const centre = node.x + node.width / 2
    root.append(
      svg('g', { 'data-node': node.id },
        svg('rect', { x: node.x, y: node.y, width: node.width, height: node.height, rx: node.kind === 'parameter' ? 0 : 4, fill: node.kind === 'parameter' ? COLOURS.parameter : COLOURS.box, stroke: COLOURS.line, transform: node.kind === 'parameter' ? skew(node.x + node.width / 2, node.y + node.height / 2) : undefined }),
        svg('text', { x: centre, y: node.y + TEXT.padding / 2 + TEXT.lineHeight - 3, 'font-size': 12, 'text-anchor': 'middle', fill: COLOURS.text }, node.label),
        svg('text', { x: centre, y: node.y + TEXT.padding / 2 + 2 * TEXT.lineHeight - 3, 'font-size': 11, 'text-anchor': 'middle', fill: COLOURS.caption }, node.caption),
      ),
    )
  }
  return root
}

/** The SVG as a file's text. */
export function svgText(element: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(element)}\n`
}

function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(' ')
}

// A parallelogram, like Mermaid's parameter shape, around the box's centre.
function skew(cx: number, cy: number): string {
  return `translate(${round(cx)} ${round(cy)}) skewX(-12) translate(${round(-cx)} ${round(-cy)})`
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
