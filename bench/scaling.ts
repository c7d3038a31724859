import type { Steps } from './pipeline.js'
import type { BenchResults, SizeResult, StepName } from './results.js'
import { summarize } from './stats.js'

/**
 * time(1000)/time(100). The whole pipeline is timed again with both sizes in the same rounds
 * (N=100 four times and N=1000 twice, the first of each dropped), so drift on a noisy machine
 * cancels; the per-step ratios use the per-size medians.
 */
export function measureScaling(sizes: readonly SizeResult[], small: Steps | undefined, large: Steps | undefined, rounds = 5): BenchResults['scaling'] {
  const from = sizes.find((s) => s.services === 100)
  const to = sizes.find((s) => s.services === 1000)
  if (!from || !to || !small || !large) return undefined
  const ratios = Object.fromEntries(Object.keys(from.steps).map((k) => [k, to.steps[k as StepName].median / from.steps[k as StepName].median])) as Record<StepName, number>
  const smallTimes: number[] = []
  const largeTimes: number[] = []
  const time = (fn: () => unknown): number => {
    const start = performance.now()
    fn()
    return performance.now() - start
  }
  // Each size in blocks, the first call of a block dropped: it may pay for the other size's
  // garbage (N=1000 leaves a large heap to mark). No forced GC: after one, V8 restarts from a
  // small young generation and a low heap limit, which slowed the next call by up to 20 %.
  for (let i = 0; i < rounds; i++) {
    small.pipeline()
    for (let j = 0; j < 3; j++) smallTimes.push(time(small.pipeline))
    large.pipeline()
    largeTimes.push(time(large.pipeline))
  }
  const pipeline = { small: summarize(smallTimes), large: summarize(largeTimes) }
  return { from: 100, to: 1000, ratios, pipeline, pipelineRatio: pipeline.large.median / pipeline.small.median }
}
