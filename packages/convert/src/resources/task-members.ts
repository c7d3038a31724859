import type { ComposeService, Value } from '@composeform/model'
import { containerMiB, type EcsService } from '@composeform/validate'

/** One container of a task: the service that owns it, or one of its sidecars. */
export interface TaskMember {
  name: string
  service: ComposeService
  ecs: EcsService
}

const CONDITIONS: Readonly<Record<string, string>> = {
  service_started: 'START',
  service_healthy: 'HEALTHY',
  service_completed_successfully: 'SUCCESS',
}

/** The `depends_on` of a container on other containers of its task, as ECS container `DependsOn` (sorted). */
export function containerDependsOn(member: TaskMember, members: readonly TaskMember[]): Value[] {
  const inTask = new Set(members.map((m) => m.name))
  return Object.entries(member.service.depends_on ?? {})
    .filter(([target]) => inTask.has(target) && target !== member.name)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([target, dep]) => ({ ContainerName: target, Condition: CONDITIONS[dep.condition] ?? 'START' }))
}

/**
 * Whether a task keeps running when this container stops. The owner always is essential; a
 * sidecar is not when it runs once (`restart: "no"`/on-failure) or another container waits
 * for it to complete — ECS stops the whole task when an essential container exits.
 */
export function isEssential(member: TaskMember, members: readonly TaskMember[]): boolean {
  if (member.ecs.task === member.name) return true
  if (member.ecs.oneShot) return false
  return !members.some((m) => m.service.depends_on?.[member.name]?.condition === 'service_completed_successfully')
}

/** Container-level CPU and memory of a sidecar task's containers, from what each asks for. */
export function containerResources(member: TaskMember): Record<string, Value> {
  const { service } = member
  const out: Record<string, Value> = {}
  if (member.ecs.request.cpus !== undefined) out.Cpu = Math.round(member.ecs.request.cpus * 1024)
  const limit = service.deploy?.resources?.limits?.memory ?? service.mem_limit
  const reservation = service.deploy?.resources?.reservations?.memory ?? service.mem_reservation
  if (typeof limit === 'number' && limit > 0) out.Memory = containerMiB(limit)
  if (typeof reservation === 'number' && reservation > 0) out.MemoryReservation = containerMiB(reservation)
  return out
}
