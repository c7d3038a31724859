import { child, type Node } from '../yaml/node.js'
import type { Edit } from './edit.js'
import type { InvalidValue } from './invalid-value.js'
import { parseTaskCpu, parseTaskMemory } from './task-size.js'

/**
 * The edits `task_definition.task_size` makes: `cpu_limit` and `mem_limit` become every
 * service's `deploy.resources.limits.cpus` / `.memory`, since each service is its own task
 * here, where ecs-cli made one task of the whole project.
 */
export function taskSizeEdits(taskSize: Node | undefined, serviceNames: readonly string[], edits: Edit[], invalid: InvalidValue): void {
  for (const [key, parse, attribute, replaces] of [
    ['cpu_limit', parseTaskCpu, ['deploy', 'resources', 'limits', 'cpus'], [['deploy', 'resources', 'limits', 'cpus'], ['cpus'], ['deploy', 'resources', 'reservations', 'cpus']]],
    ['mem_limit', parseTaskMemory, ['deploy', 'resources', 'limits', 'memory'], [['deploy', 'resources', 'limits', 'memory'], ['mem_limit'], ['deploy', 'resources', 'reservations', 'memory'], ['mem_reservation']]],
  ] as const) {
    const node = child(taskSize, key)
    if (node?.kind !== 'scalar' || (typeof node.value !== 'string' && typeof node.value !== 'number')) continue
    const from = ['task_definition', 'task_size', key]
    const result = parse(node.value)
    if (!result.ok) invalid(node, from, result)
    else for (const name of serviceNames) edits.push({ service: name, attribute: [...attribute], value: result.value, node, from, replaces: replaces.map((r) => [...r]) })
  }
}
