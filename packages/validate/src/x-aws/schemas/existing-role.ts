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
    "An existing IAM role the service's containers run as (its task role), by name such as `app-task` or by ARN such as `arn:aws:iam::123456789012:role/app-task`; composeform then creates no task role and changes nothing on this one.",
  type: 'string',
  pattern: ROLE,
} as const satisfies DescribedSchema

/** `x-aws-execution_role` (project, service): an existing role ECS starts the tasks with, instead of a created one. */
export const EXECUTION_ROLE_SCHEMA = {
  title: 'an IAM role name or ARN',
  description:
    "An existing IAM role ECS starts the service's tasks with (its task execution role: pull the image, write logs, read the secrets), by name such as `ecsTaskExecutionRole` or by ARN; composeform then creates no execution role and changes nothing on this one.",
  type: 'string',
  pattern: ROLE,
} as const satisfies DescribedSchema
