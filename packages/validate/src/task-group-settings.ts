import type { ComposeModel } from '@composeform/model'
import type { EcsService } from './ecs-project.js'
import type { Emit } from './emit.js'
import type { TaskGroups } from './rules/task-groups.js'
import { oversizedHint } from './rules/task-size.js'
import { chooseFargateSize } from './sizing/choose-size.js'
import { formatRequest, formatSize } from './sizing/format-size.js'

/**
 * Settings that belong to an ECS service or a task rather than a container: on a sidecar
 * they would be ignored, so each is a warning where it is written.
 */
const SERVICE_LEVEL: readonly (readonly (string | number)[])[] = [['deploy', 'replicas'], ['deploy', 'update_config'], ['deploy', 'labels'], ['deploy', 'x-aws-autoscaling'], ['x-aws-capacity_provider_strategy'], ['scale']]

const own = (value: unknown, path: readonly (string | number)[]): boolean => {
  let current: unknown = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false
    current = (current as Record<string | number, unknown>)[key]
  }
  return true
}

/**
 * The decisions of every task with sidecars, made on its owner: one Fargate size for the sum
 * of what its containers ask, the largest task storage any asks for, ECS Exec when any
 * enables it, and the members. A sidecar must run on its owner's platform.
 */
export function applyTaskGroups(model: ComposeModel, services: Record<string, EcsService>, groups: TaskGroups, emit: Emit): void {
  for (const [name, ecs] of Object.entries(services)) {
    const owner = groups.ownerOf(name)
    ecs.task = owner
    ecs.sidecars = groups.sidecarsOf(name)
    if (owner === name) continue
    // Its ports are ports of the owner's task, served by its container.
    for (const port of ecs.ports) port.container = name
    const path = ['services', name]
    for (const setting of SERVICE_LEVEL) {
      if (!own(model.services[name], setting)) continue
      emit.report('SIDECAR_SETTING_IGNORED', [...path, ...setting], `\`${name}\` runs in \`${owner}\`'s task, so its \`${setting.join('.')}\` is ignored: the task follows \`${owner}\`.`, `Set it on \`${owner}\`, or remove it here.`, true)
    }
    const ownerPlatform = services[owner]!.runtimePlatform
    if (ecs.runtimePlatform.operatingSystemFamily !== ownerPlatform.operatingSystemFamily || ecs.runtimePlatform.cpuArchitecture !== ownerPlatform.cpuArchitecture) {
      emit.report('TASK_GROUP_INVALID', path, `\`${name}\` runs on another platform than \`${owner}\`, whose task it joins; a task has one platform.`, `Give both the same \`platform\`.`, true)
    }
  }
  for (const [owner, ecs] of Object.entries(services)) {
    if (ecs.sidecars.length === 0) continue
    const members = [owner, ...ecs.sidecars].map((m) => services[m]!)
    // ECS Exec is the task's: on when any container asks (on EC2 too).
    ecs.enableExecuteCommand = members.some((m) => m.enableExecuteCommand)
    for (const m of members.slice(1)) {
      // A GPU is reserved on the EC2 instance a task runs on; a Fargate task has none to give.
      if (m.gpu && ecs.launchType !== 'EC2') emit.report('TASK_GROUP_INVALID', ['services', m.name], `\`${m.name}\` reserves GPUs but runs in \`${owner}\`'s task, which runs on Fargate: Fargate has no GPUs.`, `Reserve the GPUs on \`${owner}\` (the whole task then runs on EC2), or run \`${m.name}\` in a task of its own.`, true)
      if (ecs.launchType === 'EC2' && m.ephemeralStorageGiB !== undefined) emit.report('GPU_SETTING_IGNORED', ['services', m.name, 'storage_opt'], `\`${m.name}\` runs in \`${owner}\`'s task on EC2, where task storage is the instance's disk, not \`storage_opt\`.`, 'Remove `storage_opt`; grow the instance volume with `x-aws-cloudformation` if needed.', true)
    }
    // The containers of a task share one network namespace (on EC2 too: awsvpc): a port can be
    // listened on once, and the task definition names each port mapping once.
    const listening = new Map<string, string>()
    const names = new Map<string, string>()
    for (const m of members) {
      for (const port of m.ports) {
        const key = `${port.protocol}-${port.containerPort}`
        const other = listening.get(key)
        const named = port.name !== undefined ? names.get(port.name) : undefined
        if (other !== undefined && other !== m.name) emit.report('TASK_GROUP_INVALID', port.origin, `\`${m.name}\` and \`${other}\` run in one task and both listen on ${port.protocol} ${port.containerPort}.`, 'Give one of them another container port.')
        else listening.set(key, m.name)
        if (named !== undefined && named !== m.name) emit.report('TASK_GROUP_INVALID', [...port.origin, 'name'], `\`${m.name}\` and \`${named}\` run in one task and both name a port \`${port.name}\`; a task definition names each port mapping once.`, 'Give one of them another `name`.')
        else if (port.name !== undefined) names.set(port.name, m.name)
      }
    }
    // A GPU task is sized by its instance type; its sidecars share what is left of it.
    if (ecs.launchType === 'EC2') continue
    const sum = (pick: (s: EcsService) => number | undefined) => {
      const values = members.map(pick).filter((v): v is number => v !== undefined)
      return values.length > 0 ? values.reduce((a, b) => a + b, 0) : undefined
    }
    const cpus = sum((s) => s.request.cpus)
    const memoryBytes = sum((s) => s.request.memoryBytes)
    const request = { ...(cpus !== undefined ? { cpus } : {}), ...(memoryBytes !== undefined ? { memoryBytes } : {}) }
    const platform = { os: ecs.runtimePlatform.operatingSystemFamily === 'LINUX' ? ('linux' as const) : ('windows' as const), arch: ecs.runtimePlatform.cpuArchitecture === 'ARM64' ? ('arm64' as const) : ('x86_64' as const) }
    const choice = chooseFargateSize(request, platform)
    const path = ['services', owner]
    const who = members.map((m) => `\`${m.name}\``).join(', ')
    if (!choice.ok) {
      emit.report('FARGATE_SIZE_TOO_LARGE', path, `The task of ${who} asks for ${formatRequest(request)} together, more than any Fargate task can have.`, 'Lower the containers\' `deploy.resources.limits`, or move a sidecar into a task of its own.', true)
      continue
    }
    ecs.cpu = choice.size.cpu
    ecs.memory = choice.size.memory
    const combined = `\`${owner}\`'s task runs ${who}: ${cpus === undefined && memoryBytes === undefined ? 'none asks for resources' : `together ${formatRequest(request)}`} → ${formatSize(choice.size)}`
    if (choice.oversized) emit.report('FARGATE_SIZE_OVERSIZED', path, `${combined}, more than double.`, oversizedHint(choice.size), true)
    else emit.report('TASK_SIZE_COMBINED', path, `${combined}.`, undefined, true)
    const storage = Math.max(...members.map((m) => m.ephemeralStorageGiB ?? 0))
    if (storage > 0) ecs.ephemeralStorageGiB = storage
  }
}
