import { boundedName } from '@composeform/model'
import type { LogicalId, Path, Reporter, SourceMap } from '@composeform/model'

/**
 * Docker's logical-ID rule for a compose name: drop every character outside [A-Za-z0-9],
 * upper-case the first letter, keep the rest as it is (`front-tier` → `Fronttier`). Past 100
 * characters, the start and a hash (see `boundedName`): CloudFormation takes logical IDs of
 * at most 255, and one joins two names and a suffix (`<V>NFSFrom<S>Ingress`).
 */
export function normalizeName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9]/g, '')
  return boundedName(clean.charAt(0).toUpperCase() + clean.slice(1), 100)
}

/**
 * Hands out logical IDs and refuses to give one ID to two different compose names:
 * `front-tier` and `front_tier` would both become `Fronttier`, and one resource would
 * silently replace the other.
 */
export class LogicalIds {
  readonly #owners = new Map<LogicalId, string>()

  constructor(
    readonly reporter: Reporter,
    readonly sources: SourceMap,
  ) {}

  /** Claims `id` for `owner` (a compose path string); reports a collision and returns false if taken. */
  claim(id: LogicalId, owner: string, path: Path): boolean {
    const existing = this.#owners.get(id)
    if (existing === undefined || existing === owner) {
      this.#owners.set(id, owner)
      return true
    }
    this.reporter.add({
      code: 'LOGICAL_ID_COLLISION',
      message: `\`${owner}\` and \`${existing}\` both become the CloudFormation logical ID \`${id}\`.`,
      path,
      span: this.sources.span(path, { key: true }),
      hint: 'Rename one of them so that their letters and digits differ (logical IDs drop every other character).',
    })
    return false
  }

  /**
   * Reports a resource ID that two owners' resources both arrive at, where the names
   * themselves differ (a service named `LoadBalancer` and the load balancer's own resources).
   * An owner is a compose path, or undefined for composeform's project resources.
   */
  reportTaken(id: LogicalId, first: Path | undefined, second: Path | undefined): void {
    const named = second ?? first!
    const other = second ? first : undefined
    const who = (path: Path | undefined) => (path ? `\`${path.join('.')}\`` : "composeform's own project resources (cluster, load balancer, logs, networks)")
    this.reporter.add({
      code: 'LOGICAL_ID_COLLISION',
      message: `${who(named)} would add the CloudFormation logical ID \`${id}\`, which ${who(other)} already use${other ? 's' : ''}.`,
      path: named,
      span: this.sources.span(named, { key: true }),
      hint: 'Rename it so that its logical IDs differ (they start with its name\'s letters and digits).',
    })
  }
}
