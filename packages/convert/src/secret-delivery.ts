import type { ComposeService, Path, Reporter, SourceMap, Value } from '@composeform/model'
import type { ConfigSource } from './config-source.js'
import type { SecretSource } from './secret-source.js'
import { cleanAbsolutePath, isSystemDirectory, isWithin, parentDirectory, SECRETS_DIRECTORY } from './secret-paths.js'

/** One file the init container writes: a secret's or external config's value (`valueFrom`), or a config's text (`value`). */
export type SecretFile = { readonly path: string; readonly valueFrom: Value } | { readonly path: string; readonly value: string }

/** A task volume holding secret files, mounted at the same directory in both containers. */
export interface SecretMount {
  readonly volume: string
  readonly directory: string
}

/** A secret delivered as an environment variable of the main container (`x-aws-env`). */
export interface SecretVariable {
  readonly name: string
  readonly valueFrom: Value
}

/** How one service's secrets reach its container: as files, or as variables where asked. */
export interface SecretDelivery {
  /** `x-aws-env` variables, sorted by name; ECS resolves them into the main container. */
  readonly environment: readonly SecretVariable[]
  /** Sorted by path. */
  readonly files: readonly SecretFile[]
  /** Sorted by directory; `/run/secrets` is the volume `secrets`. */
  readonly mounts: readonly SecretMount[]
  /** Directories below the mounts that must exist before the files are written, sorted. */
  readonly directories: readonly string[]
  /** What the execution role may read: one entry per secret, in secret order. */
  readonly policyResources: readonly Value[]
  /** The SSM parameters of external configs the execution role may read, in config order. */
  readonly parameterResources: readonly Value[]
}

type PlannedFile = SecretFile & {
  /** The directory the file's volume must cover (for `x-aws-keys`: the target itself). */
  readonly needs: string
  readonly origin: Path
  /** What the file is, for messages: "Secret `db`", "Config `nginx`". */
  readonly secret: string
}

type ReportUnsafe = (path: Path, message: string, hint: string) => void

/**
 * Plans the files of a service's `secrets` (target, or `<target>/<key>` per `x-aws-keys`)
 * and `configs` (target, `/<config>` by default), and the volumes that carry them. Everything under /run/secrets shares the volume
 * `secrets`; a target elsewhere gets a volume on its directory (outer directories absorb
 * inner ones), reported because it hides what the image has there. Refused, as errors:
 * `..` segments, a volume over a system directory, and two secrets whose files collide.
 * Returns undefined when there is nothing to deliver or an error was reported.
 */
export function planSecretDelivery(
  name: string,
  service: ComposeService,
  sources: ReadonlyMap<string, SecretSource>,
  reporter: Reporter,
  sourceMap: SourceMap,
  configs: ReadonlyMap<string, ConfigSource> = new Map(),
): SecretDelivery | undefined {
  const unsafe: ReportUnsafe = (path, message, hint) => reporter.add({ code: 'SECRET_TARGET_UNSAFE', message, path, span: sourceMap.span(path), hint })
  const planned = plannedFiles(name, service, sources, unsafe)
  const configured = plannedConfigFiles(name, service, configs, unsafe)
  planned.files.push(...configured.files)
  planned.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  planned.failed ||= configured.failed
  const files = planned.files
  const collided = reportCollisions(files, unsafe)
  const systemDirectory = reportSystemDirectories(files, unsafe)
  const roots = mountRoots(files)
  for (const root of roots.filter((r) => r !== SECRETS_DIRECTORY)) {
    const first = files.find((f) => isWithin(f.needs, root))!
    const path = [...first.origin, 'target']
    reporter.add({
      code: 'SECRET_TARGET_HIDES_DIRECTORY',
      message: `${first.secret} at \`${first.path}\` is delivered on a volume mounted at \`${root}\`, so whatever the image has in that directory is hidden and the directory is read-only.`,
      path,
      span: sourceMap.span(path),
      hint: 'Use a target under /run/secrets, or a directory the image leaves empty.',
    })
  }
  const environment = secretVariables(planned.variables, service, unsafe)
  if (planned.failed || collided || systemDirectory || environment === undefined || (files.length === 0 && environment.length === 0)) return undefined
  const rootOf = (path: string): string => roots.find((root) => isWithin(path, root))!
  const directories = [...new Set(files.map((f) => parentDirectory(f.path)).filter((d) => d !== rootOf(d)))].sort()
  const resources = new Map<string, Value>()
  for (const source of planned.used) resources.set(JSON.stringify(source.policyResource), source.policyResource)
  return {
    environment,
    files: files.map((f): SecretFile => ('value' in f ? { path: f.path, value: f.value } : { path: f.path, valueFrom: f.valueFrom })),
    mounts: volumeNames(roots),
    directories,
    policyResources: [...resources.values()],
    parameterResources: configured.parameterResources,
  }
}

