import type { Staged } from '../diagnostic.js'
import type { ComposeProject } from '../load-project.js'
import { sortKeysDeep } from '../normalize/plain.js'
import { Reporter } from '../report.js'
import { didYouMean } from '../schema/did-you-mean.js'
import { SourceMap } from '../source-map.js'
import { parseByteSize } from '../syntax/byte-size.js'
import { parseDuration } from '../syntax/duration.js'
import { quote, type Parsed } from '../syntax/result.js'
import { child, type Node } from '../yaml/node.js'
import { parseYaml } from '../yaml/parse-yaml.js'
import { SourceFiles } from '../yaml/source-files.js'
import { checkEcsParams } from './check-ecs-params.js'
import { ecsParamsSpec } from './ecs-params-spec.js'
import { graft } from './graft.js'
import { getIn, setIn } from './set-in.js'
import { parseTaskCpu, parseTaskMemory } from './task-size.js'

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

/** One compose attribute of one service that an ecs-params.yml value sets. */
interface Edit {
  service: string
  attribute: string[]
  value: unknown
  /** The ecs-params.yml node the value came from, and its key path there. */
  node: Node
  from: string[]
  /** Compose attributes (relative to the service) whose value this one replaces, when set. */
  replaces: string[][]
}

/**
 * Maps an ecs-cli `ecs-params.yml` onto a loaded project by translating each key into the
 * compose attribute or `x-aws-*` extension that means the same (see
 * docs/migrating-from-ecs-cli.md): `task_size` → every service's `deploy.resources.limits`,
 * per-service `mem_limit`, `mem_reservation`, `cpu_shares`, `healthcheck`,
 * `init_process_enabled` → `init`, `repository_credentials` → `x-aws-pull_credentials`;
 * `subnets` and `assign_public_ip` become template parameter defaults. As in ecs-cli, a
 * value ecs-params.yml sets wins over the compose file's (ECS_PARAMS_OVERRIDE, info).
 *
 * The result is a new project whose source map points the values it set at ecs-params.yml,
 * so later diagnostics about them show where they were written. Unknown keys, wrong kinds
 * and keys composeform cannot honour are diagnostics with positions; with an error the
 * project comes back unchanged.
 */
export function applyEcsParams(project: ComposeProject, source: EcsParamsSource): Staged<EcsParamsResult> {
  const files = new SourceFiles()
  for (const file of project.sources.files.files()) files.add(file, project.sources.files.text(file) ?? '')
  files.add(source.path, source.text)
  const reporter = new Reporter('load')
  const unchanged = (): Staged<EcsParamsResult> => ({ value: { project, parameterDefaults: {} }, diagnostics: reporter.finish(files) })
  const parsed = parseYaml(source.text, source.path)
  for (const p of parsed.problems) reporter.add({ code: p.code, message: p.message, path: [], span: p.span, hint: p.hint })
  const root = parsed.documents[0]
  if (parsed.problems.length > 0 || root === undefined) return unchanged()
  // Values of the wrong kind are skipped below, so every problem is reported in one run.
  checkEcsParams(root, ecsParamsSpec, [], reporter)

  const invalid = (node: Node, from: string[], result: Parsed<unknown> & { ok: false }) =>
    reporter.add({ code: 'ECS_PARAMS_INVALID', message: `\`${from.join('.')}\`: ${result.message}.`, path: from, span: node.span, hint: result.hint && result.hint.charAt(0).toUpperCase() + result.hint.slice(1) })
  const version = child(root, 'version')
  if (version?.kind === 'scalar' && version.value !== null && String(version.value) !== '1') {
    reporter.add({ code: 'ECS_PARAMS_INVALID', message: `\`version\` is ${quote(String(version.value))}; ecs-params.yml has only version 1.`, path: ['version'], span: version.span, hint: 'Write `version: 1`.' })
  }
  const serviceNames = Object.keys(project.model.services)
  const edits: Edit[] = []
  const taskDefinition = child(root, 'task_definition')
  const networkMode = child(taskDefinition, 'ecs_network_mode')
  if (networkMode?.kind === 'scalar' && networkMode.value !== null && networkMode.value !== 'awsvpc') {
    reporter.add({
      code: 'ECS_PARAMS_UNSUPPORTED',
      message: `\`task_definition.ecs_network_mode\` is ${quote(String(networkMode.value))}, but Fargate tasks always use awsvpc; it is ignored.`,
      path: ['task_definition', 'ecs_network_mode'],
      span: networkMode.span,
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
          span: entry.keySpan,
          hint: suggestion !== undefined ? `Did you mean \`${suggestion}\`?` : `The compose services are ${serviceNames.join(', ') || 'none'}.`,
        })
        continue
      }
      serviceEdits(name, entry.value, from, project, edits, reporter, invalid)
    }
  }

  // After the per-service values, so that the task size wins over a service's `mem_limit`.
  const taskSize = child(taskDefinition, 'task_size')
  for (const [key, parse, attribute, replaces] of [
    ['cpu_limit', parseTaskCpu, ['deploy', 'resources', 'limits', 'cpus'], [['deploy', 'resources', 'limits', 'cpus'], ['cpus'], ['deploy', 'resources', 'reservations', 'cpus']]],
    ['mem_limit', parseTaskMemory, ['deploy', 'resources', 'limits', 'memory'], [['deploy', 'resources', 'limits', 'memory'], ['mem_limit'], ['deploy', 'resources', 'reservations', 'memory'], ['mem_reservation']]],
  ] as const) {
    const node = child(taskSize, key)
    if (node?.kind !== 'scalar' || node.value === null) continue
    const from = ['task_definition', 'task_size', key]
    const result = parse(node.value as string | number)
    if (!result.ok) invalid(node, from, result)
    else for (const name of serviceNames) edits.push({ service: name, attribute: [...attribute], value: result.value, node, from, replaces: replaces.map((r) => [...r]) })
  }

  const parameterDefaults = networkDefaults(child(child(child(root, 'run_params'), 'network_configuration'), 'awsvpc_configuration'), reporter)
  if (reporter.hasErrors()) return unchanged()
  return { value: { project: applyEdits(project, edits, files, reporter), parameterDefaults }, diagnostics: reporter.finish(files) }
}

