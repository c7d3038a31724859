import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectEdges, ref, type ResourceGraph } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { graphJson } from '../src/index.js'
import { graphOf, node } from './graphs.js'
import { fixtureFiles, fixturesDir, graphFromFiles } from './pipeline.js'

const golden = (name: string) => readFileSync(join(fixturesDir, name, 'graph.json'), 'utf8')

test('one file, graph.json, no diagnostics', () => {
  assert.is(graphJson.name, 'graph-json')
  const { value, diagnostics } = graphJson.emit(graphOf())
  assert.equal(diagnostics, [])
  assert.equal(value.map((f) => f.path), ['graph.json'])
  assert.is(value[0]!.contents, '{\n  "description": "",\n  "parameters": [],\n  "conditions": [],\n  "nodes": [],\n  "outputs": [],\n  "edges": []\n}\n')
})

// Cases without options.json run with the fixture runner's defaults, which `graphFromFiles` uses.
const cases = readdirSync(fixturesDir)
  .filter((name) => existsSync(join(fixturesDir, name, 'graph.json')) && !existsSync(join(fixturesDir, name, 'options.json')))
  .sort()

test('there are fixture graphs to compare with', () => {
  assert.ok(cases.includes('convert-multi-service') && cases.includes('ecs-supported-attributes'), cases.join(', '))
})

for (const name of cases) {
  test(`byte-identical to fixtures/${name}/graph.json, from the real pipeline`, () => {
    const files = fixtureFiles(name)
    const composeFiles = files.has('compose.override.yaml') ? ['compose.yaml', 'compose.override.yaml'] : ['compose.yaml']
    const contents = graphJson.emit(graphFromFiles(files, composeFiles)).value[0]!.contents
    assert.is(contents, golden(name))
  })
}

test('the graph read back from a fixture, without its edges, gives the same file', () => {
  const { edges, ...graph } = JSON.parse(golden('convert-multi-service')) as ResourceGraph & { edges: unknown }
  assert.ok(Array.isArray(edges) && edges.length > 0)
  assert.is(graphJson.emit(graph).value[0]!.contents, golden('convert-multi-service'))
})

test('edges are derived from the references, after the graph\'s own fields', () => {
  const graph = graphOf({ nodes: [node('A', 'AWS::S3::Bucket', { P: ref('B', 'Arn') }, { dependsOn: ['B'] }), node('B', 'AWS::S3::Bucket')] })
  const written = JSON.parse(graphJson.emit(graph).value[0]!.contents) as Record<string, unknown>
  assert.equal(Object.keys(written), ['description', 'parameters', 'conditions', 'nodes', 'outputs', 'edges'])
  assert.equal(written.edges, JSON.parse(JSON.stringify(collectEdges(graph))))
  assert.equal(written.edges, [
    { from: 'A', to: 'B', kind: 'dependsOn', at: [] },
    { from: 'A', to: 'B', kind: 'getAtt', at: ['P'] },
  ])
})

test('an overlay is written as part of the graph', () => {
  const written = JSON.parse(graphJson.emit(graphOf({ overlay: { Resources: { X: { Type: 'AWS::S3::Bucket' } } } })).value[0]!.contents) as Record<string, unknown>
  assert.equal(written.overlay, { Resources: { X: { Type: 'AWS::S3::Bucket' } } })
})

test.run()
