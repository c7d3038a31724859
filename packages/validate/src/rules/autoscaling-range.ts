import type { RuleContext } from './rule-context.js'

/**
 * `deploy.replicas` (or `scale`) outside `x-aws-autoscaling`'s range: Application Auto Scaling
 * moves the service into the range once the stack is created, so the replicas written do not
 * hold (a warning). `min` is 1 when left out.
 */
export function checkAutoscalingRange({ name, service, path, emit, groups }: RuleContext, replicas: number | undefined): void {
  // A sidecar's scaling is its owner's (SIDECAR_SETTING_IGNORED says so).
  if (groups.ownerOf(name) !== name) return
  const spec = service.deploy?.['x-aws-autoscaling' as keyof NonNullable<typeof service.deploy>] as { min?: unknown; max?: unknown } | undefined
  if (replicas === undefined || spec === undefined || typeof spec !== 'object' || typeof spec.max !== 'number') return
  const min = typeof spec.min === 'number' ? spec.min : 1
  // An empty range is X_AWS_INVALID already.
  if ((replicas >= min && replicas <= spec.max) || min > spec.max) return
  const at = service.deploy?.replicas !== undefined ? [...path, 'deploy', 'replicas'] : [...path, 'scale']
  emit.report(
    'AUTOSCALING_REPLICAS_OUTSIDE',
    at,
    `\`${path[1]}\` asks for ${replicas} task${replicas === 1 ? '' : 's'}, outside \`x-aws-autoscaling\`'s ${min}–${spec.max}: Application Auto Scaling moves it to ${replicas < min ? min : spec.max} once the stack is created.`,
    `Set the replicas within ${min}–${spec.max}, or widen \`min\`/\`max\`${replicas === 0 ? ' (a `min` of 0 lets the service stop)' : ''}.`,
    true,
  )
}
