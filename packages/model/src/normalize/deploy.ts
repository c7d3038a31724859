import type { Path } from '../diagnostic.js'
import type { Deploy, Resources, UpdateConfig } from '../compose-types.js'
import { parseByteSize } from '../syntax/byte-size.js'
import { child, toPlain, type Node } from '../yaml/node.js'
import { cpuCount, taskCount } from './counts.js'
import { parsedOr, type NormalizeContext } from './normalize-context.js'
import { num, str, stringMap } from './plain.js'
import { defineOwn } from '../define-own.js'
import { seconds } from './service-parts.js'

/** A byte size in bytes, or undefined (with a diagnostic) when it cannot be read. */
export function bytes(node: Node | undefined, path: Path, ctx: NormalizeContext): number | undefined {
  if (node?.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') return undefined
  return parsedOr(parseByteSize(node.value), 'INVALID_BYTE_SIZE', node, path, ctx)
}

/** `deploy` with cpus as numbers, memory in bytes and durations in seconds. */
export function deploy(node: Node, path: Path, ctx: NormalizeContext): Deploy {
  const out = toPlain(node) as Deploy
  if (node.kind !== 'map') return out
  const labels = stringMap(child(node, 'labels'))
  if (labels) out.labels = labels
  const replicas = taskCount(child(node, 'replicas'), [...path, 'replicas'], ctx)
  if (replicas !== undefined) out.replicas = replicas
  else delete out.replicas
  const resources = child(node, 'resources')
  if (resources?.kind === 'map') {
    out.resources = {}
    for (const kind of ['limits', 'reservations'] as const) {
      const r = child(resources, kind)
      if (r?.kind === 'map') out.resources[kind] = resourceSet(r, [...path, 'resources', kind], ctx)
    }
  }
  const restart = child(node, 'restart_policy')
  if (restart?.kind === 'map') {
    const policy: NonNullable<Deploy['restart_policy']> = {}
    const condition = str(child(restart, 'condition'))
    if (condition !== undefined) policy.condition = condition
    const delay = seconds(child(restart, 'delay'), [...path, 'restart_policy', 'delay'], ctx)
    if (delay !== undefined) policy.delay = delay
    const attempts = num(child(restart, 'max_attempts'))
    if (attempts !== undefined) policy.max_attempts = attempts
    const window = seconds(child(restart, 'window'), [...path, 'restart_policy', 'window'], ctx)
    if (window !== undefined) policy.window = window
    out.restart_policy = policy
  }
  for (const kind of ['update_config', 'rollback_config'] as const) {
    const c = child(node, kind)
    if (c?.kind === 'map') out[kind] = updateConfig(c, [...path, kind], ctx)
  }
  return out
}

function resourceSet(node: Node, path: Path, ctx: NormalizeContext): Resources {
  const out = toPlain(node) as Resources
  const cpus = cpuCount(child(node, 'cpus'), [...path, 'cpus'], ctx)
  if (cpus !== undefined) out.cpus = cpus
  else delete out.cpus
  const memory = bytes(child(node, 'memory'), [...path, 'memory'], ctx)
  if (memory !== undefined) out.memory = memory
  return out
}

function updateConfig(node: Node, path: Path, ctx: NormalizeContext): UpdateConfig {
  const out = toPlain(node) as UpdateConfig
  for (const key of ['delay', 'monitor'] as const) {
    const v = seconds(child(node, key), [...path, key], ctx)
    if (v !== undefined) out[key] = v
  }
  for (const key of ['parallelism', 'max_failure_ratio'] as const) {
    const v = num(child(node, key))
    if (v !== undefined) defineOwn(out as Record<string, unknown>, key, v)
  }
  return out
}
