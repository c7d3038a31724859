import { hasErrors, joinPath, loadProject, type Diagnostic } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph } from '@composeform/convert'
import { cfnJson, cfnYaml } from '@composeform/emit-cfn'
import { assertNoDanglingReferences } from './no-dangling.js'

/** Runs the whole pipeline on in-memory compose text; templates only when nothing failed. */
export function convertText(text: string): { diagnostics: Diagnostic[]; json?: string; yaml?: string } {
  const files = new Map([['compose.yaml', text]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {}, projectName: 'prop' })
  const diagnostics = [...loaded.diagnostics]
  if (hasErrors(diagnostics)) return { diagnostics }
  const checked = checkEcs(loaded.value)
  diagnostics.push(...checked.diagnostics)
  if (hasErrors(diagnostics)) return { diagnostics }
  const graph = toGraph(checked.value)
  diagnostics.push(...graph.diagnostics)
  if (hasErrors(diagnostics)) return { diagnostics }
  assertNoDanglingReferences(graph.value)
  return { diagnostics, json: cfnJson.emit(graph.value).value[0]!.contents, yaml: cfnYaml.emit(graph.value).value[0]!.contents }
}
