import { convertCompose, ecsServices, ecsTaskDefinitions, hasErrors, type CheckMode, type Diagnostic, type OutputFile, type ResourceGraph } from 'composeform'

/** What the page converts: its files by name, and the check mode. */
export interface PageInput {
  /** File name → text; `compose.yaml` is the main file. */
  files: Readonly<Record<string, string>>
  mode: CheckMode
  /** Overrides the project name (`-p`); empty means compose's own choice. */
  projectName?: string
}

/** Everything the page shows for one input. */
export interface PageOutput {
  /** What `composeform convert` reports for the same files, sorted. */
  diagnostics: Diagnostic[]
  /** CloudFormation YAML and JSON, absent when there are errors. */
  template?: { yaml: OutputFile; json: OutputFile }
  /** ECS task definitions and services; their own notes (placeholders) stay with them. */
  ecs: { files: OutputFile[]; diagnostics: Diagnostic[] }
  /** The resource graph the diagram is drawn from, when conversion got that far. */
  graph?: ResourceGraph
}

/** The main compose file, always loaded first. */
export const MAIN_FILE = 'compose.yaml'
/** The override, loaded second when it holds anything (a blank tab is as if it did not exist). */
export const OVERRIDE_FILE = 'compose.override.yaml'

/**
 * Converts the page's files with the public facade, as `composeform convert -f compose.yaml
 * [-f compose.override.yaml]` does in a directory holding them: same loader, same emitters,
 * no environment variables (a browser has none). Never throws for bad input.
 */
export function convertPage(input: PageInput): PageOutput {
  const override = input.files[OVERRIDE_FILE]
  const files = override !== undefined && override.trim() !== '' ? [MAIN_FILE, OVERRIDE_FILE] : [MAIN_FILE]
  const result = convertCompose({
    files,
    sources: input.files,
    mode: input.mode,
    ...(input.projectName ? { projectName: input.projectName } : {}),
    emit: ['cfn-yaml', 'cfn-json'],
  })
  const byPath = new Map(result.files.map((file) => [file.path, file]))
  const yaml = byPath.get('template.yaml')
  const json = byPath.get('template.json')
  return {
    diagnostics: result.diagnostics,
    ...(yaml && json ? { template: { yaml, json } } : {}),
    ecs: result.graph && !hasErrors(result.diagnostics) ? emitEcs(result.graph) : { files: [], diagnostics: [] },
    ...(result.graph ? { graph: result.graph } : {}),
  }
}

function emitEcs(graph: ResourceGraph): PageOutput['ecs'] {
  const files: OutputFile[] = []
  const diagnostics: Diagnostic[] = []
  for (const emitter of [ecsTaskDefinitions, ecsServices]) {
    const emitted = emitter.emit(graph)
    files.push(...emitted.value)
    diagnostics.push(...emitted.diagnostics)
  }
  return { files, diagnostics }
}
