import type { Comparison } from './cdk-peer/src/comparison.js'
import type { Machine } from './machine.js'
import { bytes, ms, table, times } from './markdown-file.js'
import type { Summary } from './stats.js'

/** How `pnpm bench:peer` times the tools: fresh processes, one per tool and round. */
export const PEER_METHOD = {
  rounds: 2,
  /** Untimed calls for this long (at least 3) in every process, whatever the tool. */
  warmupMs: 5000,
  repeats: (n: number): { runs: number } => (n <= 10 ? { runs: 10 } : { runs: 5 }),
} as const

const cell = (s: Summary | undefined): string => (s ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '—')

function figures(results: readonly Comparison[]): string {
  const head = ['', ...results.map((r) => `N=${r.services}`)]
  const row = (label: string, f: (r: Comparison) => string): string[] => [label, ...results.map(f)]
  return table(head, [
    row('resources: composeform / CDK', (r) => `${r.composeform.resources} / ${r.cdk.resources}`),
    row('template: composeform YAML / CDK JSON', (r) => `${bytes(r.composeform.templateBytes)} / ${bytes(r.cdk.templateBytes)}`),
    row('**composeform** `convert()`, cfn-yaml (the default)', (r) => cell(r.composeform.total)),
    row('composeform `convert()`, cfn-json', (r) => cell(r.composeformJson.total)),
    row('**CDK, `CDK_VALIDATION=false`**: construct + synth', (r) => cell(r.cdk.total)),
    row('… construct', (r) => cell(r.cdk.construct)),
    row('… `app.synth()`', (r) => cell(r.cdk.synth)),
    row('CDK, default (validation on): construct + synth', (r) => cell(r.cdkValidated.total)),
    row('**CDK (validation off) / composeform**', (r) => `**${times(r.cdk.total.median / r.composeform.total.median)}**`),
    row('CDK (default) / composeform', (r) => times(r.cdkValidated.total.median / r.composeform.total.median)),
    row('CDK (validation off) / composeform cfn-json', (r) => times(r.cdk.total.median / r.composeformJson.total.median)),
    row('composeform / CDK (validation off)', (r) => (r.composeform.total.median / r.cdk.total.median).toFixed(2)),
    row('first call in a process: composeform / CDK off / CDK default', (r) => `${ms(r.composeform.first)} / ${ms(r.cdk.first)} / ${ms(r.cdkValidated.first)}`),
    row('module import: composeform / aws-cdk-lib', (r) => `${ms(r.imports.composeform)} / ${ms(r.imports.cdk)}`),
  ])
}

/** Renders the `peer` section of BENCHMARKS.md. */
export function renderPeer(machine: Machine, results: readonly Comparison[], installed: boolean): string {
  if (!installed) {
    return `## pnpm bench:peer\n\n_Skipped on ${machine.date}: aws-cdk-lib is not installed here. Run \`pnpm --dir bench/cdk-peer install --ignore-workspace\`, then \`pnpm bench:peer\`; the code is in \`bench/cdk-peer/\`._`
  }
  const at100 = results.find((r) => r.services === 100)
  const verdict = at100
    ? `Target "≥ 20× faster than CDK at N=100": **${at100.cdk.total.median / at100.composeform.total.median >= 20 ? 'met' : 'not met'}**: CDK (validation off) takes ${times(at100.cdk.total.median / at100.composeform.total.median)} composeform's time (${times(at100.cdk.total.median / at100.composeformJson.total.median)} against composeform's JSON output, ${times(at100.cdkValidated.total.median / at100.composeform.total.median)} with CDK's default validation).`
    : '_N=100 was not run._'
  return `## pnpm bench:peer

_Written by \`pnpm bench:peer\` (bench/peer.ts) on ${machine.date}, ${machine.cpu}, ${machine.cores} cores, node ${machine.node}; do not edit between the markers._

aws-cdk-lib 2.276.0 + constructs 10.8.1 (\`bench/cdk-peer\`, a separate private package with its own lockfile, installed only by \`pnpm bench:peer\`, never a dependency of a library package) synthesise the same generated applications as \`pnpm bench\` (\`bench/plan.ts\` feeds both). Each tool is timed in fresh processes of its own (\`node --conditions=source --import tsx bench/cdk-peer/src/compare.ts TOOL N\`, which imports only that tool): composeform \`convert()\` (compose text → YAML template text; and → JSON), CDK construct + \`app.synth()\` with \`CDK_VALIDATION=false\`, and the same with CDK's default validation. Per N, ${PEER_METHOD.rounds} rounds of one process per tool, the tools alternating so that drift on a noisy machine affects all alike; each process calls its tool untimed for ${PEER_METHOD.warmupMs / 1000} s (at least 3 times; the same warm-up time for every tool, so that a fast tool's code has run as long as a slow one's), then times ${PEER_METHOD.repeats(10).runs} (N=10) or ${PEER_METHOD.repeats(100).runs} (N=100) calls, no forced GC. (Before, all tools ran in one process, and composeform, timed right after CDK, ran over CDK's far larger heap and garbage: about twice its time in \`pnpm bench\`.) composeform's time includes reading the compose text (parse, interpolate, merge, validate); CDK starts from the in-memory plan, and writes JSON. The App has \`@aws-cdk/core:stackResourceLimit: 0\` (N=100 exceeds CloudFormation's 500 resources), a pinned env, and writes \`cdk.out\` to a temporary directory. ms, median (min–max):

${figures(results)}

${verdict}

**What is equivalent.** Built with explicit constructs (not \`ecs_patterns\`, which would make one ALB per service) to mirror composeform's template: an imported VPC (\`Vpc.fromVpcAttributes\`; composeform takes VpcId/Subnets parameters, neither creates a VPC), an \`ecs.Cluster\` with Container Insights and a private Cloud Map namespace for Service Connect, one log group (30 days), one security group per compose network that admits itself, one internet-facing ALB when something is published, and per service a \`FargateTaskDefinition\` (same cpu/memory/family) + container (image, command, environment after \`.env\` and the override, labels, health check, port mappings named \`tcp-<port>\`, awslogs) + \`FargateService\` (desired count, circuit breaker with rollback, 100/200 %, ECS managed tags, Service Connect for its ports, \`DependsOn\` for \`depends_on\`, project and service tags), and per published port a listener (HTTPS with a certificate parameter on 443) with a target group (HTTP health check on \`/health\`). **Differences:** CDK adds a task role and an execution-role policy per service (2 roles + 1 policy against composeform's 1 role) and security-group egress rules; composeform adds conditions and parameters to reuse an existing cluster or load balancer, and two conditional ingress rules per published port. The resource counts above show the net effect.`
}
