import type { ComposeService } from '../compose-types.js'

/**
 * The service whose task each service runs in, as the ECS check groups them (validate's
 * `taskGroups`): `x-aws-task: <s>` or `network_mode: service:<s>`, followed to a service that
 * joins no other. A service whose chain names an unknown service, conflicts or goes round in
 * a cycle counts as a task of its own here; the check reports it.
 */
export function taskOwners(services: Readonly<Record<string, ComposeService>>): Map<string, string> {
  const wanted = (name: string): string | undefined => {
    const service = services[name]!
    const mode = typeof service.network_mode === 'string' && service.network_mode.startsWith('service:') ? service.network_mode.slice('service:'.length) : undefined
    const extension = typeof service['x-aws-task'] === 'string' ? service['x-aws-task'] : undefined
    const owner = extension !== undefined && Object.hasOwn(services, extension) ? (mode === undefined || mode === extension ? extension : undefined) : mode
    return owner !== undefined && owner !== name && Object.hasOwn(services, owner) ? owner : undefined
  }
  const owners = new Map<string, string>()
  for (const name of Object.keys(services)) {
    const seen = [name]
    let current = name
    for (let next = wanted(current); next !== undefined; next = wanted(current)) {
      if (seen.includes(next)) {
        current = name
        break
      }
      seen.push(next)
      current = next
    }
    owners.set(name, current)
  }
  return owners
}
