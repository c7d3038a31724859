import { PARTITION, whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

// IAM is global: a role ARN has no region. A role name is at most 64 of these characters; a
// role with a path can only be named by its ARN.
const ROLE_NAME = '[A-Za-z0-9+=,.@_-]{1,64}'
const ROLE = whole(`arn:${PARTITION}:iam::[0-9]{12}:role/(?:[A-Za-z0-9+=,.@_-]+/)*${ROLE_NAME}`, ROLE_NAME)

/** `x-aws-task_role` (project, service): an existing role the containers run as, instead of a created one. */
export const TASK_ROLE_SCHEMA = {
  title: 'an IAM role name or ARN',
  description:
    'An existing IAM role the containers run as, by name (`app-task`) or ARN (`arn:aws:iam::123456789012:role/app-task`), instead of a task role composeform creates.',
  type: 'string',
  pattern: ROLE,
} as const satisfies DescribedSchema

/** `x-aws-execution_role` (project, service): an existing role ECS starts the tasks with, instead of a created one. */
export const EXECUTION_ROLE_SCHEMA = {
  title: 'an IAM role name or ARN',
  description:
    'An existing IAM role ECS starts the tasks with (pulls the image, writes logs, reads the secrets), by name (`ecsTaskExecutionRole`) or ARN, instead of an execution role composeform creates.',
  type: 'string',
  pattern: ROLE,
} as const satisfies DescribedSchema
