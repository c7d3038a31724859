import type { ExtensionIssue } from './extension-issue.js'
import { isRecord, NON_FINITE_HINT, showValue } from '@composeform/model'
import { subject, type IssuePath } from './wording.js'

/**
 * Infinity and NaN (YAML's `.inf`, `.nan`, `1e309`) anywhere in an extension's value, even
 * where its schema takes anything (the `x-aws-cloudformation` overlay): a template is JSON,
 * which has no such numbers, and `JSON.stringify` would quietly turn them into `null`, which
 * the overlay reads as "remove this key".
 */
export function nonFiniteIssues(at: IssuePath, value: unknown): ExtensionIssue[] {
  const issues: ExtensionIssue[] = []
  const visit = (node: unknown, path: IssuePath): void => {
    if (typeof node === 'number' && !Number.isFinite(node)) {
      issues.push({
        code: 'X_AWS_INVALID',
        severity: 'error',
        path,
        atKey: false,
        message: `${subject(path)} is ${showValue(node)}, which a CloudFormation template cannot hold.`,
        hint: NON_FINITE_HINT,
      })
    } else if (Array.isArray(node)) node.forEach((item: unknown, i) => visit(item, [...path, i]))
    else if (isRecord(node)) for (const key of Object.keys(node)) visit(Object.getOwnPropertyDescriptor(node, key)?.value, [...path, key])
  }
  visit(value, at)
  return issues
}
