// `pnpm bench:peer`: composeform against aws-cdk-lib 2.276.0 on the same generated applications
// (N=10 and N=100), each tool and N in a fresh child process of its own; writes the `peer`
// section of BENCHMARKS.md. Skips (and says so) when aws-cdk-lib is not installed.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Comparison, ComparisonHalf } from './cdk-peer/src/compare.js'
import { describeMachine } from './machine.js'
import { writeSection } from './markdown-file.js'
import { renderPeer } from './peer-report.js'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, sizes: { type: 'string', default: '10,100' } } })
const log = (text: string): void => void process.stderr.write(`bench:peer: ${text}\n`)
const installed = existsSync(join(root, 'bench', 'cdk-peer', 'node_modules', 'aws-cdk-lib', 'package.json'))
const machine = describeMachine()
const results: Comparison[] = []

if (installed) {
  for (const n of values.sizes.split(',').map(Number)) {
    const [warmup, runs] = n <= 10 ? [3, 15] : [2, 7]
    log(`N=${n}: ${warmup} warm-up + ${runs} timed rounds`)
    const env = { ...process.env }
    delete env.NODE_OPTIONS
    delete env.CDK_VALIDATION
    const half = (tool: 'composeform' | 'cdk'): ComparisonHalf => {
      const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join('bench', 'cdk-peer', 'src', 'compare.ts'), String(n), String(warmup), String(runs), tool], {
        cwd: root,
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
      })
      // CDK's validation prints its findings (e.g. more than 500 resources) on stderr every synth.
      if (child.status !== 0) throw new Error(`the ${tool} run at N=${n} failed (${child.status}):\n${child.stderr.slice(-4000)}`)
      return JSON.parse(child.stdout) as ComparisonHalf
    }
    const ours = half('composeform')
    const theirs = half('cdk')
    if (!('composeform' in ours) || !('cdk' in theirs)) throw new Error(`the children at N=${n} printed the wrong halves`)
    const result: Comparison = {
      services: n,
      imports: { composeform: ours.import, cdk: theirs.import },
      composeform: ours.composeform,
      composeformJson: ours.composeformJson,
      cdk: theirs.cdk,
      cdkValidated: theirs.cdkValidated,
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
