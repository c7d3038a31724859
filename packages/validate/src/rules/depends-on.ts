import type { RuleContext } from './rule-context.js'

/** Between ECS services, `depends_on` only orders creation; conditions are not waited for. */
export function checkDependsOn({ service, path, emit }: RuleContext): void {
  for (const [target, dep] of Object.entries(service.depends_on ?? {})) {
    if (dep.condition !== 'service_started') {
      emit.report(
        'DEPENDS_ON_CONDITION_NOT_ENFORCED',
        [...path, 'depends_on', target, 'condition'],
        `\`${dep.condition}\` is not enforced between ECS services: \`${target}\` is created first, but \`${path[1]}\` does not wait for it to be ${dep.condition === 'service_healthy' ? 'healthy' : 'done'}.`,
        'Make the service retry its connections at start-up.',
      )
    }
    if (dep.restart) emit.unsupported([...path, 'depends_on', target, 'restart'], 'ECS does not restart a service when another one is updated')
  }
}
