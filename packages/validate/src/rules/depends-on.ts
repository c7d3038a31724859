import type { RuleContext } from './rule-context.js'

/** Whether a service has a health check ECS can wait for. */
function hasHealthcheck(ctx: RuleContext, target: string): boolean {
  const check = ctx.model.services[target]?.healthcheck
  return check !== undefined && check.disable !== true && Array.isArray(check.test) && check.test.length > 0 && check.test[0] !== 'NONE'
}

/**
 * `depends_on` inside one task (sidecars) becomes container `DependsOn`, which ECS waits for:
 * `service_healthy` needs a health check on the target. Between ECS services it only orders
 * creation; conditions are not waited for.
 */
export function checkDependsOn(ctx: RuleContext): void {
  const { service, path, emit, groups } = ctx
  const name = String(path[1])
  for (const [target, dep] of Object.entries(service.depends_on ?? {})) {
    const at = [...path, 'depends_on', target, 'condition']
    const sameTask = groups.ownerOf(target) === groups.ownerOf(name)
    if (sameTask) {
      if (dep.condition === 'service_healthy' && !hasHealthcheck(ctx, target)) {
        emit.report('DEPENDS_ON_NOT_HONOURED', at, `\`${target}\` has no health check, so \`${name}\` cannot wait for it to be healthy.`, `Give \`${target}\` a \`healthcheck\`, or use \`condition: service_started\`.`)
      }
    } else if (dep.condition !== 'service_started') {
      emit.report(
        'DEPENDS_ON_CONDITION_NOT_ENFORCED',
        at,
        `\`${dep.condition}\` is not enforced between ECS services: \`${target}\` is created first, but \`${name}\` does not wait for it to be ${dep.condition === 'service_healthy' ? 'healthy' : 'done'}.`,
        'Make the service retry its connections at start-up; only containers of one task (`x-aws-task`) wait for each other.',
      )
    }
    if (dep.restart) emit.unsupported([...path, 'depends_on', target, 'restart'], 'ECS does not restart a service when another one is updated')
  }
}
