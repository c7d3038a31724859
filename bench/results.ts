import type { CliCost } from './cli-cost.js'
import type { HeapPeak } from './heap.js'
import type { Machine } from './machine.js'
import type { Steps } from './pipeline.js'
import type { PipelineProfile } from './profile.js'
import type { Repeats, Summary } from './stats.js'

/** The name of a measured step. */
export type StepName = keyof Steps

/** Everything measured at one application size. */
export interface SizeResult {
  services: number
  resources: number
  /** Published ports: load-balancer listeners. */
  listeners: number
  bytes: { input: number; json: number; yaml: number }
  diagnostics: { errors: number; warnings: number; infos: number }
  repeats: Repeats
  /** Milliseconds per step. */
  steps: Record<StepName, Summary>
  /** Median pipeline (cfn-yaml) over median floor. */
  pipelineOverFloor: number
  /** Median pipeline (cfn-json) over median floor. */
  pipelineJsonOverFloor: number
  /** Peak used heap during one `convert()` (cfn-yaml), bytes. */
  heap: HeapPeak
}

/** One target of the issue, and whether the measurement meets it. */
export interface Target {
  name: string
  goal: string
  measured: string
  /** Null when it was not measured in this run. */
  met: boolean | null
}

/** The whole run of `pnpm bench`. */
export interface BenchResults {
  machine: Machine
  seed: number
  sizes: SizeResult[]
  /**
   * Fresh processes per size (see bench/scaling.ts): time(1000)/time(100) of the pipeline
   * (and per step from the per-size medians), and the pipeline and the floor timed
   * alternately, with their ratio per size.
   */
  scaling?: {
    from: number
    to: number
    ratios: Record<StepName, number>
    pipeline: { small: Summary; large: Summary }
    floor: { small: Summary; large: Summary }
    /** The floor with its JSON text left a rope, as `JSON.stringify` returns it. */
    floorRope: { small: Summary; large: Summary }
    overFloor: { small: number; large: number }
    overFloorRope: { small: number; large: number }
    pipelineRatio: number
  }
  cli?: CliCost
  profile?: PipelineProfile
  targets: Target[]
}
