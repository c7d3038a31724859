import { isAwslogsOption } from '../awslogs-options.js'
import type { RuleContext } from './rule-context.js'

/** Logs always go to CloudWatch Logs (awslogs); other drivers and options are reported. */
export function checkLogging({ service, path, emit }: RuleContext): void {
  const logging = service.logging
  if (!logging) {
    emit.report('DEFAULT_APPLIED', path, `\`${path[1]}\` sets no \`logging\`; its output goes to CloudWatch Logs (awslogs).`, undefined, true)
    return
  }
  if (logging.driver !== undefined && logging.driver !== 'awslogs') {
    emit.report(
      'LOG_DRIVER_REPLACED',
      [...path, 'logging', 'driver'],
      `The log driver \`${logging.driver}\` is replaced by awslogs: on Fargate, container output goes to CloudWatch Logs.`,
      'Use `driver: awslogs` (or leave `logging` out); ship logs elsewhere with a FireLens sidecar.',
    )
    return
  }
  const option = (key: string) => [...path, 'logging', 'options', key]
  for (const key of Object.keys(logging.options ?? {})) {
    if (!isAwslogsOption(key)) emit.unsupported(option(key), 'the awslogs driver does not know this option')
  }
  const mode = logging.options?.mode
  if (mode !== undefined && mode !== 'blocking' && mode !== 'non-blocking') {
    emit.report('LOG_OPTION_INVALID', option('mode'), `The log \`mode\` \`${mode}\` is neither \`blocking\` nor \`non-blocking\`; the container would not start.`, 'Use `non-blocking` or `blocking`.')
  }
  const group = logging.options?.['awslogs-group']
  if (typeof group === 'string' && !/^[\w.\-/#]{1,512}$/.test(group)) {
    emit.report('LOG_OPTION_INVALID', option('awslogs-group'), `\`${group}\` is not a log group name CloudWatch Logs accepts; the container would not start.`, 'Use 1–512 letters, digits and `_ - . / #`.')
  } else if (typeof group === 'string') {
    const created = logging.options?.['awslogs-create-group'] === 'true'
    emit.report(
      'LOG_GROUP_EXISTING',
      option('awslogs-group'),
      `\`${path[1]}\` writes its logs to \`${group}\`, not to the project's log group: \`x-aws-logs_retention\` does not apply to it, and ${created ? 'ECS creates it when a task starts (`awslogs-create-group`), with no retention' : 'it must exist before a task starts'}.`,
      created ? undefined : 'Create the group first, or set `awslogs-create-group: "true"` to let ECS create it; leave `awslogs-group` out to use the project\'s.',
    )
  }
}
