import { formatPath, type Path } from '../diagnostic.js'
import type { DependsOn, FileReference, Healthcheck, PortConfig, ServiceVolume } from '../compose-types.js'
import { parseDuration } from '../syntax/duration.js'
import { parsePort, portNumberProblem } from '../syntax/port.js'
import { parseShellWords } from '../syntax/shell-words.js'
import { parseVolume } from '../syntax/volume.js'
import { child, toPlain, type Node } from '../yaml/node.js'
import { parsedOr, resolveWrittenPath, type NormalizeContext } from './normalize-context.js'
import { num, str, strings } from './plain.js'
import { defineOwn } from '../define-own.js'

/** `command`/`entrypoint`: a string is split like a shell would; a list is kept. */
export function commandList(node: Node, path: Path, ctx: NormalizeContext): string[] | null | undefined {
  if (node.kind === 'scalar') {
    if (node.value === null) return null
    const parsed = parsedOr(parseShellWords(String(node.value)), 'INVALID_COMMAND', node, path, ctx)
    if (parsed?.ignored) {
      ctx.reporter.add({
        code: 'COMMAND_TRUNCATED',
        message: `\`${path.join('.')}\` stops at \`${parsed.ignored.length > 40 ? `${parsed.ignored.slice(0, 40)}…` : parsed.ignored}\`: compose does not run a shell, so that part is dropped.`,
        path,
        span: node,
        hint: `Write it as a list to run it through a shell: ["sh", "-c", ${JSON.stringify(String(node.value))}].`,
      })
    }
    return parsed?.words
  }
  return strings(node)
}

/** A duration in seconds, or undefined (with a diagnostic) when it cannot be read. */
export function seconds(node: Node | undefined, path: Path, ctx: NormalizeContext): number | undefined {
  if (node?.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') return undefined
  return parsedOr(parseDuration(node.value), 'INVALID_DURATION', node, path, ctx)
}

/** `ports`: every short form expanded to long form; duplicates (same host ip, published, target, protocol) collapse, later wins. */
export function ports(node: Node, path: Path, ctx: NormalizeContext): PortConfig[] {
  const out = new Map<string, PortConfig>()
  const items = node.kind === 'seq' ? node.items : []
  items.forEach((item, i) => {
    let configs: PortConfig[] | undefined
    if (item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')) {
      configs = parsedOr(parsePort(item.value), 'INVALID_PORT', item, [...path, i], ctx)?.map((p): PortConfig => ({ ...p }))
    } else if (item.kind === 'map') {
      const targetNode = child(item, 'target')
      const target = num(targetNode)
      if (target === undefined) {
        // A port with no container port cannot be mapped. A target that is not a number is
        // reported already (INVALID_NUMBER, or the schema).
        if (!targetNode) missingKey('target', item, [...path, i], 'Name the container port: `target: 8080`.', ctx)
        return
      }
      const published = str(child(item, 'published'))
      if (!longFormPortsFit(item, target, published, [...path, i], ctx)) return
      const config: PortConfig = { mode: str(child(item, 'mode')) === 'host' ? 'host' : 'ingress', target, protocol: 'tcp' }
      const hostIp = str(child(item, 'host_ip'))
      const protocol = str(child(item, 'protocol'))
      const name = str(child(item, 'name'))
      const appProtocol = str(child(item, 'app_protocol'))
      if (name !== undefined) config.name = name
      if (hostIp !== undefined) config.host_ip = hostIp
      if (published !== undefined) config.published = published
      const transport = protocol?.toLowerCase()
      if (transport === 'udp' || transport === 'sctp') config.protocol = transport
      else if (transport !== undefined && transport !== 'tcp') {
        // As the short syntax says of `80/http`: the port would silently become TCP.
        ctx.reporter.add({ code: 'INVALID_PORT', message: `\`${protocol}\` is not a protocol.`, path: [...path, i, 'protocol'], span: child(item, 'protocol'), hint: 'The protocol must be tcp, udp or sctp; an application protocol such as http goes in `app_protocol`.' })
        return
      }
      if (appProtocol !== undefined) config.app_protocol = appProtocol
      // Extensions such as `x-aws-protocol` ride along on the long form.
      for (const [key, entry] of item.entries) if (key.startsWith('x-')) config[key as `x-${string}`] = toPlain(entry.value)
      configs = [config]
    }
    for (const config of configs ?? []) {
      out.set(`${config.host_ip ?? '0.0.0.0'}:${config.published ?? ''}:${config.target}/${config.protocol}`, config)
    }
  })
  return [...out.values()]
}

// The long syntax skips the short-syntax parser, so its port numbers are checked here: a
// `target: 70000` or `published: 0` must not reach a template.
function longFormPortsFit(item: Node, target: number, published: string | undefined, path: Path, ctx: NormalizeContext): boolean {
  // A fraction fails the schema, which says so.
  const targetProblem = Number.isInteger(target) ? portNumberProblem(String(target), false) : undefined
  const publishedProblem = published === undefined || published === '' ? undefined : portNumberProblem(published, true)
  const report = (key: string, what: string, problem: string): void => {
    ctx.reporter.add({ code: 'INVALID_PORT', message: `The ${what} ${problem}.`, path: [...path, key], span: child(item, key), hint: 'Use a port from 1 to 65535.' })
  }
  if (targetProblem) report('target', 'container port', targetProblem)
  if (publishedProblem) report('published', 'published port', publishedProblem)
  return !targetProblem && !publishedProblem && Number.isInteger(target)
}

/** `volumes` of a service in long form, bind sources resolved, unique by target (later wins). */
export function serviceVolumes(node: Node, path: Path, ctx: NormalizeContext): ServiceVolume[] {
  const out = new Map<string, ServiceVolume>()
  const items = node.kind === 'seq' ? node.items : []
  items.forEach((item, i) => {
    let volume: ServiceVolume | undefined
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      volume = parsedOr(parseVolume(item.value), 'INVALID_VOLUME', item, [...path, i], ctx)
    } else if (item.kind === 'map') {
      volume = toPlain(item) as ServiceVolume
      if (typeof volume.target !== 'string') {
        // A mount needs a place in the container; a target of another type fails the schema, which says so.
        if (!item.entries.has('target')) missingKey('target', item, [...path, i], 'Name the path in the container: `target: /data`.', ctx)
        return
      }
      const tmpfsSize = child(child(item, 'tmpfs'), 'size')
      if (volume.tmpfs && tmpfsSize?.kind === 'scalar' && typeof tmpfsSize.value === 'string') {
        const n = Number(tmpfsSize.value)
        if (!Number.isNaN(n)) volume.tmpfs = { ...volume.tmpfs, size: n }
      }
    }
    if (!volume) return
    if (volume.type === 'bind' && volume.source) {
      volume = { ...volume, source: resolveWrittenPath(volume.source, item, ctx) }
    }
    out.set(volume.target, volume)
  })
  return [...out.values()]
}

