import { existsSync, readFileSync } from 'node:fs'
import { bytes, ms, table, times } from './markdown-file.js'
import type { PipelineProfile } from './profile.js'
import { SCALING_METHOD } from './scaling.js'
import type { BenchResults, SizeResult, StepName } from './results.js'
import type { Summary } from './stats.js'

const stepLabels: Record<StepName, string> = {
  load: 'load (`loadProject`)',
  check: 'check (`checkEcs`)',
  convert: 'convert (`toGraph`)',
  emitJson: 'emit JSON (`cfnJson`)',
  emitYaml: 'emit YAML (`cfnYaml`)',
  pipeline: '**whole pipeline** (`convert()`, cfn-yaml)',
  pipelineJson: 'whole pipeline, cfn-json',
  floor: '**floor** (js-yaml `load` + `JSON.stringify`, as one string)',
  floorRope: 'floor, its JSON text left a rope (as `JSON.stringify` returns it)',
}

const cell = (s: Summary): string => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`
const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`
const mark = (met: boolean | null): string => (met === null ? '—' : met ? '**met**' : '**not met**')

function machine(r: BenchResults): string {
  const m = r.machine
  return table(['CPU', 'cores', 'memory', 'OS', 'node', 'pnpm', 'date', 'load average at start'], [[m.cpu, String(m.cores), `${m.memoryGiB} GiB`, m.os, m.node, m.pnpm, m.date, String(m.load)]])
}

function apps(sizes: readonly SizeResult[]): string {
  return table(
    ['N', 'resources', 'published ports (listeners)', 'compose input', 'template YAML / JSON', 'diagnostics (error / warning / info)', 'runs (warm-up + timed × block)'],
    sizes.map((s) => [String(s.services), String(s.resources), String(s.listeners), bytes(s.bytes.input), `${bytes(s.bytes.yaml)} / ${bytes(s.bytes.json)}`, `${s.diagnostics.errors} / ${s.diagnostics.warnings} / ${s.diagnostics.infos}`, `${s.repeats.warmup} + ${s.repeats.runs} × ${s.repeats.block ?? 1}`]),
  )
}

function realism(sizes: readonly SizeResult[]): string {
  const over = sizes.filter((s) => s.resources > 500 || s.listeners > 50)
  if (over.length === 0) return ''
  const list = over.map((s) => `N=${s.services} (${s.resources} resources, ${s.listeners} listeners)`).join(', ')
  return `- **Caveat on realism:** ${list} exceed CloudFormation's 500 resources per stack or an ALB's 50 listeners; composeform says so (the warnings \`CFN_TOO_MANY_RESOURCES\`, \`LOAD_BALANCER_TOO_MANY_LISTENERS\`, and \`CFN_TEMPLATE_TOO_LARGE\` past 1 MB, counted in the table above; \`--nested-stacks\` splits such a project), so these sizes measure conversion speed, not one deployable stack.`
}

function steps(sizes: readonly SizeResult[]): string {
  const names = Object.keys(stepLabels) as StepName[]
  const rows = names.map((n) => [stepLabels[n], ...sizes.map((s) => cell(s.steps[n]))])
  rows.push(['**pipeline / floor**', ...sizes.map((s) => `**${times(s.pipelineOverFloor)}**`)])
  rows.push(['pipeline (cfn-json) / floor', ...sizes.map((s) => times(s.pipelineJsonOverFloor))])
  rows.push(['pipeline / rope floor', ...sizes.map((s) => times(s.steps.pipeline.median / s.steps.floorRope.median))])
  rows.push(['**peak heap** during one `convert()`', ...sizes.map((s) => `**${mb(s.heap.peak)}**`)])
  rows.push(['heap before it (after GC)', ...sizes.map((s) => mb(s.heap.baseline))])
  rows.push(['allocated during that `convert()`', ...sizes.map((s) => mb(s.heap.allocated))])
  return table(['ms: median (min–max)', ...sizes.map((s) => `N=${s.services}`)], rows)
}