type Invalid = (node: Node, from: string[], result: Parsed<unknown> & { ok: false }) => void

function serviceEdits(name: string, node: Node, from: string[], project: ComposeProject, edits: Edit[], reporter: Reporter, invalid: Invalid): void {
  const service = project.model.services[name]
  const set = (key: string, attribute: string[], value: unknown, replaces: string[][] = [attribute]) => {
    const at = child(node, key)!
    edits.push({ service: name, attribute, value, node: at, from: [...from, key], replaces })
  }
  const scalar = (key: string): string | number | boolean | undefined => {
    const at = child(node, key)
    return at?.kind === 'scalar' && at.value !== null ? at.value : undefined
  }
  const essential = scalar('essential')
  if (essential === false) {
    reporter.add({
      code: 'ECS_PARAMS_UNSUPPORTED',
      message: `\`${[...from, 'essential'].join('.')}: false\` is ignored: each service runs as the only container of its own task, which ECS requires to be essential.`,
      path: [...from, 'essential'],
      span: child(node, 'essential')!.span,
      hint: 'Remove it. ecs-cli ran the whole project as one task; here a service that stops no longer stops the others.',
    })
  }
  const init = scalar('init_process_enabled')
  if (typeof init === 'boolean') set('init_process_enabled', ['init'], init)
  const credentials = child(child(node, 'repository_credentials'), 'credentials_parameter')
  if (credentials?.kind === 'scalar' && typeof credentials.value === 'string') {
    edits.push({ service: name, attribute: ['x-aws-pull_credentials'], value: credentials.value, node: credentials, from: [...from, 'repository_credentials', 'credentials_parameter'], replaces: [['x-aws-pull_credentials']] })
  }
  const shares = scalar('cpu_shares')
  if (typeof shares === 'number') set('cpu_shares', ['cpu_shares'], shares)
  for (const [key, limits, plain] of [
    ['mem_limit', ['deploy', 'resources', 'limits', 'memory'], ['mem_limit']],
    ['mem_reservation', ['deploy', 'resources', 'reservations', 'memory'], ['mem_reservation']],
  ] as const) {
    const value = scalar(key)
    if (value === undefined || typeof value === 'boolean') continue
    const bytes = parseByteSize(value)
    if (!bytes.ok) invalid(child(node, key)!, [...from, key], bytes)
    // The attribute the compose file uses for this service, else compose's own key of that name.
    else set(key, getIn(service, limits) !== undefined ? [...limits] : [...plain], bytes.value, [[...limits], [...plain]])
  }
  const healthcheck = child(node, 'healthcheck')
  if (healthcheck?.kind === 'map') healthcheckEdits(name, healthcheck, [...from, 'healthcheck'], edits, reporter, invalid)
}

