import type { Path } from '@composeform/model'
import type { CpuUnits, MiB, RuntimePlatform } from '../ecs-project.js'
import { chooseFargateSize, type SizeRequest } from '../sizing/choose-size.js'
import { formatRequest, formatSize } from '../sizing/format-size.js'
import type { RuleContext } from './rule-context.js'
import { inSharedTask } from './task-groups.js'

const LIMITS_CPUS = ['deploy', 'resources', 'limits', 'cpus']
const LIMITS_MEMORY = ['deploy', 'resources', 'limits', 'memory']
const RESERVATIONS_CPUS = ['deploy', 'resources', 'reservations', 'cpus']
const RESERVATIONS_MEMORY = ['deploy', 'resources', 'reservations', 'memory']

/**
 * The Fargate size of a service's task: from `deploy.resources.limits` (or service-level
 * `cpus`/`mem_limit`), else reservations; the smallest valid size that fits, reported as
 * info when it rounds, a warning when it more than doubles the request, an error when
 * nothing fits. A task shared with sidecars is reported as a whole instead (applyTaskGroups).
 */
export function chooseTaskSize({ name, service, path, emit, groups }: RuleContext, platform: RuntimePlatform): { cpu: CpuUnits; memory: MiB; request: SizeRequest } {
  const limits = service.deploy?.resources?.limits
  const reservations = service.deploy?.resources?.reservations
  // Each candidate's path is built only for the one picked.
  const pick = (candidates: [number | undefined, readonly string[]][]): [number | undefined, Path | undefined] => {
    for (const [value, at] of candidates) if (typeof value === 'number' && value > 0) return [value, [...path, ...at]]
    return [undefined, undefined]
  }
  const [cpus, cpuPath] = pick([
    [limits?.cpus, LIMITS_CPUS],
    [service.cpus, ['cpus']],
    [reservations?.cpus, RESERVATIONS_CPUS],
  ])
  const [memoryBytes, memoryPath] = pick([
    [limits?.memory, LIMITS_MEMORY],
    [service.mem_limit, ['mem_limit']],
    [reservations?.memory, RESERVATIONS_MEMORY],
    [service.mem_reservation, ['mem_reservation']],
  ])
  // ECS refuses a container's memory reservation above its task's memory, as compose does.
  const limit = limits?.memory ?? service.mem_limit
  const reserved = reservations?.memory ?? service.mem_reservation
  if (typeof limit === 'number' && typeof reserved === 'number' && reserved > limit) {
    emit.report('RESERVATION_ABOVE_LIMIT', reservations?.memory !== undefined ? [...path, ...RESERVATIONS_MEMORY] : [...path, 'mem_reservation'], `\`${path[1]}\` reserves more memory than its limit allows.`, 'Lower the reservation, or raise the limit.')
  }
  const request: SizeRequest = { ...(cpus !== undefined ? { cpus } : {}), ...(memoryBytes !== undefined ? { memoryBytes } : {}) }
  const fargatePlatform = {
    os: platform.operatingSystemFamily === 'LINUX' ? ('linux' as const) : ('windows' as const),
    arch: platform.cpuArchitecture === 'ARM64' ? ('arm64' as const) : ('x86_64' as const),
  }
  const choice = chooseFargateSize(request, fargatePlatform)
  const at = cpuPath ?? memoryPath ?? path
  if (!choice.ok) {
    emit.report(
      'FARGATE_SIZE_TOO_LARGE',
      at,
      `${formatRequest(request)} is more than any Fargate task can have; the largest ${fargatePlatform.os === 'windows' ? 'Windows ' : ''}size is ${formatSize(choice.largest)}.`,
      'Lower the CPU and memory limits, or split the work across services.',
    )
    return { ...choice.largest, request }
  }
  const size = choice.size
  // A shared task is sized from what its containers ask for together (applyTaskGroups).
  if (inSharedTask(groups, name)) return { ...size, request }
  if (cpus === undefined && memoryBytes === undefined) {
    emit.report(
      'DEFAULT_APPLIED',
      path,
      `\`${path[1]}\` sets no \`deploy.resources\`; its task gets the smallest Fargate size, ${formatSize(size)}.`,
      'Set `deploy.resources.limits.cpus` and `.memory` to size it.',
      true,
    )
  } else if (choice.oversized) {
    emit.report(
      'FARGATE_SIZE_OVERSIZED',
      at,
      `${formatRequest(request)} → ${formatSize(size)}: the smallest Fargate size that fits more than doubles what was asked.`,
      oversizedHint(size),
    )
  } else if (choice.rounded) {
    emit.report('FARGATE_SIZE_ROUNDED', at, `${formatRequest(request)} → ${formatSize(size)}, the smallest Fargate size that fits.`)
  }
  return { ...size, request }
}

/** The hint for a Fargate size that more than doubles the request. */
export const oversizedHint = (size: { cpu: CpuUnits; memory: MiB }): string => `Ask for ${formatSize(size)} (or a size closer to a Fargate combination) to pay for what you use.`
