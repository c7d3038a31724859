/**
 * The task sizes AWS Fargate accepts (task-level `cpu` / `memory`).
 *
 * Sources (AWS documentation, checked for this table):
 * - "Troubleshoot Amazon ECS task definition invalid CPU or memory errors - Amazon Elastic
 *   Container Service": the valid CPU/memory table, with its "supported operating systems"
 *   column: 256 and 512 are Linux only; 1024, 2048 and 4096 are Linux and Windows;
 *   8192 and 16384 are Linux only and need Linux platform version 1.4.0 or later.
 * - "Amazon ECS task definition differences for Fargate": for Windows containers on Fargate
 *   the task cpu cannot be less than 1 vCPU.
 * - "AWS::ECS::TaskDefinition RuntimePlatform": ARM64 is available for Linux containers on
 *   Fargate. No page we found gives ARM64 its own size table, so ARM64 uses the Linux one.
 */

/** ECS CPU units: 1024 units are one vCPU. */
export type CpuUnits = number

/** Memory in mebibytes (1 MiB = 1,048,576 bytes), the unit of ECS task `memory`. */
export type Mebibytes = number

/** One Fargate task size: `cpu` in ECS CPU units, `memory` in MiB. */
export interface FargateSize {
  cpu: CpuUnits
  memory: Mebibytes
}

/** The platform a Fargate task runs on (ECS `runtimePlatform`). */
export type FargatePlatform = { os: 'linux' | 'windows'; arch: 'x86_64' | 'arm64' }

/** One CPU row of the table: `cpu` in CPU units, the `memory` values (MiB) allowed with it, ascending. */
export interface FargateSizeRow {
  readonly cpu: CpuUnits
  readonly memory: readonly Mebibytes[]
}

/** `from`, `from + step`, … up to and including `to` (all MiB). */
function steps(from: Mebibytes, to: Mebibytes, step: Mebibytes): Mebibytes[] {
  const values: Mebibytes[] = []
  for (let m = from; m <= to; m += step) values.push(m)
  return values
}

function row(cpu: CpuUnits, memory: Mebibytes[]): FargateSizeRow {
  return Object.freeze({ cpu, memory: Object.freeze(memory) })
}

/**
 * The Linux Fargate table: rows by ascending `cpu` (CPU units), each with ascending `memory`
 * (MiB). Frozen. The order (CPU first, then memory) is the order sizes are chosen in.
 */
export const FARGATE_SIZES: readonly FargateSizeRow[] = Object.freeze([
  row(256, [512, 1024, 2048]),
  row(512, steps(1024, 4096, 1024)),
  row(1024, steps(2048, 8192, 1024)),
  row(2048, steps(4096, 16384, 1024)),
  row(4096, steps(8192, 30720, 1024)),
  row(8192, steps(16384, 61440, 4096)),
  row(16384, steps(32768, 122880, 8192)),
])

// Windows rows keep the Linux memory values; only the CPU sizes differ (see the sources above).
const WINDOWS_SIZES: readonly FargateSizeRow[] = Object.freeze(
  FARGATE_SIZES.filter((r) => r.cpu >= 1024 && r.cpu <= 4096),
)

/**
 * The size table (CPU units / MiB, same order as {@link FARGATE_SIZES}) for a platform.
 *
 * Linux x86_64 and Linux ARM64 share the full table; Windows gets 1, 2 and 4 vCPU only.
 * Windows on ARM64 is not a Fargate platform (ARM64 is documented for Linux only); it gets
 * the Windows table, and rejecting the platform itself is left to the caller.
 */
export function fargateSizesFor(platform: FargatePlatform): readonly FargateSizeRow[] {
  return platform.os === 'windows' ? WINDOWS_SIZES : FARGATE_SIZES
}