/** The files of the service's secrets sorted by path, and the secrets they come from sorted by key. */
function plannedFiles(name: string, service: ComposeService, sources: ReadonlyMap<string, SecretSource>, unsafe: ReportUnsafe): { files: PlannedFile[]; variables: PlannedVariable[]; used: SecretSource[]; failed: boolean } {
  const files: PlannedFile[] = []
  const variables: PlannedVariable[] = []
  const used = new Map<string, SecretSource>()
  let failed = false
  ;(service.secrets ?? []).forEach((reference, i) => {
    const source = sources.get(reference.source)
    if (source === undefined) return
    const origin = ['services', name, 'secrets', i]
    const env = reference['x-aws-env']
    if (typeof env === 'string' || (env !== null && typeof env === 'object')) {
      used.set(source.key, source)
      const at = [...origin, 'x-aws-env']
      if (typeof env === 'string') variables.push({ name: env, valueFrom: source.valueFrom, origin: at, secret: reference.source })
      else for (const [variable, key] of Object.entries(env as Record<string, string>)) variables.push({ name: variable, valueFrom: source.keyValueFrom(key), origin: [...at, variable], secret: reference.source })
      return
    }
    const target = cleanAbsolutePath(reference.target)
    if (target === undefined) {
      failed = true
      unsafe([...origin, 'target'], `The target \`${reference.target}\` of secret \`${reference.source}\` has a \`..\` segment.`, 'Write the path without `..`, e.g. `/run/secrets/name`.')
      return
    }
    used.set(source.key, source)
    if (Array.isArray(source.keys)) {
      for (const key of source.keys) files.push({ path: `${target}/${key}`, valueFrom: source.keyValueFrom(key), needs: target, origin, secret: `Secret \`${reference.source}\`` })
    } else {
      files.push({ path: target, valueFrom: source.valueFrom, needs: parentDirectory(target), origin, secret: `Secret \`${reference.source}\`` })
    }
  })
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, variables, used: [...used.keys()].sort().map((k) => used.get(k)!), failed }
}

interface PlannedVariable extends SecretVariable {
  readonly origin: Path
  readonly secret: string
}

/**
 * The `x-aws-env` variables sorted by name; undefined (reported) when two secrets set one
 * variable or the service's `environment` sets it too — ECS refuses a name given twice.
 */
function secretVariables(variables: readonly PlannedVariable[], service: ComposeService, unsafe: ReportUnsafe): SecretVariable[] | undefined {
  let failed = false
  const seen = new Map<string, PlannedVariable>()
  for (const v of variables) {
    const other = seen.get(v.name)
    if (other) {
      failed = true
      unsafe(v.origin, `Secrets \`${other.secret}\` and \`${v.secret}\` both set the variable \`${v.name}\`.`, 'Give each its own variable name.')
    } else if (service.environment && Object.hasOwn(service.environment, v.name)) {
      failed = true
      unsafe(v.origin, `Secret \`${v.secret}\` sets \`${v.name}\`, which the service's \`environment\` sets too.`, `Remove \`${v.name}\` from \`environment\`, or choose another variable.`)
    }
    seen.set(v.name, v)
  }
  if (failed) return undefined
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(({ name, valueFrom }) => ({ name, valueFrom }))
}

