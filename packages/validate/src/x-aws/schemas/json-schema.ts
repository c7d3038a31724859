/** A JSON-schema type name. */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object'

/** A JSON scalar, as `enum` and `const` list them. */
export type JsonScalar = string | number | boolean | null

/** A relative JSON pointer to a sibling value (ajv's `$data`), e.g. `{ $data: '1/max' }`. */
export interface DataReference {
  readonly $data: string
}

/**
 * The part of JSON Schema (draft-07, as ajv compiles it) the `x-aws-*` schemas use. Two
 * annotations are worded for people, because messages and hints are built from them:
 *
 * - `title` is a noun phrase that follows "must be", e.g. "a VPC id or a VPC ARN"; it names
 *   the value in messages instead of the type or pattern.
 * - `description` is one or two sentences ending with `.`; it is the hint when a value breaks
 *   the schema and nothing more specific applies.
 */
export interface JsonSchema {
  readonly title?: string
  readonly description?: string
  readonly type?: JsonType | readonly JsonType[]
  readonly enum?: readonly JsonScalar[]
  readonly const?: JsonScalar
  readonly pattern?: string
  readonly minLength?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number | DataReference
  readonly items?: JsonSchema
  readonly minItems?: number
  readonly maxItems?: number
  readonly uniqueItems?: boolean
  readonly properties?: { readonly [key: string]: JsonSchema }
  readonly additionalProperties?: boolean | JsonSchema
  readonly minProperties?: number
  readonly propertyNames?: JsonSchema
  readonly required?: readonly string[]
  readonly anyOf?: readonly JsonSchema[]
  readonly oneOf?: readonly JsonSchema[]
  readonly if?: JsonSchema
  readonly then?: JsonSchema
}

/** A schema with the `description` every extension's root schema must have. */
export type DescribedSchema = JsonSchema & { readonly description: string }
