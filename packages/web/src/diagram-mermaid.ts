import { mermaid, type OutputFile } from 'composeform'
import type { PageOutput } from './conversion.js'

/**
 * The Mermaid flowchart of what the page converted (graph.mmd), as `composeform graph
 * --format mermaid` writes it; absent when there are errors. Made by the diagram view, so that
 * the conversion the page runs on every edit carries no Mermaid code.
 */
export function mermaidFile(output: PageOutput): OutputFile | undefined {
  return output.template && output.graph ? mermaid.emit(output.graph).value[0] : undefined
}
