import { didYouMean, taskOwners, type ComposeModel } from '@composeform/model'
import type { Emit } from '../emit.js'

/** The task each service runs in: its own (the owner), or another service's as a sidecar container. */
export interface TaskGroups {
  /** The service whose task runs `service` (itself for a task's owner). */
  ownerOf(service: string): string
  /** The sidecars of an owner, sorted; empty for other services. */
  sidecarsOf(owner: string): string[]
}

/** True when `service` shares its task with other containers: it has sidecars, or is one. */
export function inSharedTask(groups: TaskGroups, service: string): boolean {
  return groups.ownerOf(service) !== service || groups.sidecarsOf(service).length > 0
}

/**
 * Groups services into tasks. A service with `x-aws-task: <s>` or `network_mode: service:<s>`
 * runs as a container in the task of `<s>` (followed transitively), sharing its network
 * namespace, size and ECS service — the sidecar pattern. A cycle is an error, and its
 * services keep tasks of their own.
 */
export function taskGroups(model: ComposeModel, emit: Emit): TaskGroups {
  const names = Object.keys(model.services).sort()
  const owners = taskOwners(model.services, {
    unknown(name, extension) {
      const suggestion = didYouMean(extension, names)
      emit.report('TASK_GROUP_INVALID', ['services', name, 'x-aws-task'], `\`x-aws-task\` names \`${extension}\`, which is not a service of this project.`, suggestion ? `Did you mean \`${suggestion}\`?` : 'Name the service whose task this one should join.')
    },
    conflict(name, extension, mode) {
      emit.report('TASK_GROUP_INVALID', ['services', name, 'x-aws-task'], `\`x-aws-task: ${extension}\` and \`network_mode: service:${mode}\` name different tasks.`, 'Keep one of them, or make them name the same service.')
    },
    cycle(cycle) {
      emit.report('TASK_GROUP_INVALID', ['services', cycle[0]!], `${cycle.map((s) => `\`${s}\``).join(' → ')} → \`${cycle[0]}\` join each other's tasks in a cycle, so none owns the task.`, 'Choose one service to own the task and point the others at it.', true)
    },
  })
  const sidecars = new Map<string, string[]>()
  for (const name of names) {
    const owner = owners.get(name)!
    if (owner !== name) sidecars.set(owner, [...(sidecars.get(owner) ?? []), name])
  }
  return {
    ownerOf: (service) => owners.get(service) ?? service,
    sidecarsOf: (owner) => sidecars.get(owner) ?? [],
  }
}