function healthcheckEdits(name: string, node: Node, from: string[], edits: Edit[], reporter: Reporter, invalid: Invalid): void {
  const push = (key: string, at: Node, value: unknown) => edits.push({ service: name, attribute: ['healthcheck', key], value, node: at, from: [...from, key], replaces: [['healthcheck', key]] })
  const test = child(node, 'test')
  const command = child(node, 'command')
  if (test && command && !isNull(test) && !isNull(command)) {
    reporter.add({ code: 'ECS_PARAMS_INVALID', message: `\`${from.join('.')}\` sets both \`test\` and \`command\`.`, path: from, span: command.span, hint: 'Keep one of them; they mean the same.' })
    return
  }
  const chosen = test && !isNull(test) ? test : command && !isNull(command) ? command : undefined
  if (chosen) {
    const words = chosen.kind === 'scalar' ? [String(chosen.value)] : chosen.kind === 'seq' ? chosen.items.map((i) => String(i.kind === 'scalar' ? i.value : '')) : []
    // ecs-cli ran a lone string (or one-word list) through the shell, as compose does.
    push('test', chosen, words.length === 1 ? ['CMD-SHELL', words[0]] : words)
  }
  for (const key of ['interval', 'timeout', 'start_period']) {
    const at = child(node, key)
    if (at?.kind !== 'scalar' || at.value === null || typeof at.value === 'boolean') continue
    // ecs-cli took a Go duration or a whole number of seconds.
    const seconds = typeof at.value === 'number' || /^\d+$/.test(at.value) ? { ok: true as const, value: Number(at.value) } : parseDuration(at.value)
    if (!seconds.ok) invalid(at, [...from, key], seconds)
    else push(key, at, seconds.value)
  }
  const retries = child(node, 'retries')
  if (retries?.kind === 'scalar' && typeof retries.value === 'number') push('retries', retries, retries.value)
}

function networkDefaults(awsvpc: Node | undefined, reporter: Reporter): Record<string, string> {
  const defaults: Record<string, string> = {}
  const subnets = child(awsvpc, 'subnets')
  if (subnets?.kind === 'seq' && subnets.items.length > 0) defaults.Subnets = subnets.items.map((i) => String(i.kind === 'scalar' ? i.value : '')).join(',')
  const publicIp = child(awsvpc, 'assign_public_ip')
  // A value that is no string at all was reported by the kind check.
  if (publicIp?.kind === 'scalar' && typeof publicIp.value === 'string') {
    if (publicIp.value === 'ENABLED' || publicIp.value === 'DISABLED') defaults.AssignPublicIp = publicIp.value
    else {
      reporter.add({
        code: 'ECS_PARAMS_INVALID',
        message: `\`run_params.network_configuration.awsvpc_configuration.assign_public_ip\` is ${quote(String(publicIp.value))}, not ENABLED or DISABLED.`,
        path: ['run_params', 'network_configuration', 'awsvpc_configuration', 'assign_public_ip'],
        span: publicIp.span,
        hint: 'Write `ENABLED` or `DISABLED`.',
      })
    }
  }
  return defaults
}

function applyEdits(project: ComposeProject, edits: readonly Edit[], files: SourceFiles, reporter: Reporter): ComposeProject {
  const model = sortKeysDeep(project.model)
  let root = project.sources.root
  for (const edit of edits) {
    const service = model.services[edit.service] as unknown as Record<string, unknown>
    const replaced = edit.replaces.find((attribute) => getIn(service, attribute) !== undefined)
    if (replaced) {
      reporter.add({
        code: 'ECS_PARAMS_OVERRIDE',
        message: `\`${edit.from.join('.')}\` replaces \`services.${edit.service}.${replaced.join('.')}\` of the compose file, as in ecs-cli.`,
        path: edit.from,
        span: edit.node.span,
        hint: 'Remove one of the two to say which you mean.',
      })
    }
    setIn(service, edit.attribute, edit.value)
    if (root) root = graft(root, ['services', edit.service, ...edit.attribute], edit.node)
  }
  return { ...project, model: sortKeysDeep(model), sources: new SourceMap(root, files) }
}

const isNull = (node: Node): boolean => node.kind === 'scalar' && node.value === null
