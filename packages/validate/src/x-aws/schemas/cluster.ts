import { arnPrefix, whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

// ECS cluster names: up to 255 letters, digits, hyphens and underscores.
const CLUSTER_NAME = '[A-Za-z0-9_-]{1,255}'

/** `x-aws-cluster` (top level): an existing ECS cluster, by name or ARN. */
export const CLUSTER_SCHEMA = {
  title: 'an ECS cluster name or ARN',
  description:
    'An existing ECS cluster to run the services in, by name such as `production` or by ARN such as `arn:aws:ecs:us-east-1:123456789012:cluster/production`; without it, a cluster is created.',
  type: 'string',
  pattern: whole(CLUSTER_NAME, `${arnPrefix('ecs')}cluster/${CLUSTER_NAME}`),
} as const satisfies DescribedSchema
