import type { Staged } from '../diagnostic.js'
import { interpolateNode } from '../interpolation/interpolate-node.js'
import type { ComposeProject } from '../load-project.js'
import { Reporter } from '../report.js'
import { didYouMean } from '../schema/did-you-mean.js'
import { quote } from '../syntax/result.js'
import { child } from '../yaml/node.js'
import { parseYaml } from '../yaml/parse-yaml.js'
import { SourceFiles } from '../yaml/source-files.js'
import { checkEcsParams } from './check-ecs-params.js'
import { checkVersion } from './check-version.js'
import { applyEdits, type Edit } from './edit.js'
import { ecsParamsSpec } from './ecs-params-spec.js'
import { invalidValueReporter } from './invalid-value.js'
import { networkDefaults } from './network-defaults.js'
import { roleEdits } from './role-edits.js'
import { serviceEdits } from './service-edits.js'
import { taskSizeEdits } from './task-size-edits.js'

/** An ecs-params.yml as the caller read it (the library does no I/O). */
export interface EcsParamsSource {
  /** The file's name as diagnostics should show it. */
  path: string
  text: string
}

/** The project with ecs-params.yml mapped onto it, and the template parameter defaults it gives. */
export interface EcsParamsResult {
  project: ComposeProject
  /** `Subnets` and `AssignPublicIp` from `run_params.network_configuration.awsvpc_configuration`. */
  parameterDefaults: Record<string, string>
}

/**
 * Maps an ecs-cli `ecs-params.yml` onto a loaded project by translating each key into the
 * compose attribute or `x-aws-*` extension that means the same (see
 * docs/migrating-from-ecs-cli.md): `task_size` → the `deploy.resources.limits` of each task's
 * owner (less what its sidecars ask), `task_role_arn` / `task_execution_role` →
 * `x-aws-task_role` / `x-aws-execution_role`, per-service `mem_limit`, `mem_reservation`, `cpu_shares`, `healthcheck`,
 * `init_process_enabled` → `init`, `repository_credentials` → `x-aws-pull_credentials`;
 * `subnets` and `assign_public_ip` become template parameter defaults. As in ecs-cli, a
 * value ecs-params.yml sets wins over the compose file's (ECS_PARAMS_OVERRIDE, info).
 *
 * String values are interpolated with `environment` (`${VAR}`, `${VAR:-default}`, …), as
 * ecs-cli expanded variables from its environment.
 *
 * The result is a new project whose source map points the values it set at ecs-params.yml,
 * so later diagnostics about them show where they were written. Unknown keys, wrong kinds
 * and keys composeform cannot honour are diagnostics with positions; with an error the
 * project comes back unchanged.
 */
export function applyEcsParams(project: ComposeProject, source: EcsParamsSource, environment: Readonly<Record<string, string | undefined>> = {}): Staged<EcsParamsResult> {
  const files = new SourceFiles()
  for (const file of project.sources.files.files()) files.add(file, project.sources.files.text(file) ?? '')
  files.add(source.path, source.text)
  const reporter = new Reporter('load')
  const unchanged = (): Staged<EcsParamsResult> => ({ value: { project, parameterDefaults: {} }, diagnostics: reporter.finish(files) })
  const parsed = parseYaml(source.text, source.path)
  for (const p of parsed.problems) reporter.add({ code: p.code, message: p.message, path: [], span: p.span, hint: p.hint })
  const written = parsed.documents[0]
  if (parsed.problems.length > 0) return unchanged()
  if (written === undefined) {
    checkVersion(undefined, source.path, reporter)
    return unchanged()
  }
  const root = interpolateNode(written, (name) => (Object.hasOwn(environment, name) ? environment[name] : undefined), reporter)
  // Values of the wrong kind are skipped below, so every problem is reported in one run.
  checkEcsParams(root, ecsParamsSpec, [], reporter)
  checkVersion(root, source.path, reporter)

  const invalid = invalidValueReporter(reporter)
  const serviceNames = Object.keys(project.model.services)
  const edits: Edit[] = []
  const taskDefinition = child(root, 'task_definition')
  const networkMode = child(taskDefinition, 'ecs_network_mode')
  if (networkMode?.kind === 'scalar' && networkMode.value !== null && networkMode.value !== 'awsvpc') {
    reporter.add({
      code: 'ECS_PARAMS_UNSUPPORTED',
      message: `\`task_definition.ecs_network_mode\` is ${quote(String(networkMode.value))}, but Fargate tasks always use awsvpc; it is ignored.`,
      path: ['task_definition', 'ecs_network_mode'],
      span: networkMode,
      hint: 'Remove it, or write `awsvpc`.',
    })
  }

  const services = child(taskDefinition, 'services')
  if (services?.kind === 'map') {
    for (const [name, entry] of services.entries) {
      const from = ['task_definition', 'services', name]
      if (!serviceNames.includes(name)) {
        const suggestion = didYouMean(name, serviceNames)
        reporter.add({
          code: 'ECS_PARAMS_UNKNOWN_SERVICE',
          message: `\`${from.join('.')}\` names a service the compose file does not define; it is ignored.`,
          path: from,
          span: entry,
          hint: suggestion !== undefined ? `Did you mean \`${suggestion}\`?` : `The compose services are ${serviceNames.join(', ') || 'none'}.`,
        })
        continue
      }
      serviceEdits(name, entry.value, from, project.model.services[name]!, edits, reporter, invalid)
    }
  }

  // After the per-service values, so that the task size wins over a service's `mem_limit`.
  taskSizeEdits(child(taskDefinition, 'task_size'), project.model.services, edits, invalid)
  roleEdits(taskDefinition, project.model.services, edits)

  const parameterDefaults = networkDefaults(child(child(child(root, 'run_params'), 'network_configuration'), 'awsvpc_configuration'), reporter)
  if (reporter.hasErrors()) return unchanged()
  return { value: { project: applyEdits(project, edits, files, reporter), parameterDefaults }, diagnostics: reporter.finish(files) }
}
