import type { ComposeModel } from '@composeform/model'
import type { EcsService } from './ecs-project.js'
import type { Emit } from './emit.js'
import type { TaskGroups } from './rules/task-groups.js'

// The host of an address in a value: after `//` (and any user info), after `@`, or before `:<port>`.
const ADDRESS = /\/\/(?:[^/@\s]*@)?([\w.-]+)|@([\w.-]+)|(?:^|[\s,=])([\w.-]+):\d/g

/**
 * Reports a service that lists no port (`ports` or `expose`) although another task calls it:
 * it gets no Service Connect name, so a task that depends on it, or whose environment names it
 * in an address (`redis://redis:6379`, `postgres://u:p@db/x`, `db:5432`), reaches nothing.
 * Containers of one task reach each other on localhost, and a dependency that only has to
 * finish (`service_completed_successfully`, or a service that runs once) is not called.
 * Every value is read once, whatever the number of services.
 */
export function checkUnreachableServices(model: ComposeModel, services: Readonly<Record<string, EcsService>>, groups: TaskGroups, emit: Emit): void {
  // Who calls each name, in service order: [service, why].
  const callers = new Map<string, [string, string][]>()
  const add = (name: string, caller: string, why: string) => {
    const list = callers.get(name)
    if (list) list.push([caller, why])
    else callers.set(name, [[caller, why]])
  }
  for (const [caller, service] of Object.entries(model.services)) {
    for (const [name, dependency] of Object.entries(service.depends_on ?? {})) {
      if (dependency.condition !== 'service_completed_successfully') add(name, caller, 'depends on it')
    }
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
      for (const match of value?.matchAll(ADDRESS) ?? []) add(match[1] ?? match[2] ?? match[3]!, caller, `names it in \`${variable}\``)
    }
  }
  for (const [name, ecs] of Object.entries(services)) {
    if (ecs.ports.length > 0 || ecs.oneShot) continue
    const [caller, why] = callers.get(name)?.find(([caller]) => groups.ownerOf(caller) !== groups.ownerOf(name)) ?? []
    if (caller) emit.report('SERVICE_UNREACHABLE', ['services', name], `\`${name}\` lists no port, so no other task can reach it by name, but \`${caller}\` ${why}.`, `List the port it listens on under \`expose:\`; Service Connect then answers for \`${name}\` on it.`, true)
  }
}
