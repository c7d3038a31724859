import type { RuleContext } from './rule-context.js'

/**
 * ECS services always replace stopped tasks, which is `restart: always`. Policies that stop
 * restarting (`no`, `on-failure`, `condition: none`) cannot be honoured; returns true for
 * them so that convert can treat the service as a one-shot task.
 */
export function checkRestart({ service, path, emit, groups }: RuleContext): boolean {
  const restart = typeof service.restart === 'string' ? service.restart : undefined
  const policy = service.deploy?.restart_policy
  const oneShotRestart = restart !== undefined && (restart === 'no' || restart.startsWith('on-failure'))
  const oneShotPolicy = policy?.condition === 'none' || policy?.condition === 'on-failure'
  const sidecar = groups.ownerOf(String(path[1])) !== path[1]
  const why = sidecar ? 'ECS does not restart one container of a task: the service replaces the whole task, at once and without limits' : 'an ECS service restarts stopped tasks at once, without limits'
  for (const key of ['delay', 'max_attempts', 'window'] as const) {
    if (policy?.[key] !== undefined) emit.unsupported([...path, 'deploy', 'restart_policy', key], why)
  }
  // A sidecar that runs once is a non-essential container: its task keeps running after it.
  if (sidecar) return oneShotRestart || oneShotPolicy
  if (oneShotRestart) {
    emit.report(
      'RESTART_POLICY_NOT_HONOURED',
      [...path, 'restart'],
      `\`restart: ${restart}\` cannot be honoured: an ECS service replaces every task that stops.`,
      'Use `restart: always` for long-running services; run one-shot jobs as standalone ECS tasks.',
    )
  }
  if (policy && oneShotPolicy && !oneShotRestart) {
    emit.report(
      'RESTART_POLICY_NOT_HONOURED',
      [...path, 'deploy', 'restart_policy', 'condition'],
      `\`restart_policy.condition: ${policy.condition}\` cannot be honoured: an ECS service replaces every task that stops.`,
      'Use `condition: any` for long-running services; run one-shot jobs as standalone ECS tasks.',
    )
  }
  return oneShotRestart || oneShotPolicy
}
