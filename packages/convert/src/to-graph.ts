import { Reporter, shortText, type ResourceGraph, type Staged, type Value } from '@composeform/model'
import { servesOnlyInternalNetworks, type EcsProject } from '@composeform/validate'
import { reportAwsLimits } from './aws-limits.js'
import { reportDiscoveryNames } from './discovery-names.js'
import type { ReportProblem } from './report-problem.js'
import type { ConvertOptions } from './convert-options.js'
import { deployEnvironment } from './environment.js'
import { GraphBuilder } from './graph-builder.js'
import { LogicalIds, normalizeName } from './logical-id.js'
import { addAutoscaling } from './resources/autoscaling.js'
import { configSources } from './resources/configs.js'
import { addEcsService } from './resources/ecs-service.js'
import { addFileSystems } from './resources/file-systems.js'
import { planListeners } from './resources/listener-plan.js'
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
import type { TaskMember } from './resources/task-members.js'
import { serviceOrder } from './service-order.js'
import { planTaskDelivery } from './task-delivery.js'
import { reportNotYetConverted } from './unsupported-yet.js'

/**
 * Builds the resource graph of a checked project: cluster, logs, service discovery,
 * networks, the secrets and file systems services use, and per service its task definition (with the init
 * container delivering its secrets as files), roles, ECS service, load-balancer wiring and
 * autoscaling. Logical IDs follow Docker's ECS integration. Pure: same input, same graph.
 */
export function toGraph(project: EcsProject, options: ConvertOptions = {}): Staged<ResourceGraph> {
  const reporter = new Reporter('convert')
  const ids = new LogicalIds(reporter, project.sources)
  const builder = new GraphBuilder((id, first, second) => ids.reportTaken(id, first, second))
  const needsLoadBalancer = publishedPorts(project).length > 0
  const env = deployEnvironment(builder, project.settings, options.environment ?? { mode: 'parameters' }, needsLoadBalancer)
  addProjectResources(project, env, builder)
  const reporting = { reporter, sources: project.sources }
  const networkGroups = addNetworks(project, env, builder, ids, reporting)
  const lbType = loadBalancerType(project)
  const listenerPlan = planListeners(project, lbType)
  if (needsLoadBalancer) addLoadBalancer(project, env, builder, lbType, listenerPlan)
  const names = Object.keys(project.services).sort()
  const bases = new Map(names.map((name) => [name, normalizeName(name)]))
  const usedSecrets = new Set(names.flatMap((name) => (project.model.services[name]!.secrets ?? []).map((s) => s.source)))
  const secretSources = addSecrets(project, usedSecrets, builder, ids, reporter)
  const fileSystems = addFileSystems(project, env, builder, ids, reporting)
  const configs = configSources(project, reporter)
  const order = serviceOrder(project, reporter, project.sources)
  reportDiscoveryNames(project, reporter, project.sources)
  const gpuProject = gpuServices(project).length > 0
  if (gpuProject) addGpuInstanceRole(project.name, builder)
  const gpuProviders: string[] = []
  // At the value: ecs-params.yml may have replaced the value of a key the compose file wrote.
  const report: ReportProblem = (code, path, message, hint) => reporter.add({ code, message, path, hint, span: project.sources.span(path) })
  for (const name of names) {
    const ecs = project.services[name]!
    // Sidecars are containers of their owner's task, built with it.
    if (ecs.task !== name) continue
    const base = bases.get(name)!
    if (!ids.claim(base, `services.${name}`, ['services', name])) continue
    builder.owner = ['services', name]
    const service = project.model.services[name]!
    const members: TaskMember[] = [name, ...ecs.sidecars].map((m) => ({ name: m, service: project.model.services[m]!, ecs: project.services[m]! }))
    for (const m of members) reportNotYetConverted(m.name, m.service, m.ecs, reporter, project.sources)
    const delivery = ecs.runtimePlatform.operatingSystemFamily === 'LINUX' ? planTaskDelivery(members, secretSources, configs, reporter, project.sources) : undefined
    const secrets = delivery ? { delivery, initImage: options.secretsInitImage ?? SECRETS_INIT_IMAGE } : undefined
    const volumes = serviceVolumes(base, members, fileSystems, new Set(delivery?.init.mounts.map((m) => m.volume)))
    const taskDefinition = addTaskDefinition(base, members, project.name, builder, report, secrets, volumes)
    // The task's ports are its containers' ports; each names the container that listens.
    const task = { ...ecs, ports: members.flatMap((m) => m.ecs.ports) }
    const ports = addServicePorts(base, name, service, task, project, env, builder, lbType, listenerPlan)
    if (volumes.fileSystems.length > 0) {
      ports.securityGroup ??= addServiceSecurityGroup(base, name, project.name, env, builder)
      addNfsIngress(base, name, ports.securityGroup, volumes.fileSystems, builder)
    }
    const groups: Value[] = [...new Set(members.flatMap((m) => Object.keys(m.service.networks ?? {})))]
      .sort()
      .flatMap((n) => (networkGroups.has(n) ? [networkGroups.get(n)!] : []))
    // Creation order follows depends_on on other tasks, each reached through its owner's service.
    const dependencies = (order.get(name) ?? []).filter((d) => bases.has(d)).map((d) => `${bases.get(d)}Service`)
    if (ecs.gpu) gpuProviders.push(addGpuCapacity(base, name, service, ecs, [...groups, ...(ports.securityGroup ? [ports.securityGroup] : [])], project.name, env, builder))
    // Tasks only on internal networks never get a public IP.
    const serviceEnv = servesOnlyInternalNetworks(members.map((m) => m.service), project.model) ? { ...env, assignPublicIp: 'DISABLED' } : env
    addEcsService(base, name, service, task, taskDefinition, groups, ports, [...new Set(dependencies)].sort(), project.name, serviceEnv, builder, reporting, volumes.wait, gpuProject)
    // Requests per target exist only on an application load balancer.
    addAutoscaling(base, name, service, env, builder, lbType === 'application' ? ports.targetGroups : [], (path, message, hint) =>
      reporter.add({ code: 'AUTOSCALING_METRIC_REPLACED', message, path, hint, span: project.sources.span(path, { key: true }) }),
    )
  }
  builder.owner = undefined
  if (gpuProviders.length > 0) addClusterCapacityProviders(gpuProviders, project, builder, reporter)
  const graph = builder.build(`composeform: Docker Compose project ${shortText(project.name)} on Amazon ECS (Fargate)`, project.settings.cloudformation)
  reportAwsLimits(graph, project, reporter)
  // Every reference resolves unless a name collision was reported: the tests hold every
  // graph they build to that (`danglingReferences`). Not re-checked here: the walk of every
  // value took a fifth of this function at N=1000 services, for a converter bug, not a
  // property of the input.
  return { value: graph, diagnostics: reporter.finish(project.sources.files) }
}
