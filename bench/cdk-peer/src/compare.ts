// Child process of bench/peer.ts, one per tool and N, so that neither tool runs on the other's
// heap (CDK leaves hundreds of MB that made composeform's calls pay for its collections):
//   compare.ts N warmup runs composeform   `convert()` of the generated application of N
//                                           services, cfn-yaml and cfn-json, interleaved
//   compare.ts N warmup runs cdk           CDK construct + `app.synth()` with
//                                           CDK_VALIDATION=false and with its default validation
// Each imports its tool (timed), makes a first call, then times rounds after warm-up. Prints
// its half of the figures as JSON; bench/peer.ts joins the halves.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateApp } from '../../generate.js'
import { summarize, type Summary } from '../../stats.js'

/** One tool's timings in this process, in milliseconds. */
export interface ToolTimes {
  /** The first call in the process (cold code). */
  first: number
  total: Summary
  construct?: Summary
  synth?: Summary
  resources: number
  templateBytes: number
}

/** What bench/peer.ts makes of the two children's halves. */
export interface Comparison {
  services: number
  imports: { composeform: number; cdk: number }
  composeform: ToolTimes
  /** `convert()` emitting cfn-json, the format CDK writes. */
  composeformJson: ToolTimes
  cdk: ToolTimes
  cdkValidated: ToolTimes
}

/** What one child prints: its tool's half of a `Comparison`. */
export type ComparisonHalf = Pick<Comparison, 'services'> & { import: number } & (Pick<Comparison, 'composeform' | 'composeformJson'> | Pick<Comparison, 'cdk' | 'cdkValidated'>)

const count = Number(process.argv[2] ?? 10)
const warmup = Number(process.argv[3] ?? 2)
const runs = Number(process.argv[4] ?? 5)
const tool = process.argv[5]
if (tool !== 'composeform' && tool !== 'cdk') throw new Error('usage: compare.ts N warmup runs composeform|cdk')

const t = performance.now()
const { convert } = tool === 'composeform' ? await import('composeform') : { convert: undefined }
const { convertOptions } = await import('../../pipeline.js')
const { buildApp } = tool === 'cdk' ? await import('./stack.js') : { buildApp: undefined }
const importTime = performance.now() - t

const app = generateApp(count)
const options = convertOptions(app, ['cfn-yaml'])
const jsonOptions = convertOptions(app, ['cfn-json'])
const outdir = mkdtempSync(join(tmpdir(), 'composeform-cdk-'))

function runComposeform(json = false): { total: number; resources: number; bytes: number } {
  if (!convert) throw new Error('composeform is not loaded in this child')
  const start = performance.now()
  const result = convert(json ? jsonOptions : options)
  const total = performance.now() - start
  if (!result.graph || result.files.length !== 1) throw new Error(`the generated application of ${count} services did not convert`)
  return { total, resources: result.graph.nodes.length, bytes: Buffer.byteLength(result.files[0]!.contents) }
}

function runCdk(validation: boolean): { total: number; construct: number; synth: number; resources: number; bytes: number } {
  if (!buildApp) throw new Error('aws-cdk-lib is not loaded in this child')
  if (validation) delete process.env.CDK_VALIDATION
  else process.env.CDK_VALIDATION = 'false'
  const t0 = performance.now()
  const cdkApp = buildApp(app.plan, outdir)
  const t1 = performance.now()
  const assembly = cdkApp.synth()
  const t2 = performance.now()
  const template = assembly.getStackByName(app.plan.name).template as { Resources: Record<string, unknown> }
  return { total: t2 - t0, construct: t1 - t0, synth: t2 - t1, resources: Object.keys(template.Resources).length, bytes: Buffer.byteLength(JSON.stringify(template, null, 1)) }
}

try {
  process.stdout.write(JSON.stringify(tool === 'composeform' ? measureComposeform() : measureCdk()) + '\n')
} finally {
  rmSync(outdir, { recursive: true, force: true })
}

// Blocks of two calls per variant and round, the first of each block dropped (it may pay for
// the other variant's garbage). No forced GC: each variant runs in steady state.
function measureComposeform(): ComparisonHalf {
  const firsts = { yaml: runComposeform(), json: runComposeform(true) }
  const yaml: number[] = []
  const json: number[] = []
  for (let i = 0; i < warmup + runs; i++) {
    runComposeform()
    const c = runComposeform()
    runComposeform(true)
    const j = runComposeform(true)
    if (i < warmup) continue
    yaml.push(c.total)
    json.push(j.total)
  }
  return {
    services: count,
    import: importTime,
    composeform: { first: firsts.yaml.total, total: summarize(yaml), resources: firsts.yaml.resources, templateBytes: firsts.yaml.bytes },
    composeformJson: { first: firsts.json.total, total: summarize(json), resources: firsts.json.resources, templateBytes: firsts.json.bytes },
  }
}

function measureCdk(): ComparisonHalf {
  const firsts = { off: runCdk(false), on: runCdk(true) }
  const samples = { total: [] as number[], construct: [] as number[], synth: [] as number[], validated: [] as number[], validatedSynth: [] as number[] }
  for (let i = 0; i < warmup + runs; i++) {
    runCdk(false)
    const d = runCdk(false)
    runCdk(true)
    const v = runCdk(true)
    if (i < warmup) continue
    samples.total.push(d.total)
    samples.construct.push(d.construct)
    samples.synth.push(d.synth)
    samples.validated.push(v.total)
    samples.validatedSynth.push(v.synth)
  }
  return {
    services: count,
    import: importTime,
    cdk: { first: firsts.off.total, total: summarize(samples.total), construct: summarize(samples.construct), synth: summarize(samples.synth), resources: firsts.off.resources, templateBytes: firsts.off.bytes },
    cdkValidated: { first: firsts.on.total, total: summarize(samples.validated), synth: summarize(samples.validatedSynth), resources: firsts.on.resources, templateBytes: firsts.on.bytes },
  }
}
