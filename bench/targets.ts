import { times } from './markdown-file.js'
import type { BenchResults, SizeResult, Target } from './results.js'

const at = (sizes: readonly SizeResult[], n: number): SizeResult | undefined => sizes.find((s) => s.services === n)

/** Checks the issue's targets against what `pnpm bench` measured (the CDK one is `pnpm bench:peer`'s). */
export function evaluateTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const targets: Target[] = []
  for (const n of [100, 1000]) {
    const size = at(results.sizes, n)
    const s = results.scaling
    // Measured in fresh processes when the run had both sizes (see bench/scaling.ts).
    const fresh = s && n === s.from ? s.overFloor.small : s && n === s.to ? s.overFloor.large : undefined
    const rope = s && n === s.from ? s.overFloorRope.small : s && n === s.to ? s.overFloorRope.large : undefined
    const inProcess = size ? `in the bench's own process: ${times(size.pipelineOverFloor)}, cfn-json output ${times(size.pipelineJsonOverFloor)}` : ''
    const ratio = fresh ?? size?.pipelineOverFloor
    targets.push({
      name: `whole pipeline vs floor, N=${n}`,
      goal: '≤ 3×',
      measured: ratio === undefined ? 'not run' : fresh !== undefined ? `${times(fresh)} (fresh processes; against the floor whose JSON text is left a rope: ${times(rope!)}; ${inProcess})` : `${times(ratio)} (${inProcess})`,
      met: ratio === undefined ? null : ratio <= 3,
    })
  }
  targets.push({ name: 'faster than aws-cdk-lib, N=100', goal: '≥ 20×', measured: 'see the peer section (`pnpm bench:peer`)', met: null })
  const scaling = results.scaling
  targets.push({
    name: `time(${scaling?.to ?? 1000})/time(${scaling?.from ?? 100}), whole pipeline`,
    goal: '≤ 11',
    // The floor's own ratio beside it: the same sizes on this machine, with no step of composeform's.
    measured: scaling
      ? `${scaling.pipelineRatio.toFixed(1)} (fresh processes; the floor's own: ${(scaling.floor.large.median / scaling.floor.small.median).toFixed(1)}; ${scaling.ratios.pipeline.toFixed(1)} from the per-size medians)`
      : 'not run',
    met: scaling ? scaling.pipelineRatio <= 11 : null,
  })
  targets.push({
    name: 'CLI whole process vs `node -e 0`',
    goal: '≤ 3×',
    measured: results.cli ? times(results.cli.ratio) : 'not run (build the CLI: `pnpm build`)',
    met: results.cli ? results.cli.ratio <= 3 : null,
  })
  const big = at(results.sizes, 1000)
  targets.push({
    name: 'peak heap, N=1000',
    goal: '< 300 MB',
    measured: big ? `${(big.heap.peak / 1e6).toFixed(0)} MB` : 'not run',
    met: big ? big.heap.peak < 300e6 : null,
  })
  return targets
}
