import type { DescribedSchema } from './json-schema.js'

/** `x-aws-loadbalancer_scheme` (top level): whether the load balancer the template creates is reachable from the internet. */
export const LOADBALANCER_SCHEME_SCHEMA = {
  description:
    'Where the created load balancer is reachable from: `internet-facing` (the default) or `internal` (inside the VPC only; its listeners then accept the `LoadBalancerIngressCidr` parameter, such as the VPC\'s CIDR, instead of anywhere).',
  type: 'string',
  enum: ['internet-facing', 'internal'],
} as const satisfies DescribedSchema
