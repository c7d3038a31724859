import { danglingReferences, Reporter, type ResourceGraph, type Staged, type Value } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'
import { reportAwsLimits } from './aws-limits.js'
import type { ConvertOptions } from './convert-options.js'
import { deployEnvironment } from './environment.js'
import { GraphBuilder } from './graph-builder.js'
import { LogicalIds, normalizeName } from './logical-id.js'
import { addAutoscaling } from './resources/autoscaling.js'
import { configSources } from './resources/configs.js'
import { addEcsService } from './resources/ecs-service.js'
import { addFileSystems } from './resources/file-systems.js'
import { addClusterCapacityProviders, addGpuCapacity, addGpuInstanceRole, gpuServices } from './resources/gpu-capacity.js'
import { addLoadBalancer, loadBalancerType, publishedPorts } from './resources/load-balancer.js'
import { addNetworks } from './resources/networks.js'
import { addProjectResources } from './resources/project-resources.js'
import { addSecrets } from './resources/secrets.js'
import { SECRETS_INIT_IMAGE } from './resources/secrets-init-container.js'
import { addServicePorts } from './resources/service-ports.js'
import { addServiceSecurityGroup } from './resources/service-security-group.js'
import { addNfsIngress, serviceVolumes } from './resources/service-volumes.js'
import { addTaskDefinition } from './resources/task-definition.js'
import { planSecretDelivery } from './secret-delivery.js'
import { reportNotYetConverted } from './unsupported-yet.js'

/**
 * Builds the resource graph of a checked project: cluster, logs, service discovery,
 * networks, the secrets and file systems services use, and per service its task definition (with the init
 * container delivering its secrets as files), roles, ECS service, load-balancer wiring and
 * autoscaling. Logical IDs follow Docker's ECS integration. Pure: same input, same graph.
 */
export function toGraph(project: EcsProject, options: ConvertOptions = {}): Staged<ResourceGraph> {
  const reporter = new Reporter('convert')
  const builder = new GraphBuilder()
  const ids = new LogicalIds(reporter, project.sources)
  const needsLoadBalancer = publishedPorts(project).length > 0
  const env = deployEnvironment(builder, project.settings, options.environment ?? { mode: 'parameters' }, needsLoadBalancer)
  addProjectResources(project, env, builder)
  const networkGroups = addNetworks(project, env, builder, ids)
  const lbType = loadBalancerType(project)
  if (needsLoadBalancer) addLoadBalancer(project, env, builder, lbType)
  const names = Object.keys(project.services).sort()
  const bases = new Map(names.map((name) => [name, normalizeName(name)]))
  const usedSecrets = new Set(names.flatMap((name) => (project.model.services[name]!.secrets ?? []).map((s) => s.source)))
  const secretSources = addSecrets(project, usedSecrets, builder, ids, reporter)
  const fileSystems = addFileSystems(project, env, builder, ids)
  const configs = configSources(project, reporter)
  if (gpuServices(project).length > 0) addGpuInstanceRole(project.name, builder)
  const gpuProviders: string[] = []
  for (const name of names) {
    const base = bases.get(name)!
    if (!ids.claim(base, `services.${name}`, ['services', name])) continue
    const service = project.model.services[name]!
    const ecs = project.services[name]!
    reportNotYetConverted(name, service, ecs, reporter, project.sources)
    const delivery = ecs.runtimePlatform.operatingSystemFamily === 'LINUX' ? planSecretDelivery(name, service, secretSources, reporter, project.sources, configs) : undefined
    const secrets = delivery ? { delivery, initImage: options.secretsInitImage ?? SECRETS_INIT_IMAGE } : undefined
    const volumes = serviceVolumes(base, service, fileSystems, new Set(delivery?.mounts.map((m) => m.volume)))
    const taskDefinition = addTaskDefinition(base, name, service, ecs, project.name, builder, secrets, volumes)
    const ports = addServicePorts(base, name, service, ecs, project, env, builder, lbType)
    if (volumes.fileSystems.length > 0) {
      ports.securityGroup ??= addServiceSecurityGroup(base, name, project.name, env, builder)
      addNfsIngress(base, name, ports.securityGroup, volumes.fileSystems, builder)
    }
    const groups: Value[] = Object.keys(service.networks ?? {})
      .sort()
      .flatMap((n) => (networkGroups.has(n) ? [networkGroups.get(n)!] : []))
    const dependencies = Object.keys(service.depends_on ?? {})
      .filter((d) => bases.has(d))
      .sort()
      .map((d) => `${bases.get(d)}Service`)
    if (ecs.gpu) gpuProviders.push(addGpuCapacity(base, name, service, ecs, [...groups, ...(ports.securityGroup ? [ports.securityGroup] : [])], project.name, env, builder))
    addEcsService(base, name, service, ecs, taskDefinition, groups, ports, dependencies, project.name, env, builder, volumes.wait)
    // Requests per target exist only on an application load balancer.
    const firstTargetGroup = lbType === 'application' ? ports.listeners[0]?.replace(/Listener$/, 'TargetGroup') : undefined
    addAutoscaling(base, name, service, env, builder, firstTargetGroup, (path, message, hint) =>
      reporter.add({ code: 'AUTOSCALING_METRIC_REPLACED', message, path, hint, span: project.sources.span(path, { key: true }) }),
    )
  }
  if (gpuProviders.length > 0) addClusterCapacityProviders(gpuProviders, project, builder, reporter)
  const graph = builder.build(`composeform: Docker Compose project ${project.name} on Amazon ECS (Fargate)`, project.settings.cloudformation)
  reportAwsLimits(graph, project, reporter)
  const dangling = danglingReferences(graph)
  // Colliding names were reported and skipped; anything else dangling is a converter bug.
  if (dangling.length > 0 && !reporter.hasErrors()) throw new Error(`dangling references: ${dangling.map((e) => `${e.from} → ${e.to}`).join(', ')}`)
  return { value: graph, diagnostics: reporter.finish(project.sources.files) }
}
