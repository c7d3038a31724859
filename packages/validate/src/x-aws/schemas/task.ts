import type { DescribedSchema } from './json-schema.js'

/** `x-aws-task` (service): run this service as a container in another service's task. */
export const TASK_SCHEMA = {
  title: 'a service name',
  description:
    'The service whose task this service joins as a sidecar container, sharing its network (localhost), size and ECS service, such as `x-aws-task: web`; `network_mode: service:web` means the same.',
  type: 'string',
  pattern: '^[a-zA-Z0-9._-]+$',
} as const satisfies DescribedSchema
