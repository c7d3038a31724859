import type { DescribedSchema } from './json-schema.js'

const VARIABLE = '^[A-Za-z_][A-Za-z0-9_]*$'

/** `x-aws-env` (a service's secret, long syntax): deliver the secret as environment variables instead of a file. */
export const ENV_SCHEMA = {
  title: 'a variable name, or a mapping of variable names to JSON keys',
  description:
    'Delivers the secret as an environment variable (ECS `Secrets`) instead of a file: `x-aws-env: DB_PASSWORD` for the whole value, or `{DB_USER: username, DB_PASSWORD: password}` for keys of a JSON secret.',
  anyOf: [
    { type: 'string', pattern: VARIABLE },
    {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: VARIABLE },
      additionalProperties: { type: 'string', minLength: 1, description: 'A key of the JSON secret, such as `password`.' },
    },
  ],
} as const satisfies DescribedSchema
