import { arnPrefix, whole } from './aws-patterns.js'
import type { DescribedSchema } from './json-schema.js'

// ELBv2 names: 1–32 letters, digits and hyphens, not starting or ending with a hyphen.
const LOAD_BALANCER_NAME = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?'
// Only application and network load balancers can front ECS services the way the converter wires them.
const LOAD_BALANCER_ARN = `${arnPrefix('elasticloadbalancing')}loadbalancer/(?:app|net)/${LOAD_BALANCER_NAME}/[0-9a-f]{16}`

/** `x-aws-loadbalancer` (top level): an existing application or network load balancer, by name or ARN. */
export const LOADBALANCER_SCHEMA = {
  title: 'a load balancer name or ARN',
  description:
    'An existing application or network load balancer, by ARN such as `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/0123456789abcdef` (by name such as `web-lb`, the deployment must pass the ARN); without it, one is created when a service publishes ports.',
  type: 'string',
  pattern: whole(LOAD_BALANCER_NAME, LOAD_BALANCER_ARN),
} as const satisfies DescribedSchema
