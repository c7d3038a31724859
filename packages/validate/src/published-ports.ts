import type { Emit } from './emit.js'
import type { EcsService } from './ecs-project.js'

/**
 * Two services cannot publish the same port: all published ports share the project's load
 * balancer, which has one listener per port and protocol. Nor can one service publish a port
 * twice, to two container ports.
 */
export function checkPublishedPorts(services: Record<string, EcsService>, emit: Emit): void {
  const owners = new Map<string, { name: string; containerPort: number }>()
  for (const name of Object.keys(services).sort()) {
    for (const port of services[name]!.ports) {
      if (port.listenerPort === undefined) continue
      const key = `${port.listenerPort}/${port.protocol}`
      const owner = owners.get(key)
      if (owner === undefined) {
        owners.set(key, { name, containerPort: port.containerPort })
      } else if (owner.name !== name) {
        emit.report(
          'PUBLISHED_PORT_CONFLICT',
          [...port.origin, 'published'],
          `\`${name}\` and \`${owner.name}\` both publish port ${port.listenerPort}/${port.protocol}; the load balancer can route a port to one service only.`,
          'Publish a different port for one of them (the container port can stay the same: "8081:80").',
        )
      } else if (owner.containerPort !== port.containerPort) {
        emit.report(
          'PUBLISHED_PORT_CONFLICT',
          [...port.origin, 'published'],
          `\`${name}\` publishes port ${port.listenerPort}/${port.protocol} twice, to container ports ${owner.containerPort} and ${port.containerPort}; a listener forwards to one of them only.`,
          'Publish each container port on its own port.',
        )
      }
    }
  }
}
