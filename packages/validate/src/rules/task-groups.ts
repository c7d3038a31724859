import { didYouMean, type ComposeModel } from '@composeform/model'
import type { Emit } from '../emit.js'

/** The task each service runs in: its own (the owner), or another service's as a sidecar container. */
export interface TaskGroups {
  /** The service whose task runs `service` (itself for a task's owner). */
  ownerOf(service: string): string
  /** The sidecars of an owner, sorted; empty for other services. */
  sidecarsOf(owner: string): string[]
}

/** The service a service asks to share a task with: `x-aws-task`, or `network_mode: service:<x>`. */
function wantedOwner(name: string, model: ComposeModel, emit: Emit): string | undefined {
  const service = model.services[name]!
  const mode = typeof service.network_mode === 'string' && service.network_mode.startsWith('service:') ? service.network_mode.slice('service:'.length) : undefined
  const extension = typeof service['x-aws-task'] === 'string' ? (service['x-aws-task'] as string) : undefined
  if (extension !== undefined && !Object.hasOwn(model.services, extension)) {
    const suggestion = didYouMean(extension, Object.keys(model.services))
    emit.report('TASK_GROUP_INVALID', ['services', name, 'x-aws-task'], `\`x-aws-task\` names \`${extension}\`, which is not a service of this project.`, suggestion ? `Did you mean \`${suggestion}\`?` : 'Name the service whose task this one should join.')
    return mode
  }
  if (extension !== undefined && mode !== undefined && extension !== mode) {
    emit.report('TASK_GROUP_INVALID', ['services', name, 'x-aws-task'], `\`x-aws-task: ${extension}\` and \`network_mode: service:${mode}\` name different tasks.`, 'Keep one of them, or make them name the same service.')
    return undefined
  }
  const owner = extension ?? mode
  return owner === name ? undefined : owner
}

/**
 * Groups services into tasks. A service with `x-aws-task: <s>` or `network_mode: service:<s>`
 * runs as a container in the task of `<s>` (followed transitively), sharing its network
 * namespace, size and ECS service — the sidecar pattern. A cycle is an error, and its
 * services keep tasks of their own.
 */
export function taskGroups(model: ComposeModel, emit: Emit): TaskGroups {
  const names = Object.keys(model.services).sort()
  const wanted = new Map<string, string>()
  for (const name of names) {
    const owner = wantedOwner(name, model, emit)
    if (owner !== undefined) wanted.set(name, owner)
  }
  const owners = new Map<string, string>()
  const reportedCycles = new Set<string>()
  for (const name of names) {
    const seen = [name]
    let current = name
    while (wanted.has(current)) {
      current = wanted.get(current)!
      if (seen.includes(current)) {
        const cycle = seen.slice(seen.indexOf(current))
        const key = [...cycle].sort().join(',')
        if (!reportedCycles.has(key)) {
          reportedCycles.add(key)
          emit.report('TASK_GROUP_INVALID', ['services', cycle[0]!], `${cycle.map((s) => `\`${s}\``).join(' → ')} → \`${current}\` join each other's tasks in a cycle, so none owns the task.`, 'Choose one service to own the task and point the others at it.', true)
        }
        current = name
        break
      }
      seen.push(current)
    }
    owners.set(name, current)
  }
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
