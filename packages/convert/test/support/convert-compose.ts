import * as assert from 'uvu/assert'
import { danglingReferences, joinPath, loadProject, type Diagnostic, type ResourceGraph, type ResourceNode } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph, type ConvertOptions } from '../../src/index.js'

/** Loads, checks and converts one compose text; every stage must accept it and nothing may dangle. */
export function convertCompose(yaml: string, options: ConvertOptions = {}): ResourceGraph {
  const { graph, diagnostics } = convertComposeWithDiagnostics(yaml, options)
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), [])
  return graph
}

/** Like `convertCompose`, with the convert stage's diagnostics (which may hold errors). */
export function convertComposeWithDiagnostics(yaml: string, options: ConvertOptions = {}): { graph: ResourceGraph; diagnostics: Diagnostic[] } {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {}, projectDirectory: '.', directoryName: 'fixture' })
  const checked = checkEcs(loaded.value)
  assert.equal(checked.diagnostics.filter((d) => d.severity === 'error'), [], 'the input passes the checker')
  const graph = toGraph(checked.value, options)
  assert.equal(danglingReferences(graph.value), [])
  return { graph: graph.value, diagnostics: graph.diagnostics }
}

/** The resource `id` of a graph; fails the test when there is none. */
export function nodeOf(graph: ResourceGraph, id: string): ResourceNode {
  const found = graph.nodes.find((n) => n.id === id)
  assert.ok(found, `no resource ${id}`)
  return found!
}
