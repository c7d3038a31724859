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
  const silent = new Set(Object.keys(services).filter((name) => services[name]!.ports.length === 0 && !services[name]!.oneShot))
  // The first service that calls each of them, and the variable naming it (none: depends_on).
  const callers = new Map<string, [string, string?]>()
  const add = (name: string, caller: string, variable?: string) => {
    if (silent.has(name) && !callers.has(name) && groups.ownerOf(caller) !== groups.ownerOf(name)) callers.set(name, [caller, variable])
  }
  for (const [caller, service] of Object.entries(model.services)) {
    for (const [name, dependency] of Object.entries(service.depends_on ?? {})) {
      if (dependency.condition !== 'service_completed_successfully') add(name, caller)
    }
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
      // Every address has a `:` or an `@`; most values (levels, flags, paths) have neither.
      if (value && /[:@]/.test(value)) for (const match of value.matchAll(ADDRESS)) add(match[1] ?? match[2] ?? match[3]!, caller, variable)
    }
  }
  for (const [name, [caller, variable]] of callers) {
    emit.report('SERVICE_UNREACHABLE', ['services', name], `\`${name}\` lists no port, so no other task can reach it by name, but \`${caller}\` ${variable === undefined ? 'depends on it' : `names it in \`${variable}\``}.`, 'List the port it listens on under `expose:`, for Service Connect to name it.', true)
  }
}
