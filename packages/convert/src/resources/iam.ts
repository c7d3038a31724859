import { ref, sub, type Value } from '@composeform/model'

/** A role document letting ECS tasks assume the role. */
export const ecsTasksAssumeRole: Value = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
}

/** The ARN of an AWS-managed policy, in whatever partition the stack runs in. */
export function managedPolicy(name: string): Value {
  return sub('arn:', { $ref: 'AWS::Partition' }, `:iam::aws:policy/${name}`)
}

// An inline policy of one statement allowing `actions` on `resource` (one or a list).
function allowPolicy(policyName: string, actions: readonly string[], resource: Value): Value {
  return { PolicyName: policyName, PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...actions], Resource: resource }] } }
}

/**
 * An inline policy letting a role read exactly the given Secrets Manager secrets. No
 * `kms:Decrypt`: secrets encrypted with the AWS-managed key need none, and composeform
 * never creates a secret with a customer key.
 */
export function readSecretsPolicy(policyName: string, resources: readonly Value[]): Value {
  return allowPolicy(policyName, ['secretsmanager:GetSecretValue'], [...resources])
}

/**
 * The task-role policy ECS Exec needs: the Systems Manager message channels. `*` is the only
 * resource these actions take (AWS defines no resource type for them).
 */
export function execPolicy(policyName: string): Value {
  return allowPolicy(policyName, ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'], '*')
}

/** An inline policy letting a role read exactly the given SSM parameters (external configs). */
export function readParametersPolicy(policyName: string, resources: readonly Value[]): Value {
  return allowPolicy(policyName, ['ssm:GetParameters'], [...resources])
}

/**
 * The execution-role policy `awslogs-create-group` needs: creating exactly the named log
 * groups, each in its `awslogs-region` or the stack's. The managed execution policy has no
 * `logs:CreateLogGroup`.
 */
export function createLogGroupsPolicy(policyName: string, groups: readonly { readonly name: string; readonly region?: string }[]): Value {
  return allowPolicy(
    policyName,
    ['logs:CreateLogGroup'],
    groups.map((g) => sub('arn:', ref('AWS::Partition'), ':logs:', g.region ?? ref('AWS::Region'), ':', ref('AWS::AccountId'), `:log-group:${g.name}:*`)),
  )
}
