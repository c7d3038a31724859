import { generateApp } from './generate.js'
import { peakHeap } from './heap.js'
import { convertOptions, preparePipeline } from './pipeline.js'
import type { SizeResult } from './results.js'
import { measureInterleaved, type Repeats } from './stats.js'
import { convert } from 'composeform'

/**
 * Generates the application of `services` services, checks that it converts without errors,
 * times every step interleaved in this process, then measures the peak heap of one run.
 * Returns the figures.
 */
export function measureSize(services: number, seed: number, repeats: Repeats): { result: SizeResult } {
  const app = generateApp(services, seed)
  const prepared = preparePipeline(app)
  const steps = measureInterleaved(prepared.steps, repeats)
  const heap = peakHeap(() => convert(convertOptions(app, ['cfn-yaml'])))
  const count = (severity: string) => prepared.diagnostics.filter((d) => d.severity === severity).length
  const result: SizeResult = {
    services,
    resources: prepared.sizes.resources,
    listeners: app.plan.services.reduce((n, s) => n + s.ports.filter((p) => p.published !== undefined).length, 0),
    bytes: { input: prepared.sizes.input, json: prepared.sizes.json, yaml: prepared.sizes.yaml },
    diagnostics: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    repeats,
    steps,
    pipelineOverFloor: steps.pipeline.median / steps.floor.median,
    pipelineJsonOverFloor: steps.pipelineJson.median / steps.floor.median,
    heap,
  }
  return { result }
}
