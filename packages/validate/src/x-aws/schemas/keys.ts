import type { DescribedSchema } from './json-schema.js'

/** `x-aws-keys` (top-level secret): which keys of a JSON secret become files. */
export const KEYS_SCHEMA = {
  title: 'a key name or a list of key names',
  description:
    'Which keys of a JSON secret to write as separate files under `/run/secrets/<secret>/`, such as `[username, password]`; with `*` (every key, only known at deploy time) the whole value stays one file.',
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
  ],
} as const satisfies DescribedSchema
