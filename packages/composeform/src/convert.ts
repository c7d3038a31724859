import { toGraph, type EnvironmentMode } from '@composeform/convert'
import type { OutputFile } from '@composeform/emit-cfn'
import {
  applyEcsParams,
  applySeverityOverrides,
  hasErrors,
  joinPath,
  loadProject,
  sortDiagnostics,
  withParameterDefaults,
  type ComposeProject,
  type Diagnostic,
  type EcsParamsSource,
  type ResourceGraph,
  type LoadOptions,
  type SeverityOverrides,
  type SourceHost,
} from '@composeform/model'
import { checkEcs, type CheckMode, type EcsProject } from '@composeform/validate'
import { createEmitterRegistry } from './default-emitters.js'
import { emitNestedStacks } from './nested-stacks.js'
import type { EmitterRegistry } from './emitter-registry.js'
import { TEMPLATE_EMITTERS, templateSizeDiagnostics } from './template-size.js'
import { checkPatches, patchedEmitters, readPatches, type PatchSource } from './patches.js'

/**
 * Everything `convert` can be told. Only `files` plus one of `sources`/`host` are needed; the
 * loader's options (environment, env files, profiles, project name and directory, size limits)
 * are the same as `loadProject`'s.
 */
export interface ConvertOptions extends Partial<Omit<LoadOptions, 'files' | 'host'>> {
  /** Compose files in order; the first is the main file. Default `['compose.yaml']`. */
  files?: readonly string[]
  /** In-memory files by path (a browser's editor tabs, a test). */
  sources?: Readonly<Record<string, string>> | ReadonlyMap<string, string>
  /** Or any SourceHost (the CLI passes a file-system one). */
  host?: SourceHost
  /** `default` warns about attributes ECS ignores, `strict` fails on them, `loose` is silent. */
  mode?: CheckMode
  /** Per-code severity changes, for every stage. */
  severity?: SeverityOverrides
  /** Values for the template's parameters, for emitters that resolve them (ecs-json). */
  parameters?: Readonly<Record<string, string>>
  /** Parameters (default) or literal VPC/subnets. */
  deployEnvironment?: EnvironmentMode
  /** Emitter names to run, default `['cfn-yaml']`. */
  emit?: readonly string[]
  /**
   * Split the CloudFormation templates into nested stacks, one per ECS service
   * (`stacks/<S>Stack.yaml` beside the root template), for projects over CloudFormation's
   * 500 resources per stack. Deploy with `aws cloudformation package` first.
   */
  nestedStacks?: boolean
  /** Options per emitter name. */
  emitterOptions?: Readonly<Record<string, Record<string, unknown>>>
  /** Emitters to choose from; default the built-in ones. */
  registry?: EmitterRegistry
  /**
   * RFC 6902 JSON Patch files applied in order to the CloudFormation template, after the
   * `x-aws-cloudformation` overlay. Only cfn-json and cfn-yaml see them; ECS JSON and the
   * graph describe what composeform generated.
   */
  patches?: readonly PatchSource[]
  /**
   * An ecs-cli `ecs-params.yml`, mapped onto the loaded project before the ECS check (see
   * `applyEcsParams`); `result.project` is then the mapped project.
   */
  ecsParams?: EcsParamsSource
}

/** What `convert` returns: the files (when nothing failed), every diagnostic, and each stage's value. */
export interface ConvertResult {
  files: OutputFile[]
  diagnostics: Diagnostic[]
  project: ComposeProject
  ecs?: EcsProject
  graph?: ResourceGraph
}

function hostFor(options: ConvertOptions): SourceHost {
  if (options.host) return options.host
  const sources = options.sources instanceof Map ? options.sources : new Map(Object.entries(options.sources ?? {}))
  return { readFile: (path) => sources.get(path), resolve: joinPath }
}

/**
 * Runs the whole pipeline — load, check, convert, emit — as a pure function of its options.
 * Never throws for problems in the input: they are diagnostics, sorted, with positions. Files
 * are produced only when no diagnostic is an error. An unknown emitter name is reported as a
 * thrown error, since it is the caller's mistake, not the input's.
 */
export function convert(options: ConvertOptions = {}): ConvertResult {
  const registry = options.registry ?? createEmitterRegistry()
  const emit = options.emit ?? ['cfn-yaml']
  const emitters = emit.map((name) => {
    const emitter = registry.get(name)
    if (!emitter) throw new Error(`unknown emitter ${name}; known: ${registry.names().join(', ')}`)
    return emitter
  })
  const { sources: _sources, host: _host, files: composeFiles, mode: _mode, severity: _severity, parameters: _parameters, deployEnvironment: _deploy, emit: _emit, emitterOptions: _emitterOptions, registry: _registry, patches: _patches, ecsParams: _ecsParams, ...load } = options
  const loaded = loadProject({ ...load, environment: options.environment ?? {}, files: composeFiles ?? ['compose.yaml'], host: hostFor(options) })
  const migrated = options.ecsParams && !hasErrors(loaded.diagnostics) ? applyEcsParams(loaded.value, options.ecsParams, options.environment) : undefined
  const project = migrated?.value.project ?? loaded.value
  const patches = readPatches(options.patches ?? [])
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...(migrated?.diagnostics ?? []), ...patches.diagnostics]
  const finish = (rest: Omit<ConvertResult, 'diagnostics' | 'project' | 'files'> & { files?: OutputFile[] }): ConvertResult => {
    const all = sortDiagnostics(applySeverityOverrides(diagnostics, options.severity))
    return { files: hasErrors(all) ? [] : (rest.files ?? []), diagnostics: all, project, ...(rest.ecs ? { ecs: rest.ecs } : {}), ...(rest.graph ? { graph: rest.graph } : {}) }
  }
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({})
  const checked = checkEcs(project, { mode: options.mode ?? 'default' })
  diagnostics.push(...checked.diagnostics)
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({ ecs: checked.value })
  const built = toGraph(checked.value, options.deployEnvironment ? { environment: options.deployEnvironment } : {})
  const graph = { ...built, value: withParameterDefaults(built.value, migrated?.value.parameterDefaults ?? {}) }
  diagnostics.push(...graph.diagnostics)
  // Split, the stack-wide count is checked per template instead (emitNestedStacks).
  if (options.nestedStacks) diagnostics.splice(0, diagnostics.length, ...diagnostics.filter((d) => d.code !== 'CFN_TOO_MANY_RESOURCES'))
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({ ecs: checked.value, graph: graph.value })
  diagnostics.push(...checkPatches(graph.value, patches.files))
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({ ecs: checked.value, graph: graph.value })
  const files: OutputFile[] = []
  for (const emitter of emitters) {
    const emitterOptions = { ...(options.parameters ? { parameters: options.parameters } : {}), ...(patchedEmitters.has(emitter.name) && patches.files.length > 0 ? { patches: patches.files } : {}), ...(options.emitterOptions?.[emitter.name] ?? {}) }
    const emitted = options.nestedStacks && TEMPLATE_EMITTERS.has(emitter.name) ? emitNestedStacks(emitter, graph.value, emitterOptions, loaded.value, (service) => checked.value.services[service]?.task ?? service) : emitter.emit(graph.value, emitterOptions)
    diagnostics.push(...emitted.diagnostics)
    files.push(...emitted.value)
    if (TEMPLATE_EMITTERS.has(emitter.name)) diagnostics.push(...templateSizeDiagnostics(emitted.value, loaded.value))
  }
  return finish({ ecs: checked.value, graph: graph.value, files })
}
