import { PARTITION, whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

/** `x-aws-policies` (service): IAM managed policies attached to the task role. */
export const POLICIES_SCHEMA = {
  title: 'a list of IAM managed policy ARNs',
  description:
    "IAM managed policies to attach to the service's task role, such as `[arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]`.",
  type: 'array',
  uniqueItems: true,
  items: {
    title: 'an IAM managed policy ARN',
    description:
      'An AWS managed policy such as `arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess`, or one of your own such as `arn:aws:iam::123456789012:policy/app-access`.',
    type: 'string',
    // IAM is global: no region, and the account is `aws` for AWS managed policies.
    pattern: whole(`arn:${PARTITION}:iam::(?:aws|[0-9]{12}):policy/[A-Za-z0-9+=,.@_/-]+`),
  },
} as const satisfies DescribedSchema
