import { arnPrefix, whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

const VPC_ID = 'vpc-[0-9a-f]{8,17}'

/** `x-aws-vpc` (top level): the VPC to deploy into, by id or ARN. */
export const VPC_SCHEMA = {
  title: 'a VPC id or a VPC ARN',
  description:
    "The existing VPC to deploy into, by id such as `vpc-0123456789abcdef0` or by ARN such as `arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0123456789abcdef0`; it becomes the default of the template's `VpcId` parameter, which must otherwise be given at deploy time.",
  type: 'string',
  pattern: whole(VPC_ID, `${arnPrefix('ec2')}vpc/${VPC_ID}`),
} as const satisfies DescribedSchema
