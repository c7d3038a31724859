// `pnpm bench`: times the composeform pipeline on generated applications of 10, 100 and 1000
// services against the floor, measures the CLI's whole-process cost, profiles N=1000, and
// writes the `main` section of BENCHMARKS.md. `--json` prints the figures as JSON as well.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { measureCli } from './cli-cost.js'
import { describeMachine } from './machine.js'
import { writeSection } from './markdown-file.js'
import { measureSize } from './measure-size.js'
import { profilePipeline } from './profile.js'
import { renderReport } from './report.js'
import type { BenchResults, SizeResult } from './results.js'
import { measureScaling } from './scaling.js'
import type { Repeats } from './stats.js'
import { evaluateTargets } from './targets.js'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10,100,1000' },
    profile: { type: 'boolean', default: true },
    'no-profile': { type: 'boolean', default: false },
    write: { type: 'boolean', default: true },
    'no-write': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
})
if (!(globalThis as { gc?: unknown }).gc || !process.execArgv.includes('--no-flush-bytecode')) {
  throw new Error('run with node --expose-gc --no-flush-bytecode (pnpm bench does); see bench/stats.ts')
}

/** Fewer repetitions as N grows, to keep the default run within about three minutes on 2 cores. */
function repeatsFor(n: number): Repeats {
  if (n <= 10) return { warmup: 3, runs: 10, block: 4 }
  if (n <= 100) return { warmup: 1, runs: 8, block: 3 }
  return { warmup: 1, runs: 5, block: 1 }
}

const log = (text: string): void => void process.stderr.write(`bench: ${text}\n`)
const seed = Number(values.seed)
const machine = describeMachine()
const sizes: SizeResult[] = []
for (const n of values.sizes.split(',').map(Number)) {
  log(`N=${n}: ${JSON.stringify(repeatsFor(n))}`)
  const { result } = measureSize(n, seed, repeatsFor(n))
  log(`N=${n}: pipeline ${result.steps.pipeline.median.toFixed(1)} ms, floor ${result.steps.floor.median.toFixed(2)} ms, peak heap ${(result.heap.peak / 1e6).toFixed(0)} MB`)
  sizes.push(result)
}
log('scaling: N=100 and N=1000 in fresh processes')
const scaling = measureScaling(root, sizes, seed)
log('CLI whole process')
const cli = measureCli(root, { warmup: 2, runs: 15 })
const profileSize = Math.max(...sizes.map((s) => s.services))
const doProfile = values.profile && !values['no-profile']
if (doProfile) log(`profiling N=${profileSize}`)
const profile = doProfile ? profilePipeline(root, profileSize, 3) : undefined
const partial = { machine, seed, sizes, ...(scaling ? { scaling } : {}), ...(cli ? { cli } : {}), ...(profile ? { profile } : {}) }
const results: BenchResults = { ...partial, targets: evaluateTargets(partial) }

if (values.write && !values['no-write']) {
  writeSection(join(root, 'BENCHMARKS.md'), 'main', renderReport(results, join(root, 'bench', 'hotspot-notes.md')))
  log('wrote BENCHMARKS.md')
}
if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n')
else for (const t of results.targets) process.stdout.write(`${t.met === null ? '—' : t.met ? 'met    ' : 'NOT MET'}  ${t.name}: ${t.measured} (goal ${t.goal})\n`)
