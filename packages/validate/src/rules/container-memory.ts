import type { Path } from '@composeform/model'
import { formatBytes } from '../sizing/format-size.js'
import type { RuleContext } from './rule-context.js'
import { inSharedTask } from './task-groups.js'

const MiB = 1024 * 1024

/** The least memory, in MiB, a container may be limited to or reserve: Docker's floor, which ECS enforces. */
export const MIN_CONTAINER_MIB = 6

/** Bytes as the whole MiB a container definition takes: rounded up, and at least `MIN_CONTAINER_MIB`. */
export function containerMiB(bytes: number): number {
  return Math.max(MIN_CONTAINER_MIB, Math.ceil(bytes / MiB))
}

/**
 * Reports a container memory setting under 6 MiB, which the template raises to 6 MiB
 * (`containerMiB`): Docker refuses such a container, and ECS the task definition. A
 * reservation is always written for the container; a limit only in a task of several
 * containers (a task of one is sized from it instead).
 */
export function checkContainerMemory({ name, service, path, emit, groups }: RuleContext): void {
  const resources = service.deploy?.resources
  const settings: [unknown, Path][] = [
    resources?.reservations?.memory !== undefined ? [resources.reservations.memory, [...path, 'deploy', 'resources', 'reservations', 'memory']] : [service.mem_reservation, [...path, 'mem_reservation']],
  ]
  if (inSharedTask(groups, name)) settings.push(resources?.limits?.memory !== undefined ? [resources.limits.memory, [...path, 'deploy', 'resources', 'limits', 'memory']] : [service.mem_limit, [...path, 'mem_limit']])
  for (const [bytes, at] of settings) {
    if (typeof bytes !== 'number' || bytes <= 0 || bytes >= MIN_CONTAINER_MIB * MiB) continue
    emit.report('MEMORY_CLAMPED', at, `${formatBytes(bytes)} is less than the ${MIN_CONTAINER_MIB} MiB a container needs; using ${MIN_CONTAINER_MIB} MiB.`, `Docker and ECS refuse less: give at least \`${MIN_CONTAINER_MIB}m\`.`)
  }
}
