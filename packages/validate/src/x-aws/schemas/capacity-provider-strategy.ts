import type { DescribedSchema } from './json-schema.js'

const PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const

/**
 * `x-aws-capacity_provider_strategy` (top level as the default, or per service): how tasks
 * are spread over Fargate and Fargate Spot. A provider name alone means all tasks there.
 */
export const CAPACITY_PROVIDER_STRATEGY_SCHEMA = {
  title: '`FARGATE`, `FARGATE_SPOT`, or a list of `{capacity_provider, weight, base}`',
  description:
    'Where the tasks run: `FARGATE_SPOT` for all on Spot, or a strategy such as `[{capacity_provider: FARGATE, base: 1, weight: 1}, {capacity_provider: FARGATE_SPOT, weight: 3}]` (one task always on Fargate, the rest three to one on Spot).',
  anyOf: [
    { type: 'string', enum: PROVIDERS },
    {
      type: 'array',
      minItems: 1,
      items: {
        title: 'a `{capacity_provider, weight, base}` mapping',
        description: 'One provider of the strategy, such as `{capacity_provider: FARGATE_SPOT, weight: 3}`.',
        type: 'object',
        properties: {
          capacity_provider: { type: 'string', enum: PROVIDERS, description: 'The provider: `FARGATE` or `FARGATE_SPOT`.' },
          weight: { type: 'integer', minimum: 0, maximum: 1000, description: 'The share of tasks after `base`, relative to the other providers, such as `3`.' },
          base: { type: 'integer', minimum: 0, maximum: 100000, description: 'The tasks that run on this provider before weights apply, such as `1`; one provider at most sets it.' },
        },
        required: ['capacity_provider'],
        additionalProperties: false,
      },
    },
  ],
} as const satisfies DescribedSchema
