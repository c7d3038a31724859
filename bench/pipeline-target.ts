// Child process of bench/pipeline-process.ts: `convert()` (cfn-yaml) of the generated
// application of N services and the floor for it, alone in a fresh process — both untimed,
// alternately, for `warmupMs` milliseconds (at least 3 times each), then `runs` timed pairs —
// and prints the timings (ms) as JSON. Nothing else lives in its heap but the input, the
// floor's template and the last results.
import { convert } from 'composeform'
import { generateApp } from './generate.js'
import { convertOptions, floorStep } from './pipeline.js'

const [count, seed, warmupMs, runs] = process.argv.slice(2).map(Number) as [number, number, number, number]
const app = generateApp(count, seed)
const options = convertOptions(app, ['cfn-yaml'])
const json = convert(convertOptions(app, ['cfn-json'])).files.find((f) => f.path === 'template.json')
if (!json) throw new Error('convert() wrote no template.json')
const floor = floorStep(
  app.composeFiles.map((f) => app.files[f]!),
  JSON.parse(json.contents),
)
let kept: unknown
// Warm-up by time, not by calls: at N=100 the timings were still falling after 10 calls, and a
// size's calls are timed only once its code has run as long as the other size's.
const warmupStart = performance.now()
for (let i = 0; i < 3 || performance.now() - warmupStart < warmupMs; i++) {
  kept = convert(options)
  kept = floor()
}
const pipeline: number[] = []
const floorTimes: number[] = []
for (let i = 0; i < runs; i++) {
  let start = performance.now()
  kept = convert(options)
  pipeline.push(performance.now() - start)
  start = performance.now()
  kept = floor()
  floorTimes.push(performance.now() - start)
}
if (kept === undefined) throw new Error('nothing was computed')
process.stdout.write(JSON.stringify({ pipeline, floor: floorTimes }) + '\n')
