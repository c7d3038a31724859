import { withErrorContext } from '@composeform/model'
import { validators } from '../generated/x-aws-validators.js'
import { collapseErrors, type Finding } from './collapse-errors.js'
import { findingToIssue } from './error-to-issue.js'
import type { ExtensionIssue } from './extension-issue.js'
import { nonFiniteIssues } from './non-finite.js'
import { policyStatementIssues } from './policy-statements.js'
import { AWS_EXTENSIONS, type AwsExtensionName } from './schemas/index.js'
import { ownValue } from '@composeform/model'
import type { IssuePath } from './wording.js'

/**
 * Checks the value of extension `name`, written at `at`, against its precompiled schema.
 * Returns one issue per problem, at the deepest path that shows it, in document order; none
 * when the value is valid.
 */
export function checkExtensionValue(name: AwsExtensionName, at: IssuePath, value: unknown): ExtensionIssue[] {
  const validate = validators[name]
  const context = { at, value, description: AWS_EXTENSIONS[name].schema.description }
  if (validate(value)) return name === 'x-aws-role' ? [...policyStatementIssues(at, value), ...nonFiniteIssues(at, value)] : nonFiniteIssues(at, value)
  const { schema } = AWS_EXTENSIONS[name]
  const findings = collapseErrors((validate.errors ?? []).map((error) => withErrorContext(error, schema, value)))
  const mistyped = new Set(findings.filter(isTypeFinding).map((finding) => finding.error.instancePath))
  const seen = new Set<string>()
  const issues = findings.flatMap((finding) => {
    // Once a value has the wrong type, its other complaints ("must be at most 100") are noise.
    if (!isTypeFinding(finding) && mistyped.has(finding.error.instancePath)) return []
    const issue = findingToIssue(finding, context)
    const key = JSON.stringify([issue.path, issue.atKey, issue.message])
    if (seen.has(key)) return []
    seen.add(key)
    return [issue]
  })
  // Where the schema already refused the value (`must be an integer, not \`Infinity\``), once is enough.
  const reported = new Set(issues.map((issue) => JSON.stringify(issue.path)))
  const nonFinite = nonFiniteIssues(at, value).filter((issue) => !reported.has(JSON.stringify(issue.path)))
  return sortInDocumentOrder([...issues, ...nonFinite], at.length, value)
}

function isTypeFinding(finding: Finding): boolean {
  return finding.kind === 'wrong-type' || (finding.kind === 'error' && finding.error.keyword === 'type')
}

// Orders issues as their paths appear in the value: keys in the mapping's order, list items by
// index, a mapping before what is inside it. The sort is stable, so ties keep ajv's order.
function sortInDocumentOrder(issues: ExtensionIssue[], skip: number, value: unknown): ExtensionIssue[] {
  const positions = (path: readonly (string | number)[]): number[] => {
    const out: number[] = []
    let node = value
    for (const part of path.slice(skip)) {
      out.push(typeof part === 'number' ? part : positionOfKey(node, part))
      node = ownValue(node, part)
    }
    return out
  }
  const keyed = issues.map((issue) => ({ issue, at: positions(issue.path) }))
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.min(a.at.length, b.at.length); i++) {
      if (a.at[i] !== b.at[i]) return a.at[i]! - b.at[i]!
    }
    return a.at.length - b.at.length
  })
  return keyed.map(({ issue }) => issue)
}

function positionOfKey(node: unknown, key: string): number {
  const index = typeof node === 'object' && node !== null ? Object.keys(node).indexOf(key) : -1
  return index === -1 ? Number.MAX_SAFE_INTEGER : index
}
