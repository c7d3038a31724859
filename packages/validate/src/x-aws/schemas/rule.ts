import type { DescribedSchema, JsonSchema } from './json-schema.js'

// What an ALB rule condition accepts: up to 128 characters, `*` and `?` as wildcards.
const HOST = '^[A-Za-z0-9*?.-]{1,128}$'
const PATH = '^/[A-Za-z0-9_\\-.$/~"\'@:+&()!,;=*?%]{0,127}$'

function oneOrMore(title: string, pattern: string, description: string): JsonSchema {
  return {
    title: `${title} or a list of them`,
    description,
    anyOf: [
      { type: 'string', pattern },
      { type: 'array', minItems: 1, maxItems: 5, uniqueItems: true, items: { type: 'string', pattern } },
    ],
  }
}

/**
 * `x-aws-rule` (a service port in long syntax): the host names and paths an application load
 * balancer routes to this port, so several services can publish the same port.
 */
export const RULE_SCHEMA = {
  title: 'a `{host, path, priority}` mapping',
  description:
    'Routes only matching requests on the published port to this service, such as `{host: api.example.com}` or `{path: /api/*}`: several services may then publish the same port; `priority` (1–50000, lower first) overrides the automatic order.',
  type: 'object',
  properties: {
    host: oneOrMore('a host name', HOST, 'Host names to match, such as `api.example.com` or `*.example.com` (`*` and `?` are wildcards).'),
    path: oneOrMore('a path', PATH, 'Paths to match, starting with `/`, such as `/api/*` (`*` and `?` are wildcards).'),
    priority: { type: 'integer', minimum: 1, maximum: 50000, description: 'The rule\'s priority on its listener, such as `10`; lower numbers are evaluated first.' },
  },
  additionalProperties: false,
  anyOf: [{ required: ['host'] }, { required: ['path'] }],
} as const satisfies DescribedSchema
