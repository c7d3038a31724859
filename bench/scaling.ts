import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { BenchResults, SizeResult, StepName } from './results.js'
import { summarize } from './stats.js'

/**
 * time(1000)/time(100) of the whole pipeline, timed in a child process of its own
 * (bench/scaling-child.ts) that holds only the two inputs, with both sizes in the same rounds
 * (N=100 four times and N=1000 twice, the first of each dropped), so drift on a noisy machine
 * cancels; the per-step ratios use the per-size medians of this process.
 */
export function measureScaling(root: string, sizes: readonly SizeResult[], seed: number, rounds = 8): BenchResults['scaling'] {
  const from = sizes.find((s) => s.services === 100)
  const to = sizes.find((s) => s.services === 1000)
  if (!from || !to) return undefined
  const ratios = Object.fromEntries(Object.keys(from.steps).map((k) => [k, to.steps[k as StepName].median / from.steps[k as StepName].median])) as Record<StepName, number>
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const child = spawnSync(process.execPath, ['--no-flush-bytecode', '--conditions=source', '--import', 'tsx', join('bench', 'scaling-child.ts'), '100', '1000', String(rounds), String(seed)], { cwd: root, env, encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`the scaling run failed (${child.status}):\n${child.stderr.slice(-4000)}`)
  const times = JSON.parse(child.stdout) as { small: number[]; large: number[] }
  const pipeline = { small: summarize(times.small), large: summarize(times.large) }
  return { from: 100, to: 1000, ratios, pipeline, pipelineRatio: pipeline.large.median / pipeline.small.median }
}
