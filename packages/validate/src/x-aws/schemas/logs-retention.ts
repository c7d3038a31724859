import type { DescribedSchema } from './json-schema.js'

/** `x-aws-logs_retention` (top level): how many days the services' logs are kept. */
export const LOGS_RETENTION_SCHEMA = {
  description:
    'How many days CloudWatch Logs keeps the logs, such as `30`; a number of days CloudWatch does not offer is raised to the next one it does.',
  type: 'integer',
  minimum: 1,
} as const satisfies DescribedSchema
