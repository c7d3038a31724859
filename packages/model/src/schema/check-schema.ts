import { schema, validate } from '../generated/compose-spec-validator.js'
import { collapseErrors } from './collapse-errors.js'
import { withErrorContext } from './error-context.js'
import { findingToIssue } from './finding-to-issue.js'
import { pointerToPath } from './instance-path.js'
import { isNewerValueForm } from './newer-keys.js'
import { localRefResolver } from './schema-node.js'
import { dropRedundantIssues, sortIssues } from './tidy-issues.js'

/** The diagnostic codes schema validation reports (see `diagnosticCodes` and docs/diagnostics.md). */
export type SchemaIssueCode =
  | 'SCHEMA_TYPE'
  | 'SCHEMA_UNKNOWN_KEY'
  | 'SCHEMA_NEWER_KEY'
  | 'SCHEMA_REQUIRED'
  | 'SCHEMA_ENUM'
  | 'SCHEMA_VALUE'

/** One way a compose document breaks the compose-spec schema. */
export interface SchemaIssue {
  code: SchemaIssueCode
  /** Path into the document: object keys as strings, array indices as numbers. */
  path: (string | number)[]
  /** True when the issue is about the key at `path` itself (unknown key), not its value. */
  atKey: boolean
  /** One sentence, no position text, e.g. "`services.web.ports[0]` must be a number or a string, not a boolean". */
  message: string
  hint?: string
}

const resolve = localRefResolver(schema)

/**
 * Validates a plain JSON-shaped compose document (after merge and interpolation).
 *
 * Uses the ahead-of-time compiled validator (no `new Function`, so it runs under a strict
 * Content-Security-Policy). Each failing `oneOf`/`anyOf` becomes one issue, about the
 * alternative the value's type points to. Issues are sorted by path in document order. Keys
 * and value forms Docker Compose accepts but the vendored schema lacks (see `newer-keys.ts`)
 * give a `SCHEMA_NEWER_KEY` warning or nothing. Never throws for JSON-shaped input.
 */
export function checkSchema(document: unknown): SchemaIssue[] {
  let valid: boolean
  try {
    valid = validate(document)
  } catch (error) {
    return [unvalidatable(error)]
  }
  if (valid) return []
  const errors = (validate.errors ?? []).map((error) => withErrorContext(error, schema, document))
  const findings = collapseErrors(errors, {
    resolve,
    accept: (error) => isNewerValueForm(pointerToPath(error.instancePath, document), error.data),
  })
  const issues = findings.map((finding) => findingToIssue(finding, { document, resolve }))
  return sortIssues(dropRedundantIssues(issues), document)
}

// The validator recurses while comparing list items for `uniqueItems`, so two identical,
// absurdly deep items overflow the stack.
function unvalidatable(error: unknown): SchemaIssue {
  const why = error instanceof RangeError ? 'it is nested too deeply' : 'the validator failed'
  return {
    code: 'SCHEMA_VALUE',
    path: [],
    atKey: false,
    message: `The compose document could not be checked against the compose-spec schema because ${why}`,
  }
}
