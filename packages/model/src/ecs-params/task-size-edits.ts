import type { ComposeService } from '../compose-types.js'
import { child, type Node } from '../yaml/node.js'
import type { Edit } from './edit.js'
import type { InvalidValue } from './invalid-value.js'
import { getIn } from './set-in.js'
import { taskOwners } from '../task-owners.js'
import { parseTaskCpu, parseTaskMemory } from './task-size.js'

const MiB = 1024 * 1024

/** One dimension of `task_size`, and the compose attributes that ask for it, in the order the ECS check reads them. */
const DIMENSIONS = [
  {
    key: 'cpu_limit',
    parse: parseTaskCpu,
    attribute: ['deploy', 'resources', 'limits', 'cpus'],
    asks: [['deploy', 'resources', 'limits', 'cpus'], ['cpus'], ['deploy', 'resources', 'reservations', 'cpus']],
    // ECS counts whole CPU units (1024 a vCPU); the owner's container needs at least one.
    unit: 1 / 1024,
    least: 1,
    units: 'CPU units',
  },
  {
    key: 'mem_limit',
    parse: parseTaskMemory,
    attribute: ['deploy', 'resources', 'limits', 'memory'],
    asks: [['deploy', 'resources', 'limits', 'memory'], ['mem_limit'], ['deploy', 'resources', 'reservations', 'memory'], ['mem_reservation']],
    // ECS counts whole MiB; a container's memory limit is at least 6 MiB.
    unit: MiB,
    least: 6,
    units: 'MiB',
  },
] as const

/**
 * The edits `task_definition.task_size` makes. As in ecs-cli, `cpu_limit` and `mem_limit` size
 * a whole task: each service that owns a task gets them as `deploy.resources.limits.cpus` /
 * `.memory`. A task's size is the sum of what its containers ask, so an owner whose sidecars
 * (`x-aws-task`) ask for some gets the rest (in whole CPU units and MiB) and the sidecars keep
 * theirs. Sidecars that would leave it less than a CPU unit or 6 MiB lose what they ask for
 * instead (ECS_PARAMS_OVERRIDE for each value dropped): the task is always `task_size`.
 */
export function taskSizeEdits(taskSize: Node | undefined, services: Readonly<Record<string, ComposeService>>, edits: Edit[], invalid: InvalidValue): void {
  // Each task's owner and its sidecars, grouped once.
  const tasks = new Map<string, string[]>()
  for (const [name, owner] of taskOwners(services)) {
    if (!tasks.has(owner)) tasks.set(owner, [])
    if (name !== owner) tasks.get(owner)!.push(name)
  }
  // The value a service has once the edits made so far (its `task_definition.services` entry) are applied.
  const valueOf = (service: string, attribute: readonly string[]): unknown => {
    for (let i = edits.length - 1; i >= 0; i--) if (edits[i]!.service === service && edits[i]!.attribute.join('.') === attribute.join('.')) return edits[i]!.value
    return getIn(services[service], attribute)
  }
  for (const dimension of DIMENSIONS) {
    const node = child(taskSize, dimension.key)
    if (node?.kind !== 'scalar' || (typeof node.value !== 'string' && typeof node.value !== 'number')) continue
    const from = ['task_definition', 'task_size', dimension.key]
    const result = dimension.parse(node.value)
    if (!result.ok) {
      invalid(node, from, result)
      continue
    }
    const size = result.value
    const replaces = dimension.asks.map((a) => [...a])
    for (const [owner, sidecars] of tasks) {
      // What a sidecar asks for counts as the ECS check reads it: the first attribute set.
      const asked = (name: string): number => {
        for (const attribute of dimension.asks) {
          const value = valueOf(name, attribute)
          if (typeof value === 'number' && value > 0) return Math.ceil(value / dimension.unit)
        }
        return 0
      }
      const sidecarUnits = sidecars.reduce((sum, name) => sum + asked(name), 0)
      const whole = Math.ceil(size / dimension.unit)
      const left = whole - sidecarUnits
      const share = sidecarUnits === 0 || left < dimension.least ? size : left * dimension.unit
      edits.push({ service: owner, attribute: [...dimension.attribute], value: share, node, from, replaces })
      if (sidecarUnits === 0 || left >= dimension.least) continue
      const drops = `\`${owner}\`'s whole task has ${whole} ${dimension.units}, and the containers that join it ask for ${sidecarUnits}, leaving \`${owner}\` ${Math.max(0, left)} (it needs ${dimension.least} at least)`
      for (const name of sidecars) for (const attribute of dimension.asks) edits.push({ service: name, attribute: [...attribute], value: undefined, node, from, replaces: [], drops })
    }
  }
}
