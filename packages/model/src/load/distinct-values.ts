import type { ComposeModel, ComposeService } from '../compose-types.js'
import type { Reporter } from '../report.js'
import type { SourceMap } from '../source-map.js'

/**
 * Each pair says one thing twice: a service attribute and its `deploy` spelling. `within` is
 * the mapping under `deploy` whose presence makes compose compare them.
 */
export const SPELLING_PAIRS = [
  { legacy: ['scale'], deploy: ['deploy', 'replicas'], within: ['deploy'] },
  { legacy: ['cpus'], deploy: ['deploy', 'resources', 'limits', 'cpus'], within: ['deploy', 'resources', 'limits'] },
  { legacy: ['mem_limit'], deploy: ['deploy', 'resources', 'limits', 'memory'], within: ['deploy', 'resources', 'limits'] },
  { legacy: ['mem_reservation'], deploy: ['deploy', 'resources', 'reservations', 'memory'], within: ['deploy', 'resources', 'reservations'] },
  { legacy: ['pids_limit'], deploy: ['deploy', 'resources', 'limits', 'pids'], within: ['deploy', 'resources', 'limits'] },
] as const

/**
 * Compose refuses a service that says one thing two ways with different values — `scale` and
 * `deploy.replicas`, `cpus`, `mem_limit`, `mem_reservation` or `pids_limit` and their
 * `deploy.resources` spelling — and so does composeform (DISTINCT_VALUES), where it used to
 * take the `deploy` value without a word. As in compose, a `deploy.resources.limits` (or
 * `reservations`) that leaves the value out disagrees too.
 */
export function checkDistinctValues(model: ComposeModel, sources: SourceMap, reporter: Reporter): void {
  for (const [name, service] of Object.entries(model.services)) {
    for (const { legacy, deploy, within } of SPELLING_PAIRS) {
      const value = at(service, legacy)
      // A zero is compose's "not set".
      if (value === undefined || value === 0 || at(service, within) === undefined) continue
      const other = at(service, deploy)
      if (other === value) continue
      const path = ['services', name, ...legacy]
      reporter.add({
        code: 'DISTINCT_VALUES',
        message: `\`${legacy.join('.')}\` is ${shown(legacy[0], value)} but \`${deploy.join('.')}\` is ${other === undefined ? 'not set beside it' : shown(legacy[0], other)}; compose refuses two values for one setting.`,
        path,
        span: sources.span(path, { key: true }),
        hint: `Keep one of them: \`${deploy.join('.')}\` is the current spelling.`,
      })
    }
  }
}

function at(service: ComposeService, path: readonly string[]): unknown {
  let current: unknown = service
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

// Memory is held in bytes; it reads better in MiB, as it was most likely written.
function shown(attribute: string, value: unknown): string {
  return typeof value === 'number' && attribute.startsWith('mem_') ? `${value / 2 ** 20} MiB` : String(value)
}
