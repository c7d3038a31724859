import { arnPrefix, whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

/** `x-aws-pull_credentials` (service): the Secrets Manager secret holding the registry login. */
export const PULL_CREDENTIALS_SCHEMA = {
  title: 'a Secrets Manager secret ARN',
  description:
    'The ARN of a Secrets Manager secret holding the registry `username` and `password`, such as `arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-AbCdEf`.',
  type: 'string',
  pattern: whole(`${arnPrefix('secretsmanager')}secret:[A-Za-z0-9/_+=.@-]+`),
} as const satisfies DescribedSchema
