import type { Path } from '@composeform/model'
import type { CpuUnits, GpuCapacity, GpuInstanceType, MiB, RuntimePlatform } from '../ecs-project.js'
import { ECS_RESERVED_MEMORY_MIB, GPU_INSTANCE_TYPES, taskCpuOf, taskMemoryOf } from './gpu-instance-types.js'
import { gpuRequest } from './gpu-request.js'
import type { RuleContext } from './rule-context.js'

const MiB = 1024 * 1024

/** What a GPU service runs on and the size of its task. */
export interface GpuPlan {
  capacity: GpuCapacity
  cpu: CpuUnits
  memory: MiB
}

/** `node.machine==<type>` among `deploy.placement.constraints`, with its path. */
function machineConstraint({ service, path }: RuleContext): { type: string; at: Path } | undefined {
  const constraints = service.deploy?.placement?.constraints
  if (!Array.isArray(constraints)) return undefined
  for (const [i, c] of constraints.entries()) {
    const match = typeof c === 'string' ? /^\s*node\.machine\s*==\s*(\S+)\s*$/.exec(c) : null
    if (match) return { type: match[1]!, at: [...path, 'deploy', 'placement', 'constraints', i] }
  }
  return undefined
}

/** The first of several candidate values that is a positive number, with its path. */
function firstPositive(candidates: [unknown, Path][]): [number, Path] | undefined {
  for (const [value, at] of candidates) if (typeof value === 'number' && value > 0) return [value, at]
  return undefined
}

/**
 * What a service that asked for GPUs wrongly is checked as after the error: on EC2 like any GPU
 * service (so no Fargate sizing is reported for it), never converted, since the error stops conversion.
 */
function rejected(): GpuPlan {
  const largest = GPU_INSTANCE_TYPES.at(-1)!
  return { capacity: { count: largest.gpus, instanceType: { name: largest.name, vcpus: largest.vcpus, memoryMiB: largest.memoryMiB, gpus: largest.gpus } }, cpu: taskCpuOf(largest), memory: taskMemoryOf(largest) }
}

const describe = (t: GpuInstanceType) => `${t.name} (${t.gpus} GPU, ${t.vcpus} vCPU, ${t.memoryMiB / 1024} GiB)`

/**
 * GPU reservations → EC2 capacity. A service that reserves GPUs runs on EC2 instances of one
 * type: the one `node.machine==<type>` names, else the first of `GPU_INSTANCE_TYPES` with
 * enough GPUs, vCPUs and memory for the task (reported as info). The task asks for the CPU and
 * memory of `deploy.resources` (limits, else reservations) in ECS units, or the whole instance
 * when none is given; `count: all` / `gpus: all` is every GPU of the instance. Windows, ARM64,
 * unknown machine types and requests no type fits are errors; Fargate-only settings are
 * ignored with a warning. Undefined when the service reserves no GPU.
 */
