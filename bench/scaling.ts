import { timeInFreshProcess, type FreshProcessTimes } from './pipeline-process.js'
import type { BenchResults, SizeResult, StepName } from './results.js'
import { summarize } from './stats.js'

/** How the whole pipeline is timed for time(1000)/time(100): fresh processes, alternately. */
export const SCALING_METHOD = {
  rounds: 5,
  // The same warm-up time at both sizes (by calls, N=100 was still warming up after 10).
  warmupMs: 5000,
  small: { runs: 8 },
  // At N=1000 the old generation fills in about 8 calls (≈ 30 MB promoted each) and then a
  // mark-compact shrinks it; the calls after one took up to 1.5× the others (its pages are
  // faulted in again). 3 calls per process fell in one part of that cycle or another by
  // chance; 8 span one cycle.
  large: { runs: 8 },
} as const

/**
 * time(1000)/time(100), and pipeline / floor per size, in fresh processes. The whole pipeline
 * of each size and its floor are timed alternately in fresh processes of their own
 * (`SCALING_METHOD.rounds` rounds, each one process for N=100 then one for N=1000, each
 * process warming up before its timed calls), so each size runs in a heap that holds only its
 * own input and garbage. Timed in the bench's own process instead (the former method), which
 * holds every size's prepared steps and results, N=1000 depended on the state of a heap the
 * pipeline does not own: from one run to the next its calls took 1.0–2× its per-size median.
 * The per-step ratios use the per-size medians.
 */
export function measureScaling(root: string, sizes: readonly SizeResult[], seed: number): BenchResults['scaling'] {
  const from = sizes.find((s) => s.services === 100)
  const to = sizes.find((s) => s.services === 1000)
  if (!from || !to) return undefined
  const ratios = Object.fromEntries(Object.keys(from.steps).map((k) => [k, to.steps[k as StepName].median / from.steps[k as StepName].median])) as Record<StepName, number>
  const smallTimes: FreshProcessTimes = { pipeline: [], floor: [], floorRope: [] }
  const largeTimes: FreshProcessTimes = { pipeline: [], floor: [], floorRope: [] }
  const { rounds, warmupMs, small, large } = SCALING_METHOD
  const add = (into: FreshProcessTimes, times: FreshProcessTimes) => {
    into.pipeline.push(...times.pipeline)
    into.floor.push(...times.floor)
    into.floorRope.push(...times.floorRope)
  }
  for (let i = 0; i < rounds; i++) {
    add(smallTimes, timeInFreshProcess(root, from.services, seed, warmupMs, small.runs))
    add(largeTimes, timeInFreshProcess(root, to.services, seed, warmupMs, large.runs))
  }
  const pipeline = { small: summarize(smallTimes.pipeline), large: summarize(largeTimes.pipeline) }
  const floor = { small: summarize(smallTimes.floor), large: summarize(largeTimes.floor) }
  const floorRope = { small: summarize(smallTimes.floorRope), large: summarize(largeTimes.floorRope) }
  const overFloor = { small: pipeline.small.median / floor.small.median, large: pipeline.large.median / floor.large.median }
  const overFloorRope = { small: pipeline.small.median / floorRope.small.median, large: pipeline.large.median / floorRope.large.median }
  return { from: 100, to: 1000, ratios, pipeline, floor, floorRope, overFloor, overFloorRope, pipelineRatio: pipeline.large.median / pipeline.small.median }
}
