// Child process of bench/pipeline-process.ts: `convert()` (cfn-yaml) of the generated
// application of N services, the floor for it and the floor with its text left a rope (see
// bench/pipeline.ts), alone in a fresh process — untimed, in turn, for `warmupMs` milliseconds
// (at least 3 times each), then `runs` timed rounds — and prints the timings (ms) as JSON.
// Nothing else lives in its heap but the input, the floor's template and the last results.
import { convert } from 'composeform'
import { generateApp } from './generate.js'
import { convertOptions, floorRopeStep, floorStep } from './pipeline.js'

const [count, seed, warmupMs, runs] = process.argv.slice(2).map(Number) as [number, number, number, number]
const app = generateApp(count, seed)
const options = convertOptions(app, ['cfn-yaml'])
const json = convert(convertOptions(app, ['cfn-json'])).files.find((f) => f.path === 'template.json')
if (!json) throw new Error('convert() wrote no template.json')
const composeTexts = app.composeFiles.map((f) => app.files[f]!)
const template: unknown = JSON.parse(json.contents)
const floor = floorStep(composeTexts, template)
const floorRope = floorRopeStep(composeTexts, template)
let kept: unknown
// Warm-up by time, not by calls: at N=100 the timings were still falling after 10 calls, and a
// size's calls are timed only once its code has run as long as the other size's.
const warmupStart = performance.now()
for (let i = 0; i < 3 || performance.now() - warmupStart < warmupMs; i++) {
  kept = convert(options)
  kept = floor()
  kept = floorRope()
}
const times = { pipeline: [] as number[], floor: [] as number[], floorRope: [] as number[] }
const timed = (into: number[], step: () => unknown): void => {
  const start = performance.now()
  kept = step()
  into.push(performance.now() - start)
}
for (let i = 0; i < runs; i++) {
  timed(times.pipeline, () => convert(options))
  timed(times.floor, floor)
  timed(times.floorRope, floorRope)
}
if (kept === undefined) throw new Error('nothing was computed')
process.stdout.write(JSON.stringify(times) + '\n')
