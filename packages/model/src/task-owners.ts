import type { ComposeService } from './compose-types.js'

/** Told of what keeps a service from joining the task it names; `taskOwners` then decides without it. */
export interface TaskOwnerProblems {
  /** `x-aws-task` names no service of the project (the service keeps to `network_mode`, if any). */
  unknown(service: string, named: string): void
  /** `x-aws-task` and `network_mode: service:…` name different services (the service joins neither). */
  conflict(service: string, named: string, mode: string): void
  /** Services that join each other's tasks in a cycle, from the first of them in sorted order (each keeps a task of its own). */
  cycle(services: string[]): void
}

/**
 * The service whose task each service runs in: its own, or — for `x-aws-task: <s>` or
 * `network_mode: service:<s>` — that of `<s>`, followed to a service that joins no other.
 * The ECS check (validate's `taskGroups`) reports the problems; the ecs-params mapping takes
 * the same groups without a word.
 */
export function taskOwners(services: Readonly<Record<string, ComposeService>>, problems?: TaskOwnerProblems): Map<string, string> {
  const names = Object.keys(services).sort()
  const wanted = new Map<string, string>()
  for (const name of names) {
    const owner = wantedOwner(name, services, problems)
    if (owner !== undefined && owner !== name) wanted.set(name, owner)
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
          problems?.cycle(cycle)
        }
        current = name
        break
      }
      seen.push(current)
    }
    owners.set(name, current)
  }
  return owners
}

/** The service a service asks to share a task with: `x-aws-task`, or `network_mode: service:<s>`. */
function wantedOwner(name: string, services: Readonly<Record<string, ComposeService>>, problems: TaskOwnerProblems | undefined): string | undefined {
  const service = services[name]!
  const mode = typeof service.network_mode === 'string' && service.network_mode.startsWith('service:') ? service.network_mode.slice('service:'.length) : undefined
  const extension = typeof service['x-aws-task'] === 'string' ? service['x-aws-task'] : undefined
  if (extension !== undefined && !Object.hasOwn(services, extension)) {
    problems?.unknown(name, extension)
    return mode
  }
  if (extension !== undefined && mode !== undefined && extension !== mode) {
    problems?.conflict(name, extension, mode)
    return undefined
  }
  return extension ?? mode
}
