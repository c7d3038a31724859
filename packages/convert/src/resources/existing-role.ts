import { isPseudo, ref, sub, type Value } from '@composeform/model'
import type { ExistingRole } from '@composeform/validate'
import type { ReportProblem } from '../report-problem.js'
import { PROJECT_TAG } from '../tags.js'

/** The ARN of an existing role written as a name or an ARN; a name is a role in the stack's own account. */
export function roleArn(role: string): Value {
  return role.startsWith('arn:') ? role : sub('arn:', ref('AWS::Partition'), ':iam::', ref('AWS::AccountId'), `:role/${role}`)
}

/**
 * Reports the inline policies composeform would have given a role it created, when the task
 * uses `existing` instead: `who` (e.g. "`web`'s containers run as the existing task role") and what each statement
 * allows, so that the role's owner can grant exactly that.
 */
export function reportRoleNeeds(existing: ExistingRole, who: string, policies: readonly Value[], projectName: string, report: ReportProblem): void {
  const statements = policies.flatMap(statementsOf)
  if (statements.length === 0) return
  // Statements with the same actions (the pull credentials' and the secrets') read as one.
  const byActions = new Map<string, string[]>()
  for (const s of statements) {
    const actions = listOf(s['Action']).map(String).join(', ')
    byActions.set(actions, [...(byActions.get(actions) ?? []), ...listOf(s['Resource']).map(describeResource)])
  }
  const needs = [...byActions].map(([actions, resources]) => `${actions} on ${[...new Set(resources)].join(', ')}`)
  const created = statements.some((s) => listOf(s['Resource']).some(isStackResource))
  const key = existing.origin[existing.origin.length - 1]
  report(
    'EXISTING_ROLE_PERMISSIONS',
    existing.origin,
    `${who} \`${existing.role}\`, which composeform does not change; it must allow ${needs.join('; ')}.`,
    `Allow these on \`${existing.role}\` in IAM${created ? ` (what this stack creates is tagged \`${PROJECT_TAG}: ${projectName}\`, which a policy condition can match)` : ''}, or remove \`${key}\` to let composeform create a role that has them.`,
  )
}

type Statement = { readonly [key: string]: Value }

function statementsOf(policy: Value): Statement[] {
  const document = field(policy, 'PolicyDocument')
  return listOf(field(document, 'Statement')).filter((s): s is Statement => s !== null && typeof s === 'object' && !Array.isArray(s))
}

function field(value: Value | undefined, key: string): Value | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { readonly [key: string]: Value })[key] : undefined
}

function listOf(value: Value | undefined): readonly Value[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value as Value]
}

function isStackResource(value: Value): boolean {
  const id = field(value, '$ref')
  return typeof id === 'string' && !isPseudo(id)
}

// A resource as the role's owner will find it: an ARN as written, a resource of this stack by
// its logical id, a `Fn::Sub` with its `${…}` parts.
function describeResource(value: Value): string {
  if (typeof value === 'string') return value === '*' ? '*' : `\`${value}\``
  const id = field(value, '$ref')
  if (typeof id === 'string') return isPseudo(id) ? `\${${id}}` : `this stack's \`${id}\``
  const parts = field(value, '$sub')
  if (Array.isArray(parts)) return `\`${parts.map((p) => (typeof p === 'string' ? p : `\${${field(p, '$ref')}}`)).join('')}\``
  return 'a value known when the stack is deployed'
}
