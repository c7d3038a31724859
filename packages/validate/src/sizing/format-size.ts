import type { CpuUnits, Mebibytes } from './fargate-sizes.js'
import type { SizeRequest } from './choose-size.js'

const UNITS: readonly (readonly [string, number])[] = [
  ['GiB', 1024 * 1024 * 1024],
  ['MiB', 1024 * 1024],
  ['KiB', 1024],
]

/** Bytes in the largest binary unit that divides them exactly, so the text is never rounded. */
export function formatBytes(bytes: number): string {
  for (const [name, size] of UNITS) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${name}`
  }
  return `${bytes} B`
}

/**
 * Human text for a task size given in CPU units and MiB:
 * `"0.5 vCPU / 1 GiB"`, `"0.25 vCPU / 512 MiB"`, `"16 vCPU / 120 GiB"`.
 */
export function formatSize(size: { cpu: CpuUnits; memory: Mebibytes }): string {
  return `${size.cpu / 1024} vCPU / ${formatBytes(size.memory * 1024 * 1024)}`
}

/**
 * Human text for a request (`cpus` in vCPUs, `memoryBytes` in bytes), showing only the asked
 * dimensions: `"0.3 vCPU / 700 MiB"`, `"0.3 vCPU"`, `"700 MiB"`; `"no size requested"` when
 * neither was asked (missing, NaN, zero or negative, as in `chooseFargateSize`).
 */
export function formatRequest(request: SizeRequest): string {
  const parts: string[] = []
  const { cpus, memoryBytes } = request
  // 99999 CPU units from ecs-params are 97.6552734375 vCPU; six digits tell any two sizes apart.
  if (typeof cpus === 'number' && cpus > 0) parts.push(`${+cpus.toPrecision(6)} vCPU`)
  if (typeof memoryBytes === 'number' && memoryBytes > 0) parts.push(formatBytes(memoryBytes))
  return parts.length === 0 ? 'no size requested' : parts.join(' / ')
}
