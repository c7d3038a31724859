import type { DescribedSchema, JsonSchema } from './json-schema.js'

// What an ALB rule condition accepts: up to 128 characters, `*` and `?` as wildcards; a host
// name has a dot and only letters after the last one.
const HOST = '^[A-Za-z0-9*?-]+(\\.[A-Za-z0-9*?-]+)*\\.[A-Za-z*?]+$'
const PATH = '^/[A-Za-z0-9_\\-.$/~"\'@:+&()!,;=*?%]*$'

// An ALB rule compares at most three strings per condition and five in all.
function oneOrMore(title: string, pattern: string, description: string): JsonSchema {
  const text: JsonSchema = { title, description, type: 'string', maxLength: 128, pattern }
  return {
    title: `${title} or a list of up to three`,
    description,
    anyOf: [text, { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, items: text, description: `${description} A rule compares at most three per condition and five in all.` }],
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
  // Five strings per rule: three host names leave room for two paths.
  if: { properties: { host: { type: 'array', minItems: 3 } }, required: ['host'] },
  then: { properties: { path: { anyOf: [{ type: 'string' }, { type: 'array', maxItems: 2, description: 'With three host names a rule has room for two paths (five strings in all); route the rest on another port.' }] } } },
} as const satisfies DescribedSchema
