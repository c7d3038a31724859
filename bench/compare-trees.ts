// Times the pipeline's steps of several checkouts of this repository in one process,
// interleaved, on the same generated application: the before/after of an optimisation,
// measured in one run. Each tree's packages are imported from its own sources (tsx), so the
// trees need their dependencies installed but not built.
//
//   node --expose-gc --no-flush-bytecode --conditions=source --import tsx bench/compare-trees.ts \
//     --sizes 100,1000 [--steps emitYaml,pipeline] [--scale 3] [--cli] before=/tmp/before after=.
//
// --sizes none: the CLI only; --steps: only these steps; --scale k: k times the runs, for
// differences of a few per cent, which the default runs cannot tell from this machine's noise.
//
// With --cli, also each tree's built CLI (`composeform convert` on a one-service file, a fresh
// process each time) against `node -e 0`, alternately; trees whose CLI is not built are skipped.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { oneService } from './cli-cost.js'
import { generateApp } from './generate.js'
import { measureInterleaved, summarize, type Summary } from './stats.js'

interface Tree {
  label: string
  root: string
}

type Steps = Record<'load' | 'check' | 'convert' | 'emitYaml' | 'pipeline', () => unknown>

const args = process.argv.slice(2)
const sizesArg = args.indexOf('--sizes')
const sizes = sizesArg === -1 ? [100, 1000] : args[sizesArg + 1] === 'none' ? [] : args[sizesArg + 1]!.split(',').map(Number)
const stepsArg = args.indexOf('--steps')
const only = stepsArg === -1 ? undefined : new Set(args[stepsArg + 1]!.split(','))
const scaleArg = args.indexOf('--scale')
const scale = scaleArg === -1 ? 1 : Number(args[scaleArg + 1])
const trees: Tree[] = args
  .filter((a, i) => a.includes('=') && !['--sizes', '--steps', '--scale'].includes(args[i - 1]!))
  .map((a) => {
    const [label, root] = a.split('=') as [string, string]
    return { label, root: resolve(root) }
  })
if (trees.length < 2) throw new Error('usage: compare-trees.ts [--sizes 100,1000] label=dir label=dir …')

async function stepsOf(root: string, n: number): Promise<Steps> {
  const from = (pkg: string) => import(pathToFileURL(join(root, 'packages', pkg, 'src', 'index.ts')).href)
  const [model, validate, convertPkg, emitCfn, facade] = await Promise.all(['model', 'validate', 'convert', 'emit-cfn', 'composeform'].map(from))
  const app = generateApp(n, 1)
  const sources = new Map(Object.entries(app.files))
  const loadOptions = { files: app.composeFiles, host: { readFile: (p: string) => sources.get(p), resolve: model.joinPath }, environment: {} }
  const loaded = model.loadProject(loadOptions)
  const checked = validate.checkEcs(loaded.value)
  const graph = convertPkg.toGraph(checked.value)
  return {
    load: () => model.loadProject(loadOptions),
    check: () => validate.checkEcs(loaded.value),
    convert: () => convertPkg.toGraph(checked.value),
    emitYaml: () => emitCfn.cfnYaml.emit(graph.value),
    pipeline: () => facade.convert({ sources: app.files, files: app.composeFiles, environment: {}, emit: ['cfn-yaml'] }),
  }
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2))

for (const n of sizes) {
  const all = await Promise.all(trees.map((t) => stepsOf(t.root, n)))
  const fns: Record<string, () => unknown> = {}
  const stepNames = Object.keys(all[0]!).filter((step) => !only || only.has(step))
  for (const [i, steps] of all.entries()) for (const step of stepNames) fns[`${step}/${trees[i]!.label}`] = steps[step as keyof Steps]
  const result = measureInterleaved(fns, n >= 1000 ? { warmup: scale, runs: 7 * scale } : { warmup: 2 * scale, runs: 12 * scale, block: 3 }) as Record<string, Summary>
  console.log(`\nN=${n}, ms median (min–max), ${trees.map((t) => t.label).join(' / ')}\n`)
  console.log(`| step | ${trees.map((t) => t.label).join(' | ')} | ${trees[0]!.label} / ${trees[trees.length - 1]!.label} |`)
  console.log(`| --- | ${trees.map(() => '---').join(' | ')} | --- |`)
  for (const step of stepNames) {
    const cells = trees.map((t) => result[`${step}/${t.label}`]!)
    console.log(`| ${step} | ${cells.map((c) => `${fmt(c.median)} (${fmt(c.min)}–${fmt(c.max)})`).join(' | ')} | ${(cells[0]!.median / cells[cells.length - 1]!.median).toFixed(2)}× |`)
  }
}

if (args.includes('--cli')) {
  const dir = mkdtempSync(join(tmpdir(), 'composeform-compare-'))
  writeFileSync(join(dir, 'compose.yaml'), oneService)
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const wall = (argv: string[]) => {
    const start = performance.now()
    const result = spawnSync(process.execPath, argv, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    if (result.status !== 0) throw new Error(`node ${argv.join(' ')} failed: ${String(result.stderr)}`)
    return performance.now() - start
  }
  const bin = (t: Tree) => join(t.root, 'packages', 'cli', 'bin', 'composeform.js')
  const built = trees.filter((t) => spawnSync(process.execPath, [bin(t), '--version'], { env, stdio: 'ignore' }).status === 0)
  const runs: Record<string, number[]> = { 'node -e 0': [] }
  for (const t of built) runs[t.label] = []
  for (let i = 0; i < 17; i++) {
    for (const t of built) {
      const ms = wall([bin(t), 'convert'])
      if (i >= 2) runs[t.label]!.push(ms)
    }
    const ms = wall(['-e', '0'])
    if (i >= 2) runs['node -e 0']!.push(ms)
  }
  rmSync(dir, { recursive: true, force: true })
  const node = summarize(runs['node -e 0']!)
  console.log('\nCLI whole process, ms median (min–max), 15 runs each, alternately\n')
  console.log('| process | ms | / `node -e 0` |')
  console.log('| --- | --- | --- |')
  for (const [label, values] of Object.entries(runs)) {
    const c = summarize(values)
    console.log(`| ${label} | ${fmt(c.median)} (${fmt(c.min)}–${fmt(c.max)}) | ${(c.median / node.median).toFixed(1)}× |`)
  }
}
