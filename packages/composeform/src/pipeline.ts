import { toGraph } from '@composeform/convert'
import type { OutputFile } from '@composeform/emit-cfn'
import { applySeverityOverrides, hasErrors, joinPath, loadProject, sortDiagnostics, type Diagnostic, type PatchFile, type SourceHost } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import type { ConvertOptions, ConvertResult } from './convert-options.js'
import { deploymentEmitters } from './default-emitters.js'
import { EmitterRegistry } from './emitter-registry.js'
import type { OptionalSteps } from './optional-steps.js'
import { checkOverlaidTemplate } from './overlay-check.js'
import { templateChangesNotInEcsJson } from './template-changes-not-in-ecs-json.js'
import { TEMPLATE_EMITTERS, templateSizeDiagnostics } from './template-size.js'

function hostFor(options: ConvertOptions): SourceHost {
  if (options.host) return options.host
  const sources = options.sources instanceof Map ? options.sources : new Map(Object.entries(options.sources ?? {}))
  return { readFile: (path) => sources.get(path), resolve: joinPath }
}

/**
 * The pipeline behind `convert` — load, check, convert, emit — with the optional steps it is
 * given. Never throws for problems in the input. An unknown emitter name, or an option whose
 * step was not given, is a thrown error: the caller's mistake, not the input's.
 */
export function runPipeline(options: ConvertOptions, steps: OptionalSteps): ConvertResult {
  const registry = options.registry ?? new EmitterRegistry(steps.emitters ?? deploymentEmitters)
  const emit = options.emit ?? ['cfn-yaml']
  const emitters = emit.map((name) => {
    const emitter = registry.get(name)
    if (!emitter) throw new Error(`unknown emitter ${name}; known: ${registry.names().join(', ')}${options.registry || steps.emitters ? '' : ' (graph-json and mermaid need `registry: createEmitterRegistry()`, or `convert`)'}`)
    return emitter
  })
  const { sources: _sources, host: _host, files: composeFiles, mode: _mode, severity: _severity, parameters: _parameters, deployEnvironment: _deploy, emit: _emit, emitterOptions: _emitterOptions, registry: _registry, patches: _patches, ecsParams: _ecsParams, previous: _previous, ...load } = options
  const loaded = loadProject({ ...load, environment: options.environment ?? {}, files: composeFiles ?? ['compose.yaml'], host: hostFor(options) })
  const ecsParams = options.ecsParams && !hasErrors(loaded.diagnostics) ? need(steps.ecsParams, 'ecsParams') : undefined
  const migrated = ecsParams && options.ecsParams ? ecsParams.apply(loaded.value, options.ecsParams, options.environment) : undefined
  const project = migrated?.value.project ?? loaded.value
  const patchSteps = options.patches && options.patches.length > 0 ? need(steps.patches, 'patches') : undefined
  const patches: { files: PatchFile[]; diagnostics: Diagnostic[] } = patchSteps ? patchSteps.read(options.patches ?? []) : { files: [], diagnostics: [] }
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...(migrated?.diagnostics ?? []), ...patches.diagnostics]
  const finish = (rest: Omit<ConvertResult, 'diagnostics' | 'project' | 'files'> & { files?: OutputFile[] }): ConvertResult => {
    // Each template emitter reports what it finds: one diagnostic per finding.
    const all = sortDiagnostics(applySeverityOverrides(diagnostics, options.severity)).filter((d, i, sorted) => i === 0 || !sameDiagnostic(d, sorted[i - 1]!))
    return { files: hasErrors(all) ? [] : (rest.files ?? []), diagnostics: all, project, ...(rest.ecs ? { ecs: rest.ecs } : {}), ...(rest.graph ? { graph: rest.graph } : {}) }
  }
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({})
  const checked = checkEcs(project, { mode: options.mode ?? 'default' })
  diagnostics.push(...checked.diagnostics)
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({ ecs: checked.value })
  const built = toGraph(checked.value, options.deployEnvironment ? { environment: options.deployEnvironment } : {})
  const graph = ecsParams && migrated ? { ...built, value: ecsParams.defaults(built.value, migrated.value.parameterDefaults) } : built
  diagnostics.push(...graph.diagnostics)
  // Split, the stack-wide count is checked per template instead (emitNestedStacks).
  if (options.nestedStacks) diagnostics.splice(0, diagnostics.length, ...diagnostics.filter((d) => d.code !== 'CFN_TOO_MANY_RESOURCES'))
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({ ecs: checked.value, graph: graph.value })
  diagnostics.push(...checkOverlaidTemplate(graph.value, loaded.value))
  if (patchSteps) diagnostics.push(...patchSteps.check(graph.value, patches.files, options.nestedStacks ? (service) => checked.value.services[service]?.task ?? service : undefined))
  if (options.previous) diagnostics.push(...need(steps.previous, 'previous')(options.previous, graph.value, project, patchSteps && patches.files.length > 0 ? patchSteps.apply(patches.files) : undefined, options.nestedStacks))
  if (hasErrors(applySeverityOverrides(diagnostics, options.severity))) return finish({ ecs: checked.value, graph: graph.value })
  const files: OutputFile[] = []
  for (const emitter of emitters) {
    const emitterOptions = { ...(options.parameters ? { parameters: options.parameters } : {}), ...(patchSteps?.emitters.has(emitter.name) && patches.files.length > 0 ? { patch: patchSteps.apply(patches.files) } : {}), ...(options.emitterOptions?.[emitter.name] ?? {}) }
    const emitted = options.nestedStacks && TEMPLATE_EMITTERS.has(emitter.name) ? need(steps.nestedStacks, 'nestedStacks')(emitter, graph.value, emitterOptions, loaded.value, (service) => checked.value.services[service]?.task ?? service) : emitter.emit(graph.value, emitterOptions)
    diagnostics.push(...emitted.diagnostics)
    files.push(...emitted.value)
    if (TEMPLATE_EMITTERS.has(emitter.name)) diagnostics.push(...templateSizeDiagnostics(emitted.value, loaded.value))
    diagnostics.push(...templateChangesNotInEcsJson(emitter.name, graph.value, patches.files.map((f) => f.file), loaded.value))
  }
  return finish({ ecs: checked.value, graph: graph.value, files })
}

function need<T>(step: T | undefined, option: string): T {
  if (step === undefined) throw new Error(`the \`${option}\` option needs \`convert\` (this entry point leaves that step out)`)
  return step
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && a.location?.file === b.location?.file && a.location?.start.offset === b.location?.start.offset && a.path.join('\u0000') === b.path.join('\u0000')
}