/** `depends_on` as a mapping of long-form entries. */
export function dependsOn(node: Node): Record<string, DependsOn> {
  const out: Record<string, DependsOn> = {}
  const set = (name: string, value: DependsOn): void => {
    defineOwn(out, name, value)
  }
  if (node.kind === 'seq') {
    for (const item of node.items) {
      const name = str(item)
      if (name !== undefined) set(name, { condition: 'service_started', required: true })
    }
  } else if (node.kind === 'map') {
    for (const [name, entry] of node.entries) {
      const condition = str(child(entry.value, 'condition'))
      const required = child(entry.value, 'required')
      const restart = child(entry.value, 'restart')
      const d: DependsOn = {
        condition: condition === 'service_healthy' || condition === 'service_completed_successfully' ? condition : 'service_started',
        required: !(required?.kind === 'scalar' && required.value === false),
      }
      if (restart?.kind === 'scalar' && typeof restart.value === 'boolean') d.restart = restart.value
      set(name, d)
    }
  }
  return out
}

/** `secrets`/`configs` of a service with targets filled in, unique by target. */
export function fileReferences(node: Node, kind: 'secrets' | 'configs', path: Path, ctx: NormalizeContext): FileReference[] {
  const out = new Map<string, FileReference>()
  const items = node.kind === 'seq' ? node.items : []
  const targetFor = (source: string, target: string | undefined): string => {
    if (kind === 'secrets') return target === undefined ? `/run/secrets/${source}` : target.startsWith('/') ? target : `/run/secrets/${target}`
    return target ?? `/${source}`
  }
  items.forEach((item, index) => {
    const source = item.kind === 'map' ? str(child(item, 'source')) : str(item)
    // The schema leaves `source` optional, but a reference to nothing cannot be delivered.
    if (item.kind === 'map' && !item.entries.has('source')) missingKey('source', item, [...path, index], `Name the ${kind === 'secrets' ? 'secret' : 'config'}: \`source: <name>\`, one of the top-level \`${kind}:\`.`, ctx)
    if (source === undefined) return
    const ref: FileReference = { source, target: targetFor(source, str(child(item, 'target'))) }
    const uid = str(child(item, 'uid'))
    const gid = str(child(item, 'gid'))
    const mode = child(item, 'mode')
    if (uid !== undefined) ref.uid = uid
    if (gid !== undefined) ref.gid = gid
    if (mode?.kind === 'scalar' && mode.value !== null) {
      // Modes are octal when written as strings ("0440"), as compose reads them.
      const m = typeof mode.value === 'number' ? mode.value : parseInt(String(mode.value), 8)
      if (!Number.isNaN(m)) ref.mode = m
    }
    if (item.kind === 'map') for (const [key, entry] of item.entries) if (key.startsWith('x-')) ref[key as `x-${string}`] = toPlain(entry.value)
    out.set(ref.target, ref)
  })
  return [...out.values()]
}

/** `healthcheck` with `test` as a list and durations in seconds. */
export function healthcheck(node: Node, path: Path, ctx: NormalizeContext): Healthcheck {
  const out: Healthcheck = {}
  const test = child(node, 'test')
  if (test?.kind === 'scalar' && test.value !== null) {
    const s = String(test.value)
    out.test = s === 'NONE' ? ['NONE'] : ['CMD-SHELL', s]
  } else if (test?.kind === 'seq') out.test = strings(test) ?? []
  for (const key of ['interval', 'timeout', 'start_period', 'start_interval'] as const) {
    const v = seconds(child(node, key), [...path, key], ctx)
    if (v !== undefined) out[key] = v
  }
  const retries = num(child(node, 'retries'))
  if (retries !== undefined) out.retries = retries
  const disable = child(node, 'disable')
  if ((disable?.kind === 'scalar' && disable.value === true) || out.test?.[0] === 'NONE') out.disable = true
  return out
}

// SCHEMA_REQUIRED for a key the compose-spec's text requires where its schema does not: an
// item without it cannot be converted, and would otherwise be dropped without a word.
function missingKey(key: string, item: Node, path: Path, hint: string, ctx: NormalizeContext): void {
  ctx.reporter.add({ code: 'SCHEMA_REQUIRED', message: `\`${formatPath(path)}\` is missing the required key \`${key}\`.`, path, span: item, hint })
}
