import { collectEdges } from '@composeform/model'
import type { Emitter } from '@composeform/emit-cfn'
import { jsonFile } from './json.js'

/**
 * The resource graph itself: one file, `graph.json`, the graph with its derived edges
 * (`collectEdges`) under `edges`, as the fixtures' `graph.json` hold it.
 */
export const graphJson: Emitter = {
  name: 'graph-json',
  emit(graph) {
    return { value: [{ path: 'graph.json', contents: jsonFile({ ...graph, edges: collectEdges(graph) }) }], diagnostics: [] }
  },
}
