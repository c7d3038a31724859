// Child process of bench/scaling.ts: the whole pipeline (`convert()`, compose text → YAML
// template text) at two sizes, in a process that holds nothing but the two inputs, so that each
// call pays only for its own garbage (the parent holds every size's prepared stage outputs,
// whose marking made its N=1000 calls up to twice as slow).
//
//   scaling-child.ts SMALL LARGE ROUNDS SEED   prints { small: number[], large: number[] } (ms)
import { convert } from 'composeform'
import { generateApp } from './generate.js'
import { convertOptions } from './pipeline.js'

const [small, large, rounds, seed] = process.argv.slice(2, 6).map(Number) as [number, number, number, number]
const smallOptions = convertOptions(generateApp(small, seed), ['cfn-yaml'])
const largeOptions = convertOptions(generateApp(large, seed), ['cfn-yaml'])

const time = (options: typeof smallOptions): number => {
  const start = performance.now()
  const result = convert(options)
  const took = performance.now() - start
  if (result.files.length !== 1) throw new Error('the generated application did not convert')
  return took
}

// Warm-up, then both sizes in the same rounds so that drift on a noisy machine cancels: each
// size in a block, the first call of a block dropped (it may pay for the other size's garbage).
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 4; j++) time(smallOptions)
  time(largeOptions)
}
const times = { small: [] as number[], large: [] as number[] }
for (let i = 0; i < rounds; i++) {
  time(smallOptions)
  for (let j = 0; j < 3; j++) times.small.push(time(smallOptions))
  time(largeOptions)
  times.large.push(time(largeOptions))
}
process.stdout.write(JSON.stringify(times) + '\n')