/** The files of the service's configs, and the SSM parameters of the external ones sorted by config key. */
function plannedConfigFiles(name: string, service: ComposeService, sources: ReadonlyMap<string, ConfigSource>, unsafe: ReportUnsafe): { files: PlannedFile[]; parameterResources: Value[]; failed: boolean } {
  const files: PlannedFile[] = []
  const parameters = new Map<string, Value>()
  let failed = false
  ;(service.configs ?? []).forEach((reference, i) => {
    const source = sources.get(reference.source)
    if (source === undefined) return
    const origin = ['services', name, 'configs', i]
    const target = cleanAbsolutePath(reference.target)
    if (target === undefined) {
      failed = true
      unsafe([...origin, 'target'], `The target \`${reference.target}\` of config \`${reference.source}\` is not an absolute path without \`..\` segments.`, 'Write an absolute path, e.g. `/etc/myapp/config.yaml`.')
      return
    }
    const what = `Config \`${reference.source}\``
    if ('value' in source) files.push({ path: target, value: source.value, needs: parentDirectory(target), origin, secret: what })
    else {
      files.push({ path: target, valueFrom: source.valueFrom, needs: parentDirectory(target), origin, secret: what })
      parameters.set(source.key, source.policyResource)
    }
  })
  return { files, parameterResources: [...parameters.keys()].sort().map((k) => parameters.get(k)!), failed }
}

/** Reports each file that is another file, or lies below one (files sorted by path); true if any. */
function reportCollisions(files: readonly PlannedFile[], unsafe: ReportUnsafe): boolean {
  let found = false
  for (const [i, file] of files.entries()) {
    const clash = files.slice(0, i).find((other) => isWithin(file.path, other.path))
    if (clash === undefined) continue
    found = true
    const what = clash.path === file.path ? 'the same file as' : 'inside the file'
    unsafe(file.origin, `${file.secret} would write \`${file.path}\`, ${what} \`${clash.path}\` of ${clash.secret.replace(/^S/, 's').replace(/^C/, 'c')}.`, 'Give each secret and config its own target.')
  }
  return found
}

/** Reports each secret whose files would need a volume over a system directory; true if any. */
function reportSystemDirectories(files: readonly PlannedFile[], unsafe: ReportUnsafe): boolean {
  // Each target is judged on its own directory, before outer directories absorb inner ones.
  const reported = new Set<string>()
  for (const file of files) {
    if (isWithin(file.needs, SECRETS_DIRECTORY) || !isSystemDirectory(file.needs) || reported.has(`${file.secret} ${file.needs}`)) continue
    reported.add(`${file.secret} ${file.needs}`)
    unsafe(
      [...file.origin, 'target'],
      `${file.secret} at \`${file.path}\` would need a volume over \`${file.needs}\`, which would hide the image's own files there and make the directory read-only.`,
      'Use a target in a directory of its own, such as `/run/secrets/name` or `/etc/myapp/name`.',
    )
  }
  return reported.size > 0
}

/** The directories to mount, sorted: /run/secrets for everything below it, else the outermost needed directories. */
function mountRoots(files: readonly PlannedFile[]): string[] {
  const roots: string[] = []
  // Sorted, a directory comes before every directory inside it.
  for (const directory of [...new Set(files.map((f) => (isWithin(f.needs, SECRETS_DIRECTORY) ? SECRETS_DIRECTORY : f.needs)))].sort()) {
    if (!isSystemDirectory(directory) && !roots.some((root) => isWithin(directory, root))) roots.push(directory)
  }
  return roots
}

// Volume names allow letters, digits, `-` and `_`; the directory is spelled into the name so a task definition reads on its own.
function volumeNames(roots: readonly string[]): SecretMount[] {
  const taken = new Set<string>()
  return roots.map((directory) => {
    const base = directory === SECRETS_DIRECTORY ? 'secrets' : `secrets${directory.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 240)
    let volume = base
    for (let n = 2; taken.has(volume); n++) volume = `${base}_${n}`
    taken.add(volume)
    return { volume, directory }
  })
}
