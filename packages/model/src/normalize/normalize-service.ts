import type { Path } from '../diagnostic.js'
import type { Build, ComposeService, ServiceNetwork } from '../compose-types.js'
import { child, toPlain, type Node } from '../yaml/node.js'
import { cpuCount, taskCount } from './counts.js'
import { bytes, deploy } from './deploy.js'
import { resolveWrittenPath, type NormalizeContext } from './normalize-context.js'
import { keyValueMap, num, str, stringMap, strings } from './plain.js'
import { defineOwn } from '../define-own.js'
import { commandList, dependsOn, fileReferences, healthcheck, ports, seconds, serviceVolumes } from './service-parts.js'

type Normalizer = (node: Node, path: Path, ctx: NormalizeContext) => unknown

const byteSize: Normalizer = (node, path, ctx) => bytes(node, path, ctx)
const list: Normalizer = (node) => strings(node)

/**
 * One function per attribute with a long form; anything else is kept as written. A `Map`, so
 * that a key such as `constructor` finds nothing rather than `Object.prototype`'s.
 */
const normalizers = new Map<string, Normalizer>(Object.entries({
  build: (node, path, ctx) => build(node, path, ctx),
  command: commandList,
  entrypoint: commandList,
  environment: (node) => keyValueMap(node),
  ports,
  expose: (node) => [...new Set(strings(node))],
  volumes: serviceVolumes,
  depends_on: (node) => dependsOn(node),
  networks: (node) => serviceNetworks(node),
  secrets: (node, path, ctx) => fileReferences(node, 'secrets', path, ctx),
  configs: (node, path, ctx) => fileReferences(node, 'configs', path, ctx),
  healthcheck,
  deploy,
  labels: (node) => stringMap(node),
  annotations: (node) => stringMap(node),
  sysctls: (node) => stringMap(node),
  ulimits: (node) => ulimits(node),
  stop_grace_period: (node, path, ctx) => seconds(node, path, ctx),
  mem_limit: byteSize,
  mem_reservation: byteSize,
  memswap_limit: byteSize,
  shm_size: byteSize,
  cpus: cpuCount,
  scale: taskCount,
  tmpfs: list,
  dns: list,
  dns_search: list,
  dns_opt: list,
  cap_add: (node) => [...new Set(strings(node))],
  cap_drop: (node) => [...new Set(strings(node))],
  profiles: (node) => [...new Set(strings(node))],
  links: (node) => [...new Set(strings(node))],
  extra_hosts: (node) => extraHosts(node),
  logging: (node) => logging(node),
} satisfies Record<string, Normalizer>))

/** A service in long form, without empty text attributes. Keys keep the order they were written in. */
export function normalizeService(node: Node, path: Path, ctx: NormalizeContext): ComposeService {
  const out: ComposeService = {}
  if (node.kind !== 'map') return out
  for (const [key, entry] of node.entries) {
    const normalizer = normalizers.get(key)
    const value = normalizer ? normalizer(entry.value, [...path, key], ctx) : toPlain(entry.value)
    // compose-go leaves out an empty text attribute (`platform: ${DOCKER_PLATFORM:-}`), as if unset.
    if (value !== undefined && (value !== '' || key.startsWith('x-'))) defineOwn(out, key, value)
  }
  if (out.networks === undefined && out.network_mode === undefined) out.networks = { default: null }
  return out
}

function build(node: Node, path: Path, ctx: NormalizeContext): Build | undefined {
  if (node.kind === 'scalar') {
    const context = str(node)
    return context === undefined ? undefined : { context: buildContext(context, node, ctx) }
  }
  if (node.kind !== 'map') return undefined
  const out = toPlain(node) as Build
  const contextNode = child(node, 'context')
  const context = str(contextNode)
  out.context = context !== undefined && contextNode ? buildContext(context, contextNode, ctx) : buildContext('.', node, ctx)
  const args = keyValueMap(child(node, 'args'))
  if (args) out.args = args
  const labels = stringMap(child(node, 'labels'))
  if (labels) out.labels = labels
  void path
  return out
}

// Remote contexts (git URLs, https tarballs) are not paths.
function buildContext(context: string, node: Node, ctx: NormalizeContext): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || context.startsWith('github.com/')) return context
  return resolveWrittenPath(context, node, ctx)
}

function serviceNetworks(node: Node): Record<string, ServiceNetwork | null> | undefined {
  const out: Record<string, ServiceNetwork | null> = {}
  if (node.kind === 'seq') {
    for (const name of strings(node) ?? []) defineOwn(out, name, null)
  } else if (node.kind === 'map') {
    for (const [name, entry] of node.entries) {
      const v = entry.value
      defineOwn(out, name, v.kind === 'map' ? (toPlain(v) as ServiceNetwork) : null)
    }
  } else return undefined
  return out
}

function ulimits(node: Node): Record<string, { soft: number; hard: number }> | undefined {
  if (node.kind !== 'map') return undefined
  const out: Record<string, { soft: number; hard: number }> = {}
  for (const [name, entry] of node.entries) {
    const single = num(entry.value)
    if (single !== undefined) defineOwn(out, name, { soft: single, hard: single })
    else {
      const soft = num(child(entry.value, 'soft'))
      const hard = num(child(entry.value, 'hard'))
      if (soft !== undefined && hard !== undefined) defineOwn(out, name, { soft, hard })
    }
  }
  return out
}

function extraHosts(node: Node): string[] | undefined {
  if (node.kind === 'map') {
    const out: string[] = []
    for (const [host, entry] of node.entries) for (const ip of strings(entry.value) ?? []) out.push(`${host}=${ip}`)
    return out
  }
  return [...new Set(strings(node))]
}

function logging(node: Node): ComposeService['logging'] {
  const out = toPlain(node) as ComposeService['logging'] & Record<string, unknown>
  const options = stringMap(child(node, 'options'))
  if (options && out) out.options = options
  return out
}
