import type { ComposeModel } from './compose-types.js'
import type { Staged } from './diagnostic.js'
import { checkConsistency } from './load/consistency.js'
import type { LoadContext } from './load/context.js'
import { readConfigContents } from './load/config-contents.js'
import { layerEnvironment, readEnvFiles } from './load/environment.js'
import { loadFileSet } from './load/load-file-set.js'
import { DEFAULT_MAX_PROJECT_LENGTH, ExpansionBudget } from './load/expansion-budget.js'
import { DEFAULT_MAX_FILE_LENGTH } from './load/read-limited.js'
import { checkDistinctValues } from './load/distinct-values.js'
import { applyProfiles, reportInactive } from './load/profiles.js'
import { isValidProjectName, projectNameFromDirectory } from './load/project-name.js'
import { reportUnsetEnvironment } from './load/unset-environment.js'
import { normalizeProject } from './normalize/normalize-project.js'
import { withSortedKeys } from './normalize/plain.js'
import { basenamePath, dirnamePath, joinPath } from './posix-path.js'
import { Reporter } from './report.js'
import { checkSchema } from './schema/check-schema.js'
import type { SourceHost } from './source-host.js'
import { SourceMap } from './source-map.js'
import { scalarString, toPlain, type MapNode } from './yaml/node.js'
import { SourceFiles } from './yaml/source-files.js'

/** How to load a compose application. */
export interface LoadOptions {
  /** Compose files in order (`-f`); the first is the main file, later ones override it. */
  files: readonly string[]
  /** Reads every file the project refers to. */
  host: SourceHost
  /** Variables for interpolation (the process environment); they win over `.env`. */
  environment?: Readonly<Record<string, string | undefined>>
  /** Env files (`--env-file`) instead of the project directory's `.env`. */
  envFiles?: readonly string[]
  /** Active profiles (`--profile`); defaults to `COMPOSE_PROFILES`. `*` activates all. */
  profiles?: readonly string[]
  /** Project name (`-p`); defaults to `COMPOSE_PROJECT_NAME`, then `name:`, then the directory. */
  projectName?: string
  /** Directory relative paths resolve against; defaults to the first file's directory. */
  projectDirectory?: string
  /** The project directory's own name, when `projectDirectory` is relative like `.`. */
  directoryName?: string
  /** The longest compose or env file read, in UTF-16 code units; default 1 MiB. Longer ones are FILE_TOO_LARGE. */
  maxFileLength?: number
  /** The most text the loaded project may hold, every repetition counted; default 16 MiB. More is PROJECT_TOO_LARGE. */
  maxProjectLength?: number
}

/** A loaded compose application. */
export interface ComposeProject {
  /** The project name, as compose would choose it. */
  name: string
  /** The normalised application (what `composeform config` prints). */
  model: ComposeModel
  /** The profiles that were active. */
  profiles: string[]
  /** Where each part of the model was written. */
  sources: SourceMap
  /** The text of each non-external config a service uses (from `content`, `environment` or `file`). */
  configContents: Record<string, string>
}

const topLevelKeys = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'])

/**
 * Loads a compose application exactly as `docker compose config` would: env files,
 * interpolation, includes, extends, merging of several files, schema validation,
 * normalisation, profiles and consistency checks. Never throws for bad input; every problem
 * is a diagnostic with a position.
 */
