import { ref, type ComposeService, type LogicalId, type Value } from '@composeform/model'
import type { EcsService } from '@composeform/validate'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, SERVICE_TAG, tags } from '../tags.js'
import { containerDefinition } from './container-definition.js'
import { ecsTasksAssumeRole, managedPolicy } from './iam.js'

/**
 * The task definition of a service with its roles: `<S>TaskExecutionRole` (pull the image,
 * write logs, read the private-registry secret — nothing else), and `<S>TaskRole` only when
 * the service asks for permissions (`x-aws-role`, `x-aws-policies`).
 */
export function addTaskDefinition(base: string, name: string, service: ComposeService, ecs: EcsService, projectName: string, builder: GraphBuilder): LogicalId {
  const origin = ['services', name]
  const serviceTags = tags([PROJECT_TAG, projectName], [SERVICE_TAG, name])
  const pull = service['x-aws-pull_credentials']
  builder.add({
    id: `${base}TaskExecutionRole`,
    type: 'AWS::IAM::Role',
    properties: {
      AssumeRolePolicyDocument: ecsTasksAssumeRole,
      ManagedPolicyArns: [managedPolicy('service-role/AmazonECSTaskExecutionRolePolicy')],
      ...(typeof pull === 'string'
        ? {
            Policies: [
              {
                PolicyName: `${base}PullCredentials`,
                PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [pull] }] },
              },
            ],
          }
        : {}),
      Tags: serviceTags,
    },
    dependsOn: [],
    origin,
  })
  const role = service['x-aws-role']
  const policies = Array.isArray(service['x-aws-policies']) ? (service['x-aws-policies'] as string[]) : []
  const hasTaskRole = (role !== undefined && role !== null) || policies.length > 0
  if (hasTaskRole) {
    builder.add({
      id: `${base}TaskRole`,
      type: 'AWS::IAM::Role',
      properties: {
        AssumeRolePolicyDocument: ecsTasksAssumeRole,
        ...(policies.length > 0 ? { ManagedPolicyArns: policies } : {}),
        ...(role ? { Policies: [{ PolicyName: `${base}Policy`, PolicyDocument: role as Value }] } : {}),
        Tags: serviceTags,
      },
      dependsOn: [],
      origin,
    })
  }
  const id = `${base}TaskDefinition`
  builder.add({
    id,
    type: 'AWS::ECS::TaskDefinition',
    properties: {
      Family: `${projectName}-${name}`,
      Cpu: String(ecs.cpu),
      Memory: String(ecs.memory),
      NetworkMode: 'awsvpc',
      RequiresCompatibilities: ['FARGATE'],
      RuntimePlatform: { CpuArchitecture: ecs.runtimePlatform.cpuArchitecture, OperatingSystemFamily: ecs.runtimePlatform.operatingSystemFamily },
      ExecutionRoleArn: ref(`${base}TaskExecutionRole`, 'Arn'),
      ...(hasTaskRole ? { TaskRoleArn: ref(`${base}TaskRole`, 'Arn') } : {}),
      ContainerDefinitions: [containerDefinition(name, service, ecs, projectName)],
      Tags: serviceTags,
    },
    dependsOn: [],
    origin,
  })
  return id
}
