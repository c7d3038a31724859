import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertPage } from '../src/conversion.js'
import { mermaidFile } from '../src/diagram-mermaid.js'
import { placeDiagram } from '../src/diagram-layout.js'
import { PROJECT_GROUP, toDiagram } from '../src/diagram-model.js'
import { sampleFiles } from '../src/sample.js'

const graph = convertPage({ files: sampleFiles, mode: 'default' }).graph!

test('the diagram has a group per compose service plus the project, and every resource', () => {
  const diagram = toDiagram(graph)
  assert.equal(diagram.groups, ['api', 'frontend', PROJECT_GROUP])
  const resources = diagram.nodes.filter((n) => n.kind === 'resource')
  assert.equal(resources.map((n) => n.id), graph.nodes.map((n) => n.id))
  assert.is(resources.find((n) => n.id === 'ApiService')?.group, 'api')
  assert.is(resources.find((n) => n.id === 'ApiService')?.caption, 'ECS::Service')
  assert.ok(diagram.nodes.some((n) => n.kind === 'parameter' && n.id === 'Subnets'))
})

test('arrows agree with the mermaid emitter: one per pair, dotted only for dependsOn', () => {
  const diagram = toDiagram(graph)
  const mermaid = mermaidFile(convertPage({ files: sampleFiles, mode: 'default' }))!.contents
  const arrows = mermaid.split('\n').filter((line) => line.includes('-->') || line.includes('-.->'))
  assert.is(diagram.edges.length, arrows.length)
  assert.is(diagram.edges.filter((e) => e.dashed).length, arrows.filter((line) => line.includes('-.->')).length)
  const pairs = diagram.edges.map((e) => `${e.from}>${e.to}`)
  assert.is(new Set(pairs).size, pairs.length)
})

test('the layout places every box inside its group and the drawing, deterministically', () => {
  const diagram = toDiagram(graph)
  const placed = placeDiagram(diagram)
  assert.equal(placeDiagram(diagram), placed)
  const groups = new Map(placed.groups.map((g) => [g.name, g]))
  for (const node of placed.nodes) {
    const group = groups.get(node.group)!
    assert.ok(node.x >= group.x && node.x + node.width <= group.x + group.width + 0.5, `${node.id} inside ${group.name} (x)`)
    assert.ok(node.y >= group.y && node.y + node.height <= group.y + group.height + 0.5, `${node.id} inside ${group.name} (y)`)
    assert.ok(node.x + node.width <= placed.width && node.y + node.height <= placed.height)
  }
  for (const edge of placed.edges) assert.ok(edge.points.length >= 2, `${edge.from}->${edge.to} has a path`)
})

test.run()
