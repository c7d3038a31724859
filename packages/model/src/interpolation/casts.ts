import { pathMatcher, patternTree } from '../path-pattern.js'

/** The type a string is cast to after interpolation. */
export type CastKind = 'int' | 'float' | 'bool'

// The paths compose-go's loader casts after interpolation, and to what.
const castTable: Readonly<Record<string, CastKind>> = {
  'services.*.cpu_count': 'int',
  'services.*.cpu_percent': 'float',
  'services.*.cpu_period': 'int',
  'services.*.cpu_quota': 'int',
  'services.*.cpu_rt_period': 'int',
  'services.*.cpu_rt_runtime': 'int',
  'services.*.cpus': 'float',
  'services.*.cpu_shares': 'int',
  'services.*.init': 'bool',
  'services.*.depends_on.*.required': 'bool',
  'services.*.depends_on.*.restart': 'bool',
  'services.*.deploy.replicas': 'int',
  'services.*.deploy.update_config.parallelism': 'int',
  'services.*.deploy.update_config.max_failure_ratio': 'float',
  'services.*.deploy.rollback_config.parallelism': 'int',
  'services.*.deploy.rollback_config.max_failure_ratio': 'float',
  'services.*.deploy.restart_policy.max_attempts': 'int',
  'services.*.deploy.placement.max_replicas_per_node': 'int',
  'services.*.healthcheck.retries': 'int',
  'services.*.healthcheck.disable': 'bool',
  'services.*.oom_kill_disable': 'bool',
  'services.*.oom_score_adj': 'int',
  'services.*.pids_limit': 'int',
  'services.*.ports.*.target': 'int',
  'services.*.privileged': 'bool',
  'services.*.read_only': 'bool',
  'services.*.scale': 'int',
  'services.*.stdin_open': 'bool',
  'services.*.tty': 'bool',
  'services.*.ulimits.*': 'int',
  'services.*.ulimits.*.hard': 'int',
  'services.*.ulimits.*.soft': 'int',
  'services.*.volumes.*.read_only': 'bool',
  'services.*.volumes.*.volume.nocopy': 'bool',
  'networks.*.external': 'bool',
  'networks.*.internal': 'bool',
  'networks.*.attachable': 'bool',
  'networks.*.enable_ipv4': 'bool',
  'networks.*.enable_ipv6': 'bool',
  'volumes.*.external': 'bool',
  'secrets.*.external': 'bool',
  'configs.*.external': 'bool',
}

/**
 * Fields compose types after interpolation: `replicas: "$COUNT"` becomes a number.
 * The same paths compose-go's loader casts.
 */
export const castAt = pathMatcher<CastKind>(castTable)

/** `castAt` as a tree, for a walk that follows it key by key. */
export const castTree = patternTree<CastKind>(castTable)


/** Casts a string; `undefined` when it is not a valid value of that kind. */
export function castString(kind: CastKind, text: string): number | boolean | undefined {
  const s = text.trim()
  if (kind === 'bool') {
    const lower = s.toLowerCase()
    if (lower === 'true' || lower === 'yes' || lower === 'y' || lower === 'on') return true
    if (lower === 'false' || lower === 'no' || lower === 'n' || lower === 'off') return false
    return undefined
  }
  if (kind === 'int') return /^[-+]?\d+$/.test(s) ? Number(s) : undefined
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : undefined
}
