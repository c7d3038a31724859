import { describeValue, listOf, objectOf, type ParameterTable } from './describe-value.js'
import type { TemplateResource } from './template-resources.js'
import type { RoleReview, StatementReview } from './types.js'

/** An IAM role's managed policies and inline statements, as written in the template. */
export function reviewRole(role: TemplateResource, parameters: ParameterTable): RoleReview {
  const statements: StatementReview[] = listOf(role.properties['Policies']).flatMap((policy) =>
    listOf(objectOf(objectOf(policy)['PolicyDocument'])['Statement']).map((statement) => {
      const s = objectOf(statement)
      return {
        effect: describeValue(s['Effect'] ?? null, parameters),
        actions: listOf(s['Action'] ?? s['NotAction']).map((a) => describeValue(a, parameters)),
        resources: listOf(s['Resource'] ?? s['NotResource']).map((r) => describeValue(r, parameters)),
      }
    }),
  )
  return { id: role.id, managedPolicies: listOf(role.properties['ManagedPolicyArns']).map((p) => describeValue(p, parameters)), statements }
}
