import type { RuleContext } from './rule-context.js'

/**
 * Every Fargate task uses awsvpc networking: other modes are ignored. `service:<s>` joins
 * that service's task (see task-groups.ts), where containers share one network namespace;
 * `container:<id>` names a container outside compose and cannot work.
 */
export function checkNetworkMode({ service, path, emit }: RuleContext): void {
  const mode = typeof service.network_mode === 'string' ? service.network_mode : undefined
  if (mode === undefined || mode === 'awsvpc') return
  const at = [...path, 'network_mode']
  if (mode.startsWith('service:')) return
  if (mode.startsWith('container:')) {
    emit.report(
      'NETWORK_MODE_UNSUPPORTED',
      at,
      `\`network_mode: ${mode}\` cannot work on Fargate: a task's containers are all defined by compose.`,
      'Use `network_mode: service:<name>` (or `x-aws-task: <name>`) to run this service in another service\'s task.',
    )
    return
  }
  emit.unsupported(at, `Fargate tasks always use awsvpc networking, not \`${mode}\``)
}
