import type { Reporter } from '../report.js'
import { quote } from '../syntax/result.js'
import { child, type Node } from '../yaml/node.js'

/**
 * Template parameter defaults from `run_params.network_configuration.awsvpc_configuration`:
 * `subnets` → `Subnets` (comma-separated), `assign_public_ip` → `AssignPublicIp`.
 */
export function networkDefaults(awsvpc: Node | undefined, reporter: Reporter): Record<string, string> {
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
        span: publicIp,
        hint: 'Write `ENABLED` or `DISABLED`.',
      })
    }
  }
  return defaults
}
