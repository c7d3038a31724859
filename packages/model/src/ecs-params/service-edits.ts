import type { ComposeService } from '../compose-types.js'
import type { Reporter } from '../report.js'
import { parseByteSize } from '../syntax/byte-size.js'
import { child, type Node } from '../yaml/node.js'
import type { Edit } from './edit.js'
import { healthcheckEdits } from './healthcheck-edits.js'
import type { InvalidValue } from './invalid-value.js'
import { getIn } from './set-in.js'

/**
 * The edits one `task_definition.services.<name>` entry makes to that compose service:
 * `init_process_enabled` → `init`, `repository_credentials` → `x-aws-pull_credentials`,
 * `cpu_shares`, `mem_limit` and `mem_reservation` (to the attribute the compose file uses,
 * `deploy.resources…` or the plain key), `healthcheck`. `essential: false` cannot be honoured.
 */
export function serviceEdits(name: string, node: Node, from: string[], service: ComposeService, edits: Edit[], reporter: Reporter, invalid: InvalidValue): void {
  const set = (key: string, attribute: string[], value: unknown, replaces: string[][] = [attribute]) => {
    const at = child(node, key)!
    edits.push({ service: name, attribute, value, node: at, from: [...from, key], replaces })
  }
  const scalar = (key: string): string | number | boolean | undefined => {
    const at = child(node, key)
    return at?.kind === 'scalar' && at.value !== null ? at.value : undefined
  }
  const essential = scalar('essential')
  if (essential === false) {
    reporter.add({
      code: 'ECS_PARAMS_UNSUPPORTED',
      message: `\`${[...from, 'essential'].join('.')}: false\` is ignored: each service runs as the only container of its own task, which ECS requires to be essential.`,
      path: [...from, 'essential'],
      span: child(node, 'essential')!,
      hint: 'Remove it. ecs-cli ran the whole project as one task; here a service that stops no longer stops the others.',
    })
  }
  const init = scalar('init_process_enabled')
  if (typeof init === 'boolean') set('init_process_enabled', ['init'], init)
  const credentials = child(child(node, 'repository_credentials'), 'credentials_parameter')
  if (credentials?.kind === 'scalar' && typeof credentials.value === 'string') {
    edits.push({ service: name, attribute: ['x-aws-pull_credentials'], value: credentials.value, node: credentials, from: [...from, 'repository_credentials', 'credentials_parameter'], replaces: [['x-aws-pull_credentials']] })
  }
  const shares = scalar('cpu_shares')
  if (typeof shares === 'number') set('cpu_shares', ['cpu_shares'], shares)
  for (const [key, limits, plain] of [
    ['mem_limit', ['deploy', 'resources', 'limits', 'memory'], ['mem_limit']],
    ['mem_reservation', ['deploy', 'resources', 'reservations', 'memory'], ['mem_reservation']],
  ] as const) {
    const value = scalar(key)
    if (value === undefined || typeof value === 'boolean') continue
    const bytes = parseByteSize(value)
    if (!bytes.ok) invalid(child(node, key)!, [...from, key], bytes)
    // The attribute the compose file uses for this service, else compose's own key of that name.
    else set(key, getIn(service, limits) !== undefined ? [...limits] : [...plain], bytes.value, [[...limits], [...plain]])
  }
  const healthcheck = child(node, 'healthcheck')
  if (healthcheck?.kind === 'map') healthcheckEdits(name, healthcheck, [...from, 'healthcheck'], edits, reporter, invalid)
}
