import { hasErrors, type Diagnostic } from '@composeform/model'
import { toGraph } from '@composeform/convert'
import { cfnJson, cfnYaml, type Emitter, type OutputFile } from '@composeform/emit-cfn'
import type { EcsProject } from '@composeform/validate'

/** The emitters `convert --format` knows, by name. */
export const emitters: Record<string, Emitter> = { 'cfn-yaml': cfnYaml, 'cfn-json': cfnJson }

/** Runs convert and the requested emitters; files only when nothing failed. */
export function convertProject(project: EcsProject, formats: readonly string[]): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const graph = toGraph(project)
  const diagnostics = [...graph.diagnostics]
  if (hasErrors(diagnostics)) return { files: [], diagnostics }
  const files: OutputFile[] = []
  for (const format of formats) {
    const emitted = emitters[format]!.emit(graph.value)
    diagnostics.push(...emitted.diagnostics)
    files.push(...emitted.value)
  }
  return { files, diagnostics }
}
