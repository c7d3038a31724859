// Child process of bench/peer.ts. In ONE process: imports composeform and aws-cdk-lib (timed),
// then, round by round, `convert()` of the generated application of N services (cfn-yaml, then
// cfn-json), CDK construct
// + `app.synth()` with CDK_VALIDATION=false, and the same with CDK's default validation.
// Interleaving makes the ratios robust on a noisy machine. Prints the figures as JSON.
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

/** What this child prints. */
export interface Comparison {
  services: number
  imports: { composeform: number; cdk: number }
  composeform: ToolTimes
  /** `convert()` emitting cfn-json, the format CDK writes. */
  composeformJson: ToolTimes
  cdk: ToolTimes
  cdkValidated: ToolTimes
}

const count = Number(process.argv[2] ?? 10)
const warmup = Number(process.argv[3] ?? 2)
const runs = Number(process.argv[4] ?? 5)

let t = performance.now()
const { convert } = await import('composeform')
const { convertOptions } = await import('../../pipeline.js')
const importComposeform = performance.now() - t
t = performance.now()
const { buildApp } = await import('./stack.js')
const importCdk = performance.now() - t

const app = generateApp(count)
const options = convertOptions(app, ['cfn-yaml'])
const jsonOptions = convertOptions(app, ['cfn-json'])
const outdir = mkdtempSync(join(tmpdir(), 'composeform-cdk-'))

function runComposeform(json = false): { total: number; resources: number; bytes: number } {
  const start = performance.now()
  const result = convert(json ? jsonOptions : options)
  const total = performance.now() - start
  if (!result.graph || result.files.length !== 1) throw new Error(`the generated application of ${count} services did not convert`)
  return { total, resources: result.graph.nodes.length, bytes: Buffer.byteLength(result.files[0]!.contents) }
}

function runCdk(validation: boolean): { total: number; construct: number; synth: number; resources: number; bytes: number } {
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
  const firsts = { composeform: runComposeform(), composeformJson: runComposeform(true), cdk: runCdk(false), cdkValidated: runCdk(true) }
  const samples = { composeform: [] as number[], composeformJson: [] as number[], cdk: [] as number[], cdkConstruct: [] as number[], cdkSynth: [] as number[], cdkValidated: [] as number[], cdkValidatedSynth: [] as number[] }
  // Blocks of two calls per tool and round; the first of each block is dropped, since it may
  // pay for the other tool's garbage. No forced GC: each tool runs in steady state.
  for (let i = 0; i < warmup + runs; i++) {
    runComposeform()
    const c = runComposeform()
    runComposeform(true)
    const j = runComposeform(true)
    runCdk(false)
    const d = runCdk(false)
    runCdk(true)
    const v = runCdk(true)
    if (i < warmup) continue
    samples.composeform.push(c.total)
    samples.composeformJson.push(j.total)
    samples.cdk.push(d.total)
    samples.cdkConstruct.push(d.construct)
    samples.cdkSynth.push(d.synth)
    samples.cdkValidated.push(v.total)
    samples.cdkValidatedSynth.push(v.synth)
  }
  const result: Comparison = {
    services: count,
    imports: { composeform: importComposeform, cdk: importCdk },
    composeform: { first: firsts.composeform.total, total: summarize(samples.composeform), resources: firsts.composeform.resources, templateBytes: firsts.composeform.bytes },
    composeformJson: { first: firsts.composeformJson.total, total: summarize(samples.composeformJson), resources: firsts.composeformJson.resources, templateBytes: firsts.composeformJson.bytes },
    cdk: { first: firsts.cdk.total, total: summarize(samples.cdk), construct: summarize(samples.cdkConstruct), synth: summarize(samples.cdkSynth), resources: firsts.cdk.resources, templateBytes: firsts.cdk.bytes },
    cdkValidated: { first: firsts.cdkValidated.total, total: summarize(samples.cdkValidated), synth: summarize(samples.cdkValidatedSynth), resources: firsts.cdkValidated.resources, templateBytes: firsts.cdkValidated.bytes },
  }
  process.stdout.write(JSON.stringify(result) + '\n')
} finally {
  rmSync(outdir, { recursive: true, force: true })
}