function scaling(r: BenchResults): string {
  if (!r.scaling) return '_Not measured (needs N=100 and N=1000)._'
  const { from, to, ratios, pipeline, floor, floorRope, overFloor, overFloorRope, pipelineRatio } = r.scaling
  const names = Object.keys(stepLabels) as StepName[]
  const inProcess = (n: number) => r.sizes.find((s) => s.services === n)?.pipelineOverFloor
  const before = [inProcess(from), inProcess(to)].every((x) => x !== undefined) ? ` In the bench's own process (the table above) the same ratios are ${times(inProcess(from)!)} and ${times(inProcess(to)!)}.` : ''
  return [
    `Each size is timed in fresh processes of its own (\`node --no-flush-bytecode --conditions=source --import tsx bench/pipeline-target.ts\`), ${SCALING_METHOD.rounds} rounds of one process per size, alternately (N=${from}, N=${to}, N=${from}, …), so that drift affects both alike; each process generates its input, calls \`convert()\`, the floor and the rope floor in turn, untimed, for ${SCALING_METHOD.warmupMs / 1000} s (at least 3 times; the same time at both sizes — counted in calls, N=${from} was still getting faster after 10), then times ${SCALING_METHOD.small.runs} (N=${from}) or ${SCALING_METHOD.large.runs} (N=${to}) rounds of calls; no forced GC. At N=${to} one process's calls vary by up to 1.5× with where they fall in the old generation's collection cycle (a mark-compact about every 8 calls, after which its pages are faulted in again), so each process times a whole cycle's worth of calls (3 until 2026-12-07). Why fresh processes: the bench's own process still holds every size's prepared steps and results, a heap the pipeline does not own. There N=${to} took 1.0–2× its per-size median from one run to the next while N=${from} hardly moved, and the allocation-heavy pipeline pays more for that heap than the floor does. The same method applies to both sizes and to the pipeline and the floor alike.`,
    '',
    table(
      ['fresh processes, ms: median (min–max)', `N=${from}`, `N=${to}`, `time(${to}) / time(${from})`],
      [
        ['**whole pipeline** (`convert()`, cfn-yaml)', `${cell(pipeline.small)} (${pipeline.small.runs} calls)`, `${cell(pipeline.large)} (${pipeline.large.runs} calls)`, `**${pipelineRatio.toFixed(1)}**`],
        ['**floor** (js-yaml `load` + `JSON.stringify`, as one string)', cell(floor.small), cell(floor.large), (floor.large.median / floor.small.median).toFixed(1)],
        ['**pipeline / floor**', `**${times(overFloor.small)}**`, `**${times(overFloor.large)}**`, ''],
        ['floor, its JSON text left a rope', cell(floorRope.small), cell(floorRope.large), (floorRope.large.median / floorRope.small.median).toFixed(1)],
        ['pipeline / rope floor', times(overFloorRope.small), times(overFloorRope.large), ''],
      ],
    ),
    '',
    `10 would be linear scaling.${before}${allocationRatio(r, from, to)}`,
    '',
    'Per step, from the medians in the table above (measured at different moments, so noisier):',
    '',
    table(['step', `time(${to}) / time(${from})`], names.map((n) => [stepLabels[n], ratios[n].toFixed(1)])),
  ].join('\n')
}

// What the pipeline allocates grows with its work, whatever the machine's memory costs.
function allocationRatio(r: BenchResults, from: number, to: number): string {
  const allocated = (n: number) => r.sizes.find((s) => s.services === n)?.heap.allocated
  const [small, large] = [allocated(from), allocated(to)]
  if (small === undefined || large === undefined) return ''
  return ` What one \`convert()\` allocates (the peak-heap call above): ${mb(small)} at N=${from}, ${mb(large)} at N=${to}, ${(large / small).toFixed(1)}×.`
}

function cli(r: BenchResults): string {
  if (!r.cli) return '_Not measured: `packages/cli/dist` is missing; run `pnpm build` first._'
  const c = r.cli
  const stale = c.staleBuild ? `\n\n**Warning:** the built \`dist\` of ${c.staleBuild} is older than its sources; run \`pnpm build\` and re-run.` : ''
  return `\`composeform convert\` on a one-service compose file (YAML to stdout) against \`node -e 0\`, each a fresh process spawned with \`child_process.spawnSync\`, alternately, ${c.cli.runs} timed runs each:\n\n${table(
    ['process', 'ms: median (min–max)'],
    [
      ['`node packages/cli/bin/composeform.js convert`', cell(c.cli)],
      ['`node -e 0`', cell(c.node)],
      ['**ratio**', `**${times(c.ratio)}**`],
    ],
  )}${stale}`
}

function targets(r: BenchResults): string {
  return table(['target', 'goal', 'measured', ''], r.targets.map((t) => [t.name, t.goal, t.measured, mark(t.met)]))
}

function profile(p: PipelineProfile | undefined): string {
  if (!p) return '_Not profiled in this run (`--no-profile`)._'
  const pct = (n: number): string => `${n.toFixed(1)} %`
  return [
    `\`${p.command}\`: ${p.runs} runs of \`convert()\` at N=${p.services} after one warm-up, sampled every ${p.intervalUs} µs; ${ms(p.windowMs)} ms of samples in the measured window, of which **${pct(p.gcPercent)} garbage collection**. Self time, as a share of the window; .ts lines through tsx's source maps.`,
    '',
    '**By package**',
    '',
    table(['package', 'self time'], p.packages.map((h) => [h.name, pct(h.percent)])),
    '',
    '**Top functions** (self time)',
    '',
    table(['file:line', 'function', 'self ms', 'self %'], p.functions.map((h) => [`\`${h.where}\``, `\`${h.name}\``, ms(h.selfMs), pct(h.percent)])),
    '',
    '**Inclusive time of the workspace\'s functions** (self + callees; the phases of `convert()`)',
    '',
    table(['file:line', 'function', 'total ms', 'total %'], p.inclusive.map((h) => [`\`${h.where}\``, `\`${h.name}\``, ms(h.selfMs), pct(h.percent)])),
    '',
    '**Top files**',
    '',
    table(['file', 'self %'], p.files.map((h) => [`\`${h.where}\``, pct(h.percent)])),
  ].join('\n')
}

