import type { DescribedSchema } from './json-schema.js'

/** `x-aws-min_percent` (service `deploy.update_config`): ECS `MinimumHealthyPercent`. */
export const MIN_PERCENT_SCHEMA = {
  description:
    'The share of the desired tasks, in percent, that must stay running during a deployment (ECS `MinimumHealthyPercent`), such as `50`.',
  type: 'integer',
  minimum: 0,
  maximum: 100,
} as const satisfies DescribedSchema
