/** Median and spread of repeated measurements, in the unit they were taken in. */
export interface Summary {
  median: number
  min: number
  max: number
  p10: number
  p90: number
  runs: number
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo)
}

/** Summarises a non-empty list of measurements. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no measurements')
  const sorted = [...values].sort((a, b) => a - b)
  return { median: quantile(sorted, 0.5), min: sorted[0]!, max: sorted[sorted.length - 1]!, p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), runs: sorted.length }
}

/**
 * How often to run a measured function: `warmup` untimed rounds, then `runs` rounds, each a
 * block of `block` consecutive calls of which the first is dropped when `block > 1` (it may
 * still pay for the previous function's garbage).
 */
export interface Repeats {
  warmup: number
  runs: number
  /** Default 1. */
  block?: number
}

/** Keeps results reachable so that the engine cannot drop the measured work. */
let sink: unknown
/** The last measured result (read it so that nothing is optimised away). */
export const lastResult = (): unknown => sink

/**
 * Times several functions interleaved, in blocks (a a a, b b b, c c c, a a a, …), in
 * milliseconds, so that slow drift of a noisy machine affects each alike and the ratios
 * between them can be trusted. No forced GC between calls: each function runs in steady state
 * and pays for its own garbage. (A \`gc()\` before every call made short allocation-heavy
 * calls 3–8× slower, as V8 then restarts from a small young generation.)
 */
export function measureInterleaved<K extends string>(fns: Readonly<Record<K, () => unknown>>, repeats: Repeats): Record<K, Summary> {
  const keys = Object.keys(fns) as K[]
  const block = Math.max(1, repeats.block ?? 1)
  const dropped = block > 1 ? 1 : 0
  for (let i = 0; i < repeats.warmup; i++) for (const k of keys) for (let j = 0; j < block; j++) sink = fns[k]()
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>
  for (let i = 0; i < repeats.runs; i++) {
    for (const k of keys) {
      for (let j = 0; j < block; j++) {
        const start = performance.now()
        sink = fns[k]()
        const elapsed = performance.now() - start
        if (j >= dropped) times[k].push(elapsed)
      }
    }
  }
  return Object.fromEntries(keys.map((k) => [k, summarize(times[k])])) as Record<K, Summary>
}
