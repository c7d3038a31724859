import { applyEcsParams, collectEdges, hasErrors, loadProject, readPatch, sortDiagnostics, withParameterDefaults, type Diagnostic, type PatchFile, type SeverityOverrides } from '@composeform/model'
import { toGraph } from '@composeform/convert'
import { applyPatches, cfnJson, cfnYaml } from '@composeform/emit-cfn'
import { checkEcs } from '@composeform/validate'
import { caseComposeFiles, caseEcsParams, caseOptions, casePatchFiles } from './fixture-case.js'
import { memoryHost } from './memory-host.js'
import { assertNoDanglingReferences } from './no-dangling.js'

/** What one fixture case produces: output file name → contents, and the files it read. */
export interface StageOutputs {
  outputs: Map<string, string>
  read: Set<string>
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'

/**
 * Runs every stage that exists over one case's files. A case whose diagnostics hold an error
 * gets no stage outputs beyond diagnostics.json.
 */
export function runStages(files: ReadonlyMap<string, string>): StageOutputs {
  const options = caseOptions(files)
  const host = memoryHost(files)
  const loaded = loadProject({
    files: caseComposeFiles(files, options),
    host,
    environment: options.environment ?? {},
    ...(options.envFiles ? { envFiles: options.envFiles } : {}),
    ...(options.profiles ? { profiles: options.profiles } : {}),
    ...(options.projectName ? { projectName: options.projectName } : {}),
    projectDirectory: '.',
    directoryName: 'fixture',
  })
  const diagnostics: Diagnostic[] = [...loaded.diagnostics]
  const patches: PatchFile[] = []
  for (const source of casePatchFiles(files)) {
    const read = readPatch(source)
    diagnostics.push(...read.diagnostics)
    if (read.value) patches.push(read.value)
  }
  const outputs = new Map<string, string>()
  const ecsParams = caseEcsParams(files)
  const migrated = ecsParams && !hasErrors(diagnostics) ? applyEcsParams(loaded.value, ecsParams, options.environment) : undefined
  diagnostics.push(...(migrated?.diagnostics ?? []))
  if (!hasErrors(diagnostics)) {
    const project = migrated?.value.project ?? loaded.value
    outputs.set('model.json', json(project.model))
    const checked = checkEcs(project, { mode: options.mode ?? 'default', severity: (options.severity ?? {}) as SeverityOverrides })
    diagnostics.push(...checked.diagnostics)
    if (!hasErrors(diagnostics)) {
      const built = toGraph(checked.value)
      const graph = { ...built, value: withParameterDefaults(built.value, migrated?.value.parameterDefaults ?? {}) }
      diagnostics.push(...graph.diagnostics)
      if (!hasErrors(diagnostics)) {
        assertNoDanglingReferences(graph.value)
        outputs.set('graph.json', json({ ...graph.value, edges: collectEdges(graph.value) }))
        for (const emitter of [cfnJson, cfnYaml]) {
          const emitted = emitter.emit(graph.value, patches.length > 0 ? { patch: (template) => applyPatches(template, patches) } : {})
          // Both emitters apply the same patches; a failure is reported once.
          if (emitter === cfnJson) diagnostics.push(...emitted.diagnostics)
          for (const file of emitted.value) outputs.set(file.path, file.contents)
        }
      }
    }
  }
  outputs.set('diagnostics.json', json(sortDiagnostics(diagnostics)))
  const read = new Set(host.read)
  for (const input of options.inputs ?? []) read.add(input)
  for (const patch of casePatchFiles(files)) read.add(patch.path)
  if (ecsParams) read.add(ecsParams.path)
  read.add('options.json')
  return { outputs, read }
}
