// Child process of bench/pipeline-process.ts: `convert()` (cfn-yaml) of the generated
// application of N services, alone in a fresh process — untimed calls for `warmupMs`
// milliseconds (at least 3), then `runs` timed ones — and prints the timings (ms) as JSON. Nothing else lives in its heap but the
// input and the last result.
import { convert } from 'composeform'
import { generateApp } from './generate.js'
import { convertOptions } from './pipeline.js'

const [count, seed, warmupMs, runs] = process.argv.slice(2).map(Number) as [number, number, number, number]
const options = convertOptions(generateApp(count, seed), ['cfn-yaml'])
let kept: unknown
// Warm-up by time, not by calls: at N=100 the timings were still falling after 10 calls, and a
// size's calls are timed only once its code has run as long as the other size's.
const warmupStart = performance.now()
for (let i = 0; i < 3 || performance.now() - warmupStart < warmupMs; i++) kept = convert(options)
const times: number[] = []
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  kept = convert(options)
  times.push(performance.now() - start)
}
if (kept === undefined) throw new Error('convert() returned nothing')
process.stdout.write(JSON.stringify(times) + '\n')
