import type { Reporter, SourceMap } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'
import { discoveryName, serviceConnectPorts } from './resources/container-definition.js'

// Cloud Map service names Service Connect creates: lowercase letters, digits, `_` and `-`, at
// most 64, not starting with `-`.
const DISCOVERY_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/

/**
 * Every TCP port of every task becomes a Service Connect service in the project's namespace, named
 * `<container>-<port name>`: one ECS refuses (too long, a character it does not take) or one
 * two ports share is DISCOVERY_NAME_INVALID, an error at the port.
 */
export function reportDiscoveryNames(project: EcsProject, reporter: Reporter, sources: SourceMap): void {
  const taken = new Map<string, string>()
  for (const owner of Object.keys(project.services).sort()) {
    const ecs = project.services[owner]!
    if (ecs.task !== owner) continue
    const ports = serviceConnectPorts([owner, ...ecs.sidecars].flatMap((m) => project.services[m]!.ports))
    for (const port of ports) {
      const container = port.container ?? owner
      const name = discoveryName(container, port)
      const other = taken.get(name)
      const problem = !DISCOVERY_NAME.test(name)
        ? `its Service Connect name \`${name}\` is not one ECS takes (lowercase letters, digits, \`_\` and \`-\`, at most 64)`
        : other !== undefined
          ? `its Service Connect name \`${name}\` is the one of ${other} already`
          : undefined
      if (problem === undefined) {
        taken.set(name, `\`${container}\`'s port ${port.containerPort}`)
        continue
      }
      reporter.add({
        code: 'DISCOVERY_NAME_INVALID',
        message: `\`${container}\`'s port ${port.containerPort} cannot be reached through Service Connect: ${problem}.`,
        path: port.origin,
        span: sources.span(port.origin),
        hint: 'Give the port a short `name` of its own (`name: http`), or rename the service.',
      })
    }
  }
}
