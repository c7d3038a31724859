import type { RuleContext } from './rule-context.js'
import { runsOnWindows } from './platform.js'

/** The ulimit names an ECS container definition accepts. */
const names = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'])
/** Fargate's ceiling for the open-files limit. */
const MAX_NOFILE = 1048576

/** `ulimits`: names ECS knows, soft ≤ hard, `nofile` within Fargate's ceiling. */
export function checkUlimits({ service, path, emit }: RuleContext): void {
  // A Windows task carries none: the Windows settings rule reports them as a whole.
  if (runsOnWindows(service)) return
  for (const [name, limit] of Object.entries(service.ulimits ?? {})) {
    const at = [...path, 'ulimits', name]
    if (!names.has(name)) {
      emit.report('ULIMIT_UNSUPPORTED', at, `ECS does not know the ulimit \`${name}\`.`, `Use one of: ${[...names].join(', ')}.`, true)
      continue
    }
    if (limit.soft > limit.hard) {
      emit.report('ULIMIT_UNSUPPORTED', at, `The soft limit of \`${name}\` (${limit.soft}) is above its hard limit (${limit.hard}).`, 'Make `soft` at most `hard`.')
    } else if (name === 'nofile' && limit.hard > MAX_NOFILE) {
      emit.report('ULIMIT_UNSUPPORTED', at, `Fargate allows at most ${MAX_NOFILE} open files, not ${limit.hard}.`, `Set \`nofile\` to ${MAX_NOFILE} or less.`)
    }
  }
}
