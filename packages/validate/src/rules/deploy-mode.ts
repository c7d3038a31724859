import type { RuleContext } from './rule-context.js'

const JOB_MODES = new Set(['replicated-job', 'global-job'])

/**
 * `deploy.mode`: `replicated` is what an ECS service does. `global` needs daemon scheduling,
 * which Fargate does not have; the job modes run tasks to completion, which an ECS service
 * never does (it replaces every task that stops). Both are errors. Any other word is
 * ignored with a warning: the service runs replicated.
 */
export function checkDeployMode({ service, path, emit }: RuleContext): void {
  const mode = service.deploy?.mode
  const at = [...path, 'deploy', 'mode']
  if (mode === 'global') {
    emit.incompatible(at, 'GLOBAL_MODE_UNSUPPORTED', 'daemon scheduling (one task per instance) needs EC2 capacity', 'Remove `mode: global`; use `replicas` to choose how many tasks run.')
  } else if (typeof mode === 'string' && mode !== 'replicated' && !JOB_MODES.has(mode)) {
    emit.unsupported(at, `\`${mode}\` is not a deployment mode (replicated, global, replicated-job or global-job), so the service runs replicated`)
  } else if (typeof mode === 'string' && JOB_MODES.has(mode)) {
    emit.report(
      'JOB_MODE_UNSUPPORTED',
      at,
      `\`deploy.mode: ${mode}\` cannot be honoured: an ECS service replaces every task that stops, so the job would run again and again.`,
      'Remove `mode`. To run it once, set `replicas: 0` and start its task definition with `aws ecs run-task`, or give it `restart: "no"` in another service\'s task (`x-aws-task: <service>`), where it runs once.',
      true,
    )
  }
}
