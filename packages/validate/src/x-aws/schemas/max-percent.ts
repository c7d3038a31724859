import type { DescribedSchema } from './json-schema.js'

/** `x-aws-max_percent` (service `deploy.update_config`): ECS `MaximumPercent`. */
export const MAX_PERCENT_SCHEMA = {
  description:
    'The share of the desired tasks, in percent, that may run at once during a deployment (ECS `MaximumPercent`), such as `200`.',
  type: 'integer',
  minimum: 100,
  maximum: 200,
} as const satisfies DescribedSchema
