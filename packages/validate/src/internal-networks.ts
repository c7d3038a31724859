import type { ComposeModel, ComposeService } from '@composeform/model'
import type { Emit } from './emit.js'
import type { EcsService } from './ecs-project.js'

/**
 * True when the services of one task (a service and its sidecars) join networks and every one
 * of them is `internal: true`. A sidecar of `network_mode: service:…` joins none of its own.
 */
export function servesOnlyInternalNetworks(members: readonly ComposeService[], model: ComposeModel): boolean {
  const keys = members.flatMap((service) => Object.keys(service.networks ?? {}))
  return keys.length > 0 && keys.every((key) => model.networks[key]?.['internal'] === true)
}

/**
 * A task only on `internal: true` networks is cut off from outside the project, as under
 * docker compose: the converter gives it no public IP, and none of its services can publish
 * ports through the load balancer.
 */
export function checkInternalNetworks(services: Record<string, EcsService>, model: ComposeModel, emit: Emit): void {
  for (const name of Object.keys(services).sort()) {
    const owner = services[services[name]!.task]!
    if (!servesOnlyInternalNetworks([owner.name, ...owner.sidecars].map((member) => model.services[member]!), model)) continue
    for (const port of services[name]!.ports) {
      if (port.listenerPort === undefined) continue
      emit.report(
        'PUBLISHED_PORT_INTERNAL',
        [...port.origin, 'published'],
        `\`${name}\` publishes port ${port.listenerPort}, but it joins only internal networks, which nothing outside the project reaches.`,
        'Use `expose` (or a port without `published`) to reach it from other services, or attach it to a network that is not `internal`.',
      )
    }
  }
}
