import { applySeverityOverrides, defineOwn, Reporter, type Staged } from '@composeform/model'
import type { CheckOptions } from './check-options.js'
import { checkService } from './check-service.js'
import type { CheckInput, EcsProject, EcsService } from './ecs-project.js'
import { createEmit } from './emit.js'
import { checkExistingLoadBalancer, existingLoadBalancerKind } from './existing-load-balancer.js'
import { checkExternalLabels } from './external-labels.js'
import { checkExternalNetworks } from './external-networks.js'
import { checkInternalNetworks } from './internal-networks.js'
import { checkPublishedPorts } from './published-ports.js'
import { taskGroups } from './rules/task-groups.js'
import { applyTaskGroups } from './task-group-settings.js'
import { projectSettings } from './settings.js'
import { checkUnreachableServices } from './unreachable-services.js'
import { checkTopLevelVolumes } from './volumes/check-volumes.js'
import { walkAttributes } from './walk-attributes.js'
import { checkAwsExtensions } from './x-aws/check-extensions.js'

/**
 * Decides, for every attribute of a loaded compose project, whether it maps to ECS/Fargate,
 * is ignored, or cannot work — reported where it is written — and makes the ECS decisions
 * (task size, platform, ports, deployment) with every default reported as info. The input is
 * never mutated; the result is a new value.
 */
export function checkEcs(project: CheckInput, options: CheckOptions = {}): Staged<EcsProject> {
  const reporter = new Reporter('validate')
  const emit = createEmit(reporter, project.sources, options.mode ?? 'default')
  const model = project.model
  for (const issue of checkAwsExtensions(model)) {
    reporter.add({ code: issue.code, severity: issue.severity, message: issue.message, path: issue.path, hint: issue.hint, span: project.sources.span(issue.path, { key: issue.atKey }) })
  }
  walkAttributes(model, emit)
  const settings = projectSettings(model, emit)
  const groups = taskGroups(model, emit)
  const services: Record<string, EcsService> = {}
  for (const name of Object.keys(model.services).sort()) {
    defineOwn(services, name, checkService(name, model.services[name]!, model, emit, groups))
  }
  applyTaskGroups(model, services, groups, emit)
  checkPublishedPorts(services, emit, existingLoadBalancerKind(settings))
  checkExistingLoadBalancer(settings, services, emit, Object.hasOwn(model.extensions, 'x-aws-loadbalancer_scheme'))
  checkInternalNetworks(services, model, emit)
  checkUnreachableServices(model, services, groups, emit)
  checkExternalLabels(model, emit)
  checkExternalNetworks(model, emit)
  const volumes = checkTopLevelVolumes(model, emit)
  const diagnostics = applySeverityOverrides(reporter.finish(project.sources.files), options.severity)
  return { value: { name: project.name, model, sources: project.sources, settings, services, volumes, configContents: project.configContents ?? {} }, diagnostics }
}
