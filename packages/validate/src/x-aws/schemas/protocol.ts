import type { DescribedSchema } from './json-schema.js'

/**
 * `x-aws-protocol` (a service port in long syntax): how the load balancer treats the port.
 * Docker took any value other than `http`/`https` as "not HTTP"; we list the meaningful ones
 * and reject the rest, so a typo cannot silently switch the project to a network load balancer.
 */
export const PROTOCOL_SCHEMA = {
  description:
    'How the load balancer treats the port: `http`, `https` or `grpc` need an application load balancer, `tcp` or `udp` a network one; without it, ports 80 and 443 count as HTTP.',
  type: 'string',
  enum: ['http', 'https', 'grpc', 'tcp', 'udp'],
} as const satisfies DescribedSchema
