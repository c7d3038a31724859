import type { DescribedSchema, JsonSchema } from './json-schema.js'

// Application Auto Scaling counts tasks in a 32-bit integer; `1e20` must not reach a template.
const MAX_TASKS = 2_147_483_647

function percent(metric: string): JsonSchema {
  return {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    description: `The average ${metric} use, in percent of what the tasks reserve, that scaling keeps the service at, such as \`75\`.`,
  }
}

/**
 * `x-aws-autoscaling` (service `deploy`): target-tracking scaling between `min` and `max`
 * tasks. Docker's integration knew `cpu` and `memory`; `request_count` (requests per task,
 * behind an application load balancer) is ours.
 */
export const AUTOSCALING_SCHEMA = {
  title: 'an autoscaling mapping',
  description:
    'Scales the service between `min` and `max` tasks to hold one target: `cpu` or `memory` (percent), or `request_count` (requests per task behind an application load balancer), e.g. `{max: 10, cpu: 75}`.',
  type: 'object',
  properties: {
    min: { type: 'integer', minimum: 0, maximum: MAX_TASKS, description: 'The fewest tasks to keep running, such as `2`; 1 when left out.' },
    max: { type: 'integer', minimum: 1, maximum: MAX_TASKS, description: 'Add `max` with the most tasks to run, such as `max: 10`.' },
    cpu: percent('CPU'),
    memory: percent('memory'),
    request_count: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_TASKS,
      description: 'The number of load-balancer requests per task that scaling aims for on each published HTTP port, such as `1000`.',
    },
  },
  required: ['max'],
  additionalProperties: false,
  // Exactly one target, as Docker required for `cpu` and `memory`.
  oneOf: [{ required: ['cpu'] }, { required: ['memory'] }, { required: ['request_count'] }],
  // `min` may not exceed `max`; the `if` keeps the comparison away from values already mistyped.
  if: { properties: { min: { type: 'integer' }, max: { type: 'integer' } }, required: ['min', 'max'] },
  then: { properties: { min: { type: 'integer', maximum: { $data: '1/max' } } } },
} as const satisfies DescribedSchema
