import { fargateSizesFor } from './fargate-sizes.js'
import type { CpuUnits, FargatePlatform, FargateSize, FargateSizeRow, Mebibytes } from './fargate-sizes.js'

/**
 * What a service asks for. `cpus` in vCPUs (e.g. 0.3), `memoryBytes` in bytes.
 * A value that is missing, not a number, NaN, zero or negative counts as "not asked".
 */
export interface SizeRequest {
  cpus?: number
  memoryBytes?: number
}

/**
 * The outcome of {@link chooseFargateSize}.
 * - `ok: true`: `size` (CPU units / MiB) is the chosen Fargate size. `rounded` is true when it
 *   differs from the request in an asked dimension; `oversized` when, in an asked dimension, it
 *   is more than twice what was asked.
 * - `ok: false`: no size on the platform is big enough; `largest` is the biggest valid size.
 */
export type SizeChoice =
  | { ok: true; size: FargateSize; rounded: boolean; oversized: boolean }
  | { ok: false; largest: FargateSize }

const MIB = 1024 * 1024

/**
 * Converts vCPUs to ECS CPU units: 1024 units per vCPU, rounded up to a whole unit.
 * (Docker's ECS converter used 1000 per vCPU; that was a bug.) NaN and ±Infinity pass through.
 */
export function vcpusToUnits(cpus: number): CpuUnits {
  // Multiplying by a power of two is exact, so the ceiling never rounds a whole unit up.
  return Math.ceil(cpus * 1024)
}

function asked(value: number | undefined): value is number {
  return typeof value === 'number' && value > 0
}

function largestOf(rows: readonly FargateSizeRow[]): FargateSize {
  let largest: FargateSize = { cpu: 0, memory: 0 }
  for (const r of rows) {
    for (const memory of r.memory) {
      if (r.cpu > largest.cpu || (r.cpu === largest.cpu && memory > largest.memory)) largest = { cpu: r.cpu, memory }
    }
  }
  return largest
}

/**
 * Picks the cheapest Fargate size (CPU units / MiB) on `platform` that holds `request`:
 * the first CPU row (ascending) with at least the asked CPU units, and in it the smallest
 * memory of at least the asked MiB (bytes rounded up to whole MiB); a row without enough
 * memory is skipped. With nothing asked, that is the platform's smallest size.
 * Never throws: unusable values count as not asked, and Infinity means nothing fits.
 */
export function chooseFargateSize(request: SizeRequest, platform: FargatePlatform): SizeChoice {
  const cpus = asked(request.cpus) ? request.cpus : undefined
  const bytes = asked(request.memoryBytes) ? request.memoryBytes : undefined
  // Exact (unrounded) asks, so "more than twice" and "differs" compare against what was really asked.
  const wantUnits = cpus === undefined ? undefined : cpus * 1024
  const wantMiB = bytes === undefined ? undefined : bytes / MIB
  const needUnits: CpuUnits = cpus === undefined ? 0 : vcpusToUnits(cpus)
  const needMiB: Mebibytes = wantMiB === undefined ? 0 : Math.ceil(wantMiB)

  const rows = fargateSizesFor(platform)
  for (const r of rows) {
    if (r.cpu < needUnits) continue
    const memory = r.memory.find((m) => m >= needMiB)
    if (memory === undefined) continue
    const size: FargateSize = { cpu: r.cpu, memory }
    const rounded = (wantUnits !== undefined && size.cpu !== wantUnits) || (wantMiB !== undefined && size.memory !== wantMiB)
    const oversized = (wantUnits !== undefined && size.cpu > 2 * wantUnits) || (wantMiB !== undefined && size.memory > 2 * wantMiB)
    return { ok: true, size, rounded, oversized }
  }
  return { ok: false, largest: largestOf(rows) }
}
