import type { AnySchemaObject, ErrorObject } from 'ajv'
import { pointerSegments } from './instance-path.js'
import { ownValue } from './json-value.js'
import { localRefResolver, type SchemaObject } from './schema-node.js'

/**
 * Gives an ajv error what ajv's `verbose` option would have: `schema` (the failing keyword's
 * value), `parentSchema` (the schema holding that keyword) and `data` (the value at
 * `instancePath`). The validators are compiled without `verbose`, which would add these three
 * to every error site of the generated code; they are looked up here, once an error is
 * reported, from its `schemaPath` in `root` and its `instancePath` in `document`.
 *
 * `schemaPath` must be absolute within `root`: the compose-spec generator rewrites ajv's
 * definition-relative paths (see generate-schema-validator.mjs), and the `x-aws-*` schemas
 * have no `$ref`s.
 */
export function withErrorContext(error: ErrorObject, root: SchemaObject, document: unknown): ErrorObject {
  const cut = error.schemaPath.lastIndexOf('/')
  // A schema object by construction: an error's schemaPath is the path of the schema holding
  // the keyword, and the generators check that each one resolves to an object.
  const parentSchema = localRefResolver(root)(error.schemaPath.slice(0, cut)) as AnySchemaObject
  const schema = ownValue(parentSchema, error.schemaPath.slice(cut + 1))
  let data: unknown = document
  for (const segment of pointerSegments(error.instancePath)) data = ownValue(data, segment)
  // Under `propertyNames`, ajv checks the key itself: the error sits at the object, its data is the name.
  if (typeof error.propertyName === 'string') data = error.propertyName
  return { ...error, schema, parentSchema, data }
}
