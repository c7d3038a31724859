import { isRecord } from '@composeform/model'
import type { ExtensionIssue } from './extension-issue.js'
import { subject, type IssuePath } from './wording.js'

// Each pair: a statement of a role's (identity) policy names exactly one of the two.
const ONE_OF = [
  ['Action', 'NotAction'],
  ['Resource', 'NotResource'],
] as const

// IAM's condition operators, with their set prefixes and `IfExists` (IAM JSON policy
// reference); IAM refuses a policy naming any other. Matched regardless of case, so that only
// what IAM certainly refuses is reported.
const OPERATOR = /^(for(allvalues|anyvalue):)?((string(not)?(equals(ignorecase)?|like)|(numeric|date)(not)?equals|(numeric|date)(less|greater)than(equals)?|bool|binaryequals|(not)?ipaddress|arn(not)?(equals|like))(ifexists)?|null)$/i

/**
 * What IAM refuses in the statements of an `x-aws-role` document that its schema lets through:
 * a statement without `Action` or `NotAction`, or with both (likewise `Resource` and
 * `NotResource`), a `Sid` given twice, and a `Condition` operator IAM does not have or whose
 * value is not a mapping of condition keys.
 */
export function policyStatementIssues(at: IssuePath, document: unknown): ExtensionIssue[] {
  const issues: ExtensionIssue[] = []
  const statement = isRecord(document) ? document['Statement'] : undefined
  const list = Array.isArray(statement) ? statement : [statement]
  const sids = new Map<unknown, number>()
  list.forEach((item: unknown, i) => {
    if (!isRecord(item)) return
    const path = Array.isArray(statement) ? [...at, 'Statement', i] : [...at, 'Statement']
    for (const [a, b] of ONE_OF) {
      const both = a in item && b in item
      if (both || !(a in item || b in item)) {
        const message = `${subject(path)} ${both ? `has both \`${a}\` and \`${b}\`` : `has neither \`${a}\` nor \`${b}\``}; IAM takes a statement with one of them.`
        issues.push({ code: 'X_AWS_INVALID', severity: 'error', path, atKey: false, message, hint: `Give the statement \`${a}\` (or \`${b}\`), not both.` })
      }
    }
    const condition = item['Condition']
    for (const [operator, keys] of Object.entries(isRecord(condition) ? condition : {})) {
      const known = OPERATOR.test(operator)
      if (known && isRecord(keys)) continue
      const message = known ? `${subject([...path, 'Condition', operator])} must be a mapping of condition keys.` : `\`${operator}\` is not an IAM condition operator; IAM refuses the policy.`
      issues.push({ code: 'X_AWS_INVALID', severity: 'error', path: [...path, 'Condition', operator], atKey: !known, message, hint: 'Write an IAM operator (`StringEquals`, `ArnLike`, `Bool`, …) with a mapping of condition keys: `{StringEquals: {aws:SourceVpc: vpc-1234}}`.' })
    }
    const sid = item['Sid']
    const first = sids.get(sid)
    if (sid !== undefined && first !== undefined) {
      issues.push({ code: 'X_AWS_INVALID', severity: 'error', path: [...path, 'Sid'], atKey: false, message: `\`Sid: ${sid}\` names statement ${first + 1} already; IAM takes each \`Sid\` once per policy.`, hint: 'Give each statement its own `Sid`, or leave it out.' })
    } else sids.set(sid, i)
  })
  return issues
}
