/**
 * fast-check parameters for the fuzz suite: fixed seeds so that a failure replays, and run
 * counts sized for the whole suite to stay under ~20 s on two cores. Locally, `FUZZ_SCALE=10`
 * runs ten times as many cases and `FUZZ_SEED=n` shifts every seed by n, to explore further.
 */
export function runs(seed: number, numRuns: number): { seed: number; numRuns: number } {
  const scale = Number(process.env['FUZZ_SCALE'] ?? '1')
  const shift = Number(process.env['FUZZ_SEED'] ?? '0')
  return {
    seed: seed + (Number.isInteger(shift) ? shift : 0),
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
  }
}
