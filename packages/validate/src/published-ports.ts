import type { Emit } from './emit.js'
import type { EcsService } from './ecs-project.js'

/**
 * Two services cannot publish the same port: all published ports share the project's load
 * balancer, which has one listener per port and protocol.
 */
export function checkPublishedPorts(services: Record<string, EcsService>, emit: Emit): void {
  const owners = new Map<string, string>()
  for (const name of Object.keys(services).sort()) {
    for (const port of services[name]!.ports) {
      if (port.listenerPort === undefined) continue
      const key = `${port.listenerPort}/${port.protocol}`
      const owner = owners.get(key)
      if (owner === undefined) {
        owners.set(key, name)
      } else if (owner !== name) {
        emit.report(
          'PUBLISHED_PORT_CONFLICT',
          [...port.origin, 'published'],
          `\`${name}\` and \`${owner}\` both publish port ${port.listenerPort}/${port.protocol}; the load balancer can route a port to one service only.`,
          'Publish a different port for one of them (the container port can stay the same: "8081:80").',
        )
      }
    }
  }
}
