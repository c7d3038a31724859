import type { DescribedSchema } from './json-schema.js'

/** `x-aws-exec` (top level as the default, or per service): ECS Exec into running tasks. */
export const EXEC_SCHEMA = {
  title: 'true or false',
  description: 'Enables ECS Exec (`aws ecs execute-command`) into the service\'s running containers, such as `x-aws-exec: true`; the task role gets the Systems Manager channel permissions it needs.',
  type: 'boolean',
} as const satisfies DescribedSchema
