// Child process of bench/peer.ts: ONE tool on the generated application of N services, alone
// in a fresh process — composeform `convert()` (cfn-yaml or cfn-json), or CDK construct +
// `app.synth()` with CDK_VALIDATION=false or with CDK's default validation. Imports only that
// tool (timed), calls it untimed for `warmupMs` milliseconds (at least 3 times), then `runs`
// times timed, no forced GC, and
// prints the figures as JSON. A process per tool keeps either tool from running over the
// other's heap and garbage.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateApp } from '../../generate.js'
import { TOOLS, type Tool, type ToolRun } from './comparison.js'

interface Call {
  total: number
  construct?: number
  synth?: number
  resources: number
  bytes: number
}

async function prepare(tool: Tool, count: number, outdir: string): Promise<{ imported: number; call: () => Call }> {
  const app = generateApp(count)
  const start = performance.now()
  if (tool === 'composeform' || tool === 'composeformJson') {
    const { convert } = await import('composeform')
    const { convertOptions } = await import('../../pipeline.js')
    const imported = performance.now() - start
    const options = convertOptions(app, [tool === 'composeform' ? 'cfn-yaml' : 'cfn-json'])
    return {
      imported,
      call: () => {
        const t0 = performance.now()
        const result = convert(options)
        const total = performance.now() - t0
        if (!result.graph || result.files.length !== 1) throw new Error(`the generated application of ${count} services did not convert`)
        return { total, resources: result.graph.nodes.length, bytes: Buffer.byteLength(result.files[0]!.contents) }
      },
    }
  }
  const { buildApp } = await import('./stack.js')
  const imported = performance.now() - start
  if (tool === 'cdkValidated') delete process.env.CDK_VALIDATION
  else process.env.CDK_VALIDATION = 'false'
  return {
    imported,
    call: () => {
      const t0 = performance.now()
      const cdkApp = buildApp(app.plan, outdir)
      const t1 = performance.now()
      const assembly = cdkApp.synth()
      const t2 = performance.now()
      const template = assembly.getStackByName(app.plan.name).template as { Resources: Record<string, unknown> }
      return { total: t2 - t0, construct: t1 - t0, synth: t2 - t1, resources: Object.keys(template.Resources).length, bytes: Buffer.byteLength(JSON.stringify(template, null, 1)) }
    },
  }
}

const tool = process.argv[2] as Tool
if (!TOOLS.includes(tool)) throw new Error(`unknown tool ${tool}; known: ${TOOLS.join(', ')}`)
const count = Number(process.argv[3] ?? 10)
const warmupMs = Number(process.argv[4] ?? 2000)
const runs = Number(process.argv[5] ?? 5)
const outdir = mkdtempSync(join(tmpdir(), 'composeform-cdk-'))
try {
  const { imported, call } = await prepare(tool, count, outdir)
  const first = call()
  // The same warm-up time for every tool: a fast tool gets more calls, as its code then has
  // run as long as the slow tool's before it is timed.
  const warmupStart = performance.now()
  for (let i = 1; i < 3 || performance.now() - warmupStart < warmupMs; i++) call()
  const timed = Array.from({ length: runs }, call)
  const run: ToolRun = {
    tool,
    imported,
    first: first.total,
    totals: timed.map((c) => c.total),
    constructs: timed.flatMap((c) => (c.construct === undefined ? [] : [c.construct])),
    synths: timed.flatMap((c) => (c.synth === undefined ? [] : [c.synth])),
    resources: first.resources,
    templateBytes: first.bytes,
  }
  process.stdout.write(JSON.stringify(run) + '\n')
} finally {
  rmSync(outdir, { recursive: true, force: true })
}
