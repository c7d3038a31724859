// `pnpm bench:peer`: composeform against aws-cdk-lib 2.276.0 on the same generated applications
// (N=10 and N=100). Every tool is timed in fresh child processes of its own (one per tool and
// round, the tools alternating), each warming up before its timed calls; writes the `peer`
// section of BENCHMARKS.md. Skips (and says so) when aws-cdk-lib is not installed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { TOOLS, type Comparison, type Tool, type ToolRun, type ToolTimes } from './cdk-peer/src/comparison.js'
import { describeMachine } from './machine.js'
import { writeSection } from './markdown-file.js'
import { PEER_METHOD, renderPeer } from './peer-report.js'
import { summarize } from './stats.js'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, sizes: { type: 'string', default: '10,100' } } })
const log = (text: string): void => void process.stderr.write(`bench:peer: ${text}\n`)
const installed = existsSync(join(root, 'bench', 'cdk-peer', 'node_modules', 'aws-cdk-lib', 'package.json'))
const machine = describeMachine()
const results: Comparison[] = []

function runTool(tool: Tool, n: number, warmupMs: number, runs: number): ToolRun {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  delete env.CDK_VALIDATION
  const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join('bench', 'cdk-peer', 'src', 'compare.ts'), tool, String(n), String(warmupMs), String(runs)], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  })
  // CDK's validation prints its findings (e.g. more than 500 resources) on stderr every synth.
  if (child.status !== 0) throw new Error(`${tool} at N=${n} failed (${child.status}):\n${child.stderr.slice(-4000)}`)
  return JSON.parse(child.stdout) as ToolRun
}

function merge(runs: readonly ToolRun[]): ToolTimes {
  const all = (pick: (r: ToolRun) => number[]) => runs.flatMap(pick)
  const constructs = all((r) => r.constructs)
  const synths = all((r) => r.synths)
  return {
    first: runs[0]!.first,
    total: summarize(all((r) => r.totals)),
    ...(constructs.length > 0 ? { construct: summarize(constructs) } : {}),
    ...(synths.length > 0 ? { synth: summarize(synths) } : {}),
    resources: runs[0]!.resources,
    templateBytes: runs[0]!.templateBytes,
  }
}

if (installed) {
  for (const n of values.sizes.split(',').map(Number)) {
    const { runs } = PEER_METHOD.repeats(n)
    log(`N=${n}: ${PEER_METHOD.rounds} rounds of one process per tool, each ${PEER_METHOD.warmupMs} ms of warm-up + ${runs} timed calls`)
    const byTool = Object.fromEntries(TOOLS.map((t) => [t, [] as ToolRun[]])) as Record<Tool, ToolRun[]>
    for (let round = 0; round < PEER_METHOD.rounds; round++) for (const tool of TOOLS) byTool[tool].push(runTool(tool, n, PEER_METHOD.warmupMs, runs))
    const result: Comparison = {
      services: n,
      imports: { composeform: byTool.composeform[0]!.imported, cdk: byTool.cdk[0]!.imported },
      composeform: merge(byTool.composeform),
      composeformJson: merge(byTool.composeformJson),
      cdk: merge(byTool.cdk),
      cdkValidated: merge(byTool.cdkValidated),
    }
    log(`N=${n}: composeform ${result.composeform.total.median.toFixed(0)} ms, CDK ${result.cdk.total.median.toFixed(0)} ms (validation off), ${result.cdkValidated.total.median.toFixed(0)} ms (default)`)
    results.push(result)
  }
} else {
  log('aws-cdk-lib is not installed: run `pnpm --dir bench/cdk-peer install --ignore-workspace`; skipping')
}
writeSection(join(root, 'BENCHMARKS.md'), 'peer', renderPeer(machine, results, installed))
log('wrote the peer section of BENCHMARKS.md')
if (values.json) process.stdout.write(JSON.stringify({ machine, installed, results }, null, 2) + '\n')