export function checkGpu(ctx: RuleContext, platform: RuntimePlatform): GpuPlan | undefined {
  const { service, path, model, emit } = ctx
  const request = gpuRequest(ctx)
  reportPlacement(ctx, request !== undefined)
  if (request === undefined) return undefined
  if (request === 'invalid') return rejected()
  if (platform.operatingSystemFamily !== 'LINUX' || platform.cpuArchitecture !== 'X86_64') {
    emit.report('GPU_PLATFORM_UNSUPPORTED', [...path, 'platform'], `\`${path[1]}\` reserves GPUs but runs on ${service.platform}; ECS GPU instances run Linux on x86-64.`, 'Use `platform: linux/amd64` for GPU services.')
    return rejected()
  }
  const limits = service.deploy?.resources?.limits
  const reservations = service.deploy?.resources?.reservations
  const resources = [...path, 'deploy', 'resources']
  const cpus = firstPositive([[limits?.cpus, [...resources, 'limits', 'cpus']], [service.cpus, [...path, 'cpus']], [reservations?.cpus, [...resources, 'reservations', 'cpus']]])
  const memory = firstPositive([
    [limits?.memory, [...resources, 'limits', 'memory']],
    [service.mem_limit, [...path, 'mem_limit']],
    [reservations?.memory, [...resources, 'reservations', 'memory']],
    [service.mem_reservation, [...path, 'mem_reservation']],
  ])
  // ECS takes at least 128 units (0.125 vCPU) for a task on EC2.
  const cpuUnits = cpus ? Math.max(128, Math.ceil(cpus[0] * 1024)) : undefined
  const memoryMiB = memory ? Math.ceil(memory[0] / MiB) : undefined
  const gpus = request.count === 'all' ? 1 : request.count
  const fits = (t: GpuInstanceType) => t.gpus >= gpus && (cpuUnits ?? 0) <= taskCpuOf(t) && (memoryMiB ?? 0) <= taskMemoryOf(t)
  const asked = `${request.count === 'all' ? 'all GPUs' : `${gpus} GPU`}${cpus ? `, ${cpus[0]} vCPU` : ''}${memoryMiB ? `, ${memoryMiB} MiB` : ''}`
  const machine = machineConstraint(ctx)
  let instance: GpuInstanceType | undefined
  if (machine) {
    instance = GPU_INSTANCE_TYPES.find((t) => t.name === machine.type)
    if (!instance) {
      emit.report('GPU_NO_INSTANCE_FITS', machine.at, `composeform does not know the GPU instance type \`${machine.type}\`.`, `Name one of ${GPU_INSTANCE_TYPES.map((t) => t.name).join(', ')}.`)
      return rejected()
    }
    if (!fits(instance)) {
      emit.report('GPU_NO_INSTANCE_FITS', machine.at, `${describe(instance)} cannot hold a task of ${asked} (ECS keeps about 5 % of memory and ${ECS_RESERVED_MEMORY_MIB} MiB for the system).`, 'Name a larger instance type, or ask for less.')
      return rejected()
    }
  } else {
    instance = GPU_INSTANCE_TYPES.find((t) => t.automatic && fits(t))
    if (!instance) {
      emit.report('GPU_NO_INSTANCE_FITS', cpus?.[1] ?? memory?.[1] ?? request.at, `No GPU instance type composeform chooses from holds a task of ${asked}.`, 'Ask for fewer GPUs, vCPUs or memory, or name an instance type with `deploy.placement.constraints: [node.machine==<type>]`.')
      return rejected()
    }
  }
  const count = request.count === 'all' ? instance.gpus : request.count
  const cpu = cpuUnits ?? taskCpuOf(instance)
  const taskMemory = memoryMiB ?? taskMemoryOf(instance)
  emit.report(
    'GPU_INSTANCE_CHOSEN',
    machine?.at ?? request.at,
    `\`${path[1]}\` reserves ${count} GPU and runs on EC2 ${describe(instance)}${machine ? ', as `node.machine` asks' : ''}; its task has ${cpu} CPU units and ${taskMemory} MiB${cpus && memory ? '' : ' (the whole instance where `deploy.resources` sets none)'}.`,
    machine ? undefined : 'Name another type with `deploy.placement.constraints: [node.machine==<type>]`.',
    true,
  )
  const strategyOwn = Object.hasOwn(service, 'x-aws-capacity_provider_strategy')
  if (strategyOwn || model.extensions['x-aws-capacity_provider_strategy'] !== undefined) {
    emit.report('GPU_SETTING_IGNORED', strategyOwn ? [...path, 'x-aws-capacity_provider_strategy'] : ['x-aws-capacity_provider_strategy'], `\`${path[1]}\` reserves GPUs, so it runs on its EC2 capacity provider, not on Fargate.`, 'Remove the strategy from the GPU service (or ignore this warning).', true)
  }
  if (service.storage_opt !== undefined) {
    emit.report('GPU_SETTING_IGNORED', [...path, 'storage_opt'], `\`${path[1]}\` runs on EC2, where task storage is the instance's disk, not \`storage_opt\`.`, 'Remove `storage_opt`; grow the instance volume with `x-aws-cloudformation` if needed.', true)
  }
  return { capacity: { count, instanceType: { name: instance.name, vcpus: instance.vcpus, memoryMiB: instance.memoryMiB, gpus: instance.gpus } }, cpu, memory: taskMemory }
}

/**
 * `deploy.placement`: on Fargate ECS places tasks itself, so all of it is ignored; a GPU
 * service uses `node.machine==<type>` to name its instance type, and only the rest is ignored.
 */
function reportPlacement({ service, path, emit }: RuleContext, gpu: boolean): void {
  const placement = service.deploy?.placement
  if (placement === undefined) return
  const at = [...path, 'deploy', 'placement']
  if (!gpu) {
    emit.unsupported(at, 'Fargate does not support placement constraints or preferences')
    return
  }
  for (const key of Object.keys(placement)) {
    if (key !== 'constraints') emit.unsupported([...at, key], 'ECS places a GPU service\'s tasks on its own instances')
  }
  const constraints = Array.isArray(placement.constraints) ? placement.constraints : []
  constraints.forEach((c: unknown, i: number) => {
    if (typeof c !== 'string' || !/^node\.machine\s*==/.test(c)) emit.unsupported([...at, 'constraints', i], 'only `node.machine==<type>` chooses something on ECS (the instance type)')
  })
}
