import { convert } from 'composeform'
import { toGraph } from '@composeform/convert'
import { cfnJson, cfnYaml } from '@composeform/emit-cfn'
import { joinPath, loadProject, type Diagnostic, type LoadOptions } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import jsyaml from 'js-yaml'
import type { GeneratedApp } from './generate.js'

/** The measured steps, each a thunk over inputs prepared once. */
export interface Steps {
  load: () => unknown
  check: () => unknown
  convert: () => unknown
  emitJson: () => unknown
  emitYaml: () => unknown
  /** `convert()` with its default emitter, cfn-yaml: what `composeform convert` does. */
  pipeline: () => unknown
  /** `convert()` emitting cfn-json instead. */
  pipelineJson: () => unknown
  /** js-yaml `load` of every compose file + `JSON.stringify` of the emitted template, as one string. */
  floor: () => unknown
  /** The floor with the JSON text left as `JSON.stringify` returns it: a rope V8 joins on first read. */
  floorRope: () => unknown
}

/** The prepared steps and what one run of the pipeline produced. */
export interface PreparedPipeline {
  steps: Steps
  diagnostics: Diagnostic[]
  /** Bytes of the input compose files and of the emitted templates. */
  sizes: { input: number; json: number; yaml: number; resources: number }
}

/**
 * The floor for an application: js-yaml `load` of its compose texts plus
 * `JSON.stringify(template, null, 2)` of its emitted template (parsed from the cfn-json file),
 * the text made one string, as `convert()` returns its templates.
 *
 * V8 returns a long `JSON.stringify` result as a rope of the parts it wrote, and copies them
 * into one string only when something first reads it (writing it to a file, say); that copy
 * took longer than `JSON.stringify` itself (N=100: 2.4 ms, then 2.9 ms more; N=1000: 28 ms,
 * then 60 ms more). Reading one character makes it happen inside the floor, as it does
 * inside `convert()`, which joins its YAML text and reads its JSON text (the template-size
 * check). `floorRopeStep` leaves it out, for comparison.
 */
export function floorStep(composeTexts: readonly string[], template: unknown): () => unknown {
  return () => {
    const text = JSON.stringify(template, null, 2)
    text.charCodeAt(0)
    return [composeTexts.map((t) => jsyaml.load(t)), text]
  }
}

/** `floorStep` without making the JSON text one string: what `JSON.stringify` alone returns. */
export function floorRopeStep(composeTexts: readonly string[], template: unknown): () => unknown {
  return () => [composeTexts.map((text) => jsyaml.load(text)), JSON.stringify(template, null, 2)]
}

/** `convert()`'s options for a generated application, read from memory. */
export function convertOptions(app: GeneratedApp, emit: string[]): Parameters<typeof convert>[0] {
  return { sources: app.files, files: app.composeFiles, environment: {}, emit }
}

/**
 * Runs the pipeline once, checks that it produced templates and no error, and returns the
 * steps to time. Each stage is timed on the previous stage's prepared output.
 */
export function preparePipeline(app: GeneratedApp): PreparedPipeline {
  const sources = new Map(Object.entries(app.files))
  const loadOptions: LoadOptions = { files: app.composeFiles, host: { readFile: (p) => sources.get(p), resolve: joinPath }, environment: {} }
  const loaded = loadProject(loadOptions)
  const checked = checkEcs(loaded.value)
  const graph = toGraph(checked.value)
  const full = convert(convertOptions(app, ['cfn-json', 'cfn-yaml']))
  const errors = full.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0 || full.files.length !== 2) {
    throw new Error(`the generated application of ${app.plan.services.length} services did not convert: ${errors.slice(0, 3).map((d) => `${d.code} ${d.message}`).join('; ')}`)
  }
  const json = full.files.find((f) => f.path === 'template.json')!.contents
  const yamlText = full.files.find((f) => f.path === 'template.yaml')!.contents
  const template = JSON.parse(json) as { Resources: Record<string, unknown> }
  const composeTexts = app.composeFiles.map((f) => app.files[f]!)
  const steps: Steps = {
    load: () => loadProject(loadOptions),
    check: () => checkEcs(loaded.value),
    convert: () => toGraph(checked.value),
    emitJson: () => cfnJson.emit(graph.value),
    emitYaml: () => cfnYaml.emit(graph.value),
    pipeline: () => convert(convertOptions(app, ['cfn-yaml'])),
    pipelineJson: () => convert(convertOptions(app, ['cfn-json'])),
    floor: floorStep(composeTexts, template),
    floorRope: floorRopeStep(composeTexts, template),
  }
  const input = composeTexts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  return { steps, diagnostics: full.diagnostics, sizes: { input, json: Buffer.byteLength(json), yaml: Buffer.byteLength(yamlText), resources: Object.keys(template.Resources).length } }
}