export function loadProject(options: LoadOptions): Staged<ComposeProject> {
  const reporter = new Reporter('load')
  const files = new SourceFiles()
  const projectDir = options.files.length > 0 ? (options.projectDirectory ?? dirnamePath(options.files[0]!)) : '.'
  const roots = [...new Set([projectDir, ...options.files.map(dirnamePath)])]
  const expansion = new ExpansionBudget(options.maxProjectLength ?? DEFAULT_MAX_PROJECT_LENGTH, reporter)
  const ctx: LoadContext = { host: options.host, reporter, sources: files, baseDirs: new Map(), roots, named: new Set([...options.files, ...(options.envFiles ?? [])]), maxFileLength: options.maxFileLength ?? DEFAULT_MAX_FILE_LENGTH, expansion, included: { files: 0, limitReported: false }, mergeTags: false }
  const emptyModel = (name: string): ComposeModel => ({ name, services: {}, networks: {}, volumes: {}, secrets: {}, configs: {}, extensions: {} })
  const finish = (project: ComposeProject): Staged<ComposeProject> => ({ value: project, diagnostics: reporter.finish(files) })

  if (options.files.length === 0) {
    reporter.add({ code: 'NO_CONFIG_FILE', message: 'No compose file was given.', path: [], hint: 'Name one with -f, or create compose.yaml.' })
    return finish({ name: 'default', model: emptyModel('default'), profiles: [], sources: new SourceMap(undefined, files), configContents: {} })
  }
  const processEnv = new Map<string, string>()
  for (const [k, v] of Object.entries(options.environment ?? {})) if (v !== undefined) processEnv.set(k, v)
  const envFiles = options.envFiles
    ? options.envFiles.map((path) => ({ path, required: true }))
    : [{ path: joinPath(projectDir, '.env'), required: false }]
  const env = layerEnvironment(readEnvFiles(envFiles, processEnv, ctx), processEnv)

  const merged = loadFileSet({ files: options.files, projectDir, env, chain: [] }, ctx)
  const fallbackName = projectNameFromDirectory(options.directoryName ?? basenamePath(projectDir)) || 'default'
  if (!merged) return finish({ name: fallbackName, model: emptyModel(fallbackName), profiles: [], sources: new SourceMap(undefined, files), configContents: {} })

  const root = topLevelChecks(merged, ctx)
  const sources = new SourceMap(root, files)
  // A v1 file fails the schema everywhere; the V1_FORMAT diagnostic says what to do instead.
  const schemaIssues = reporter.has('V1_FORMAT') ? [] : checkSchema(toPlain(root))
  for (const issue of schemaIssues) {
    const message = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`
    reporter.add({ code: issue.code, message, path: issue.path, span: sources.span(issue.path, { key: issue.atKey }), hint: issue.hint })
  }

  const name = projectName(options, env, root, fallbackName, ctx)
  const normalized = normalizeProject(root, { ...ctx, projectName: name })
  const active = options.profiles ?? (env.get('COMPOSE_PROFILES') ?? '').split(',').map((p) => p.trim()).filter(Boolean)
  const { model: enabled, disabled } = applyProfiles(normalized, active)
  for (const service of disabled) reportInactive(service, normalized.services[service]!.profiles ?? [], sources, reporter)
  // Aliases and env files repeat strings by reference; the template would write each copy out.
  const size = { length: 0 }
  const model = withSortedKeys(checkConsistency(enabled, disabled, sources, reporter), size)
  if (size.length > expansion.limit) expansion.spend(size.length, { path: [] }, 'Aliases, variables or env files shared by many services')
  checkDistinctValues(model, sources, reporter)
  reportUnsetEnvironment(model, sources, reporter)
  const configContents = readConfigContents(model, env, sources, ctx)
  return finish({ name, model, profiles: [...active], sources, configContents })
}

function topLevelChecks(root: MapNode, ctx: LoadContext): MapNode {
  const version = root.entries.get('version')
  if (!version) return checkV1(root, ctx)
  ctx.reporter.add({
    code: 'OBSOLETE_VERSION',
    message: 'The top-level `version` is obsolete; compose ignores it.',
    path: ['version'],
    span: version,
    hint: 'Remove the `version:` line.',
  })
  const entries = new Map(root.entries)
  entries.delete('version')
  return checkV1({ ...root, entries }, ctx)
}

function checkV1(root: MapNode, ctx: LoadContext): MapNode {
  if (root.entries.has('services')) return root
  const strays = [...root.entries.keys()].filter((k) => !topLevelKeys.has(k) && !k.startsWith('x-'))
  if (strays.length === 0) return root
  const first = root.entries.get(strays[0]!)!
  ctx.reporter.add({
    code: 'V1_FORMAT',
    message: `This looks like the compose v1 format: \`${strays[0]}\` is at the top level, outside \`services:\`.`,
    path: [strays[0]!],
    span: first,
    hint: 'The v1 format is not supported: indent the services under a top-level `services:` key.',
  })
  return root
}

function projectName(options: LoadOptions, env: ReadonlyMap<string, string>, root: MapNode, fallback: string, ctx: LoadContext): string {
  const nameEntry = root.entries.get('name')
  const candidates: [string | undefined, string][] = [
    [options.projectName, 'the -p option'],
    [env.get('COMPOSE_PROJECT_NAME'), 'COMPOSE_PROJECT_NAME'],
    [scalarString(nameEntry?.value), 'the top-level `name`'],
  ]
  for (const [value, source] of candidates) {
    if (value === undefined || value === '') continue
    if (isValidProjectName(value)) return value
    ctx.reporter.add({
      code: 'INVALID_PROJECT_NAME',
      message: `The project name \`${value}\` from ${source} is not valid.`,
      path: source === 'the top-level `name`' ? ['name'] : [],
      span: source === 'the top-level `name`' ? nameEntry?.value : undefined,
      hint: 'Use lowercase letters, digits, `-` and `_`, starting with a letter or digit.',
    })
    return projectNameFromDirectory(value) || fallback
  }
  return fallback
}
