import type { EcsService } from '../ecs-project.js'
import type { RuleContext } from './rule-context.js'

/**
 * `deploy.update_config` → DeploymentConfiguration. Parallelism p of r replicas gives
 * min ⌊(r−p)·100/r⌋ % and max ⌈(r+p)·100/r⌉ % (0 means all at once: p = r; stop-first keeps
 * max at 100 %); the `x-aws-min_percent`/`x-aws-max_percent` extensions win. The circuit
 * breaker is always on, rolling back unless `failure_action` says otherwise.
 */
export function checkDeployment({ service, path, emit }: RuleContext, replicas: number): EcsService['deployment'] {
  const update = service.deploy?.update_config
  let minimumHealthyPercent = 100
  let maximumPercent = 200
  if (!update) {
    emit.report(
      'DEFAULT_APPLIED',
      path,
      `\`${path[1]}\` sets no \`deploy.update_config\`; deployments keep 100 % of tasks healthy, start up to 200 %, and roll back automatically when they fail.`,
      undefined,
      true,
    )
    return { minimumHealthyPercent, maximumPercent, circuitBreaker: { enable: true, rollback: true } }
  }
  // Parallelism 0 is swarm's "all at once"; stop-first without one replaces swarm's default, one
  // task at a time (keeping 100 % healthy would leave ECS no task it may stop).
  const given = typeof update.parallelism === 'number' && update.parallelism >= 0 ? update.parallelism : update.order === 'stop-first' ? 1 : undefined
  const p = given === undefined ? undefined : given === 0 ? Math.max(replicas, 1) : Math.min(given, Math.max(replicas, 1))
  if (p !== undefined && replicas > 0) {
    minimumHealthyPercent = Math.floor(((replicas - p) * 100) / replicas)
    // Up: ECS rounds the running count down, so ⌊(r+p)·100/r⌋ % of 3 tasks would allow none extra.
    maximumPercent = Math.ceil(((replicas + p) * 100) / replicas)
  }
  if (update.order === 'stop-first') maximumPercent = 100
  if (update.order === 'start-first') minimumHealthyPercent = Math.max(minimumHealthyPercent, 100)
  if (minimumHealthyPercent >= maximumPercent) maximumPercent = Math.max(100, minimumHealthyPercent + 1)
  const min = update['x-aws-min_percent' as keyof typeof update]
  const max = update['x-aws-max_percent' as keyof typeof update]
  if (typeof min === 'number') minimumHealthyPercent = min
  if (typeof max === 'number') maximumPercent = max
  // The extensions win: above 100 % ECS may start tasks first, below it stop them first.
  if ((update.order === 'stop-first' && Number(max) > 100) || (update.order === 'start-first' && Number(min) < 100)) {
    emit.unsupported([...path, 'deploy', 'update_config', 'order'], 'the x-aws percentages decide the order')
  }
  // ECS may start a task beyond the desired count, or stop one below it; with neither a
  // deployment never moves.
  if (replicas > 0 && Math.floor((replicas * maximumPercent) / 100) <= replicas && Math.ceil((replicas * minimumHealthyPercent) / 100) >= replicas) {
    emit.report(
      'DEPLOYMENT_CANNOT_PROGRESS',
      [...path, 'deploy', 'update_config'],
      `With ${replicas} task${replicas === 1 ? '' : 's'}, at least ${minimumHealthyPercent} % healthy and at most ${maximumPercent} % running, ECS can neither start an extra task nor stop one, so a deployment never completes.`,
      'Lower `x-aws-min_percent` or raise `x-aws-max_percent` (or use `order: start-first` / `stop-first` without them).',
      true,
    )
  }
  const rollback = update.failure_action === undefined || update.failure_action === 'rollback'
  if (!rollback) {
    emit.report(
      'ROLLBACK_DISABLED',
      [...path, 'deploy', 'update_config', 'failure_action'],
      `\`failure_action: ${update.failure_action}\`: a failed deployment stops but is not rolled back.`,
      'Use `failure_action: rollback` to return to the last working version automatically.',
    )
  }
  return { minimumHealthyPercent, maximumPercent, circuitBreaker: { enable: true, rollback } }
}
