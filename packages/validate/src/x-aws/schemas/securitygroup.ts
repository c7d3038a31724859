import { whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

/** `x-aws-securitygroup` (top-level network, deprecated): an existing security group. */
export const SECURITYGROUP_SCHEMA = {
  title: 'a security group id',
  description: 'An existing security group to use for the network, such as `sg-0123456789abcdef0`.',
  type: 'string',
  pattern: whole('sg-[0-9a-f]{8,17}'),
} as const satisfies DescribedSchema