/** The hand-written analysis kept next to the bench, included verbatim. */
function notes(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : '_No notes._'
}

/** Renders the `main` section of BENCHMARKS.md. */
export function renderReport(r: BenchResults, notesPath: string): string {
  return `## pnpm bench

_Written by \`pnpm bench\` (bench/run.ts) on ${r.machine.date}; do not edit between the markers, re-run it._

### Machine

${machine(r)}

### What is measured

- **Input:** compose applications generated by \`bench/generate.ts\` (seeded PRNG, seed ${r.seed}; the same bytes every run): web front ends and APIs (HTTP on 8080, a health check, some published through the load balancer on unique ports: 80, 443 with \`app_protocol: https\`, then 8001…), workers (a command, no ports), Redis caches and RabbitMQ queues (internal TCP through \`expose\`, each on its own EFS volume written by uid 999); \`\${VAR:-default}\` interpolation from a \`.env\`, map and list environments, \`depends_on\` (short and long form, some \`service_healthy\`), \`deploy.replicas\` and \`resources.limits\`, labels, three networks, every other API reading its team's database secret (external, by ARN) as a file, and a \`compose.override.yaml\` that changes about 10 % of the services. No configs. Every published port is HTTP(S), so composeform makes one ALB; the TCP ports stay internal (Service Connect), as a real application's caches and queues would.
- **Every application converts with no error diagnostic** (the bench aborts otherwise; \`test/bench-generator.test.ts\` checks N=10 and N=50):

${apps(r.sizes)}

${realism(r.sizes)}
- **Method:** one process (\`node --expose-gc --no-flush-bytecode --conditions=source --import tsx\`: the pipeline runs from the workspace's TypeScript sources through tsx). After warm-up, the steps are timed interleaved in blocks (load ×k, check ×k, convert ×k, emit JSON ×k, emit YAML ×k, pipeline ×k, pipeline JSON ×k, floor ×k, rope floor ×k, load ×k, …; k = 4, 3, 1 at N = 10, 100, 1000, the first call of each block dropped when k > 1), so that drift on this noisy machine affects all steps alike and each step pays for its own garbage. No forced GC between calls: a \`gc()\` before every call made short, allocation-heavy calls 3–8× slower (V8 restarts from a small young generation), which distorted the floor most. \`--no-flush-bytecode\` keeps V8 from dropping the compiled code of steps idle across major GCs. Each stage is timed on the previous stage's prepared output; the whole pipeline is one \`convert()\` call from the compose text to the template text. Medians with min–max; only the ratios are meant to be compared across machines. The targets' pipeline / floor and time(1000) / time(100) are measured in fresh processes instead (below), where nothing but one size's input lives in the heap.
- **Floor:** \`js-yaml\` 4.1.0 \`load\` of the compose files plus \`JSON.stringify(template, null, 2)\` of the emitted template, the text made one string: the least any converter must do (read the input, write the output). V8 returns a long \`JSON.stringify\` result as a rope of the parts it wrote and copies them into one string only when the text is first read (written to a file, say); that copy takes longer than \`JSON.stringify\` itself (the rope-floor rows). \`convert()\` returns its templates as one string each (it joins the YAML text, and its template-size check reads the JSON text), so the floor reads one character of its text, which makes V8 do the copy inside the floor too. Until 2026-12-07 the floor left the rope (the rows \"rope floor\", kept for comparison).
- **Peak heap:** used V8 heap, the maximum of its size before every GC (\`v8.GCProfiler\`, scavenges included) and at the end of one \`convert()\` call, starting after a full GC. MB = 10⁶ bytes; it includes the loaded code and the input (the "before" row). **Allocated:** in the same call, what the used heap grew by plus what each GC during it freed.

### Results

${steps(r.sizes)}

### Fresh processes: scaling, and pipeline / floor

${scaling(r)}

### CLI, whole process

${cli(r)}

### Targets

${targets(r)}

### Profile: where the pipeline spends its time

${profile(r.profile)}

### Analysis and fix suggestions

${notes(notesPath)}

### Reproduce

\`\`\`sh
pnpm build          # the CLI row runs packages/cli/dist
pnpm bench          # writes this section; \`pnpm -s bench --json\` also prints the figures as JSON
pnpm bench:peer     # the aws-cdk-lib comparison below (installs aws-cdk-lib into bench/cdk-peer on first use)
\`\`\`
`
}
