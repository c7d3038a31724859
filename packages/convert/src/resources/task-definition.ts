import { ref, type ComposeService, type LogicalId, type Value } from '@composeform/model'
import type { EcsService } from '@composeform/validate'
import type { GraphBuilder } from '../graph-builder.js'
import type { SecretDelivery } from '../secret-delivery.js'
import { PROJECT_TAG, SERVICE_TAG, tags } from '../tags.js'
import { containerDefinition } from './container-definition.js'
import { ecsTasksAssumeRole, execPolicy, managedPolicy, readParametersPolicy, readSecretsPolicy } from './iam.js'
import { secretsInitContainer, secretsMainContainerParts } from './secrets-init-container.js'
import type { ServiceVolumes } from './service-volumes.js'

/** How a service's secrets are delivered, and the image of the init container that writes them. */
export interface TaskSecrets {
  delivery: SecretDelivery
  initImage: string
}

/**
 * The task definition of a service with its roles: `<S>TaskExecutionRole` (pull the image,
 * write logs, read the private-registry secret and the service's secrets — nothing else),
 * and `<S>TaskRole` only when the service asks for permissions (`x-aws-role`,
 * `x-aws-policies`). With secrets, the task also has their volumes and the init container
 * that writes them, which the main container waits for. With volumes, the task mounts them
 * and the task role may mount exactly those file systems.
 */
export function addTaskDefinition(
  base: string,
  name: string,
  service: ComposeService,
  ecs: EcsService,
  projectName: string,
  builder: GraphBuilder,
  secrets?: TaskSecrets,
  volumes?: ServiceVolumes,
): LogicalId {
  const origin = ['services', name]
  const serviceTags = tags([PROJECT_TAG, projectName], [SERVICE_TAG, name])
  const pull = service['x-aws-pull_credentials']
  const executionPolicies: Value[] = []
  if (typeof pull === 'string') executionPolicies.push(readSecretsPolicy(`${base}PullCredentials`, [pull]))
  if (secrets && secrets.delivery.policyResources.length > 0) executionPolicies.push(readSecretsPolicy(`${base}Secrets`, secrets.delivery.policyResources))
  if (secrets && secrets.delivery.parameterResources.length > 0) executionPolicies.push(readParametersPolicy(`${base}Configs`, secrets.delivery.parameterResources))
  builder.add({
    id: `${base}TaskExecutionRole`,
    type: 'AWS::IAM::Role',
    properties: {
      AssumeRolePolicyDocument: ecsTasksAssumeRole,
      ManagedPolicyArns: [managedPolicy('service-role/AmazonECSTaskExecutionRolePolicy')],
      ...(executionPolicies.length > 0 ? { Policies: executionPolicies } : {}),
      Tags: serviceTags,
    },
    dependsOn: [],
    origin,
  })
  const role = service['x-aws-role']
  const policies = Array.isArray(service['x-aws-policies']) ? (service['x-aws-policies'] as string[]) : []
  const inlinePolicies: Value[] = [...(role ? [{ PolicyName: `${base}Policy`, PolicyDocument: role as Value }] : []), ...(volumes?.taskRolePolicies ?? []), ...(ecs.enableExecuteCommand ? [execPolicy(`${base}ExecPolicy`)] : [])]
  const hasTaskRole = (role !== undefined && role !== null) || policies.length > 0 || inlinePolicies.length > 0
  if (hasTaskRole) {
    builder.add({
      id: `${base}TaskRole`,
      type: 'AWS::IAM::Role',
      properties: {
        AssumeRolePolicyDocument: ecsTasksAssumeRole,
        ...(policies.length > 0 ? { ManagedPolicyArns: policies } : {}),
        ...(inlinePolicies.length > 0 ? { Policies: inlinePolicies } : {}),
        Tags: serviceTags,
      },
      dependsOn: [],
      origin,
    })
  }
  const id = `${base}TaskDefinition`
  const main: Record<string, Value> = secrets
    ? { ...containerDefinition(name, service, ecs, projectName), ...secretsMainContainerParts(name, secrets.delivery) }
    : containerDefinition(name, service, ecs, projectName)
  if (ecs.gpu) main.ResourceRequirements = [{ Type: 'GPU', Value: String(ecs.gpu.count) }]
  if (volumes && volumes.mountPoints.length > 0) main.MountPoints = [...((main.MountPoints as Value[] | undefined) ?? []), ...volumes.mountPoints]
  const taskVolumes: Value[] = [...(secrets ? secrets.delivery.mounts.map((m) => ({ Name: m.volume })) : []), ...(volumes?.taskVolumes ?? [])]
  builder.add({
    id,
    type: 'AWS::ECS::TaskDefinition',
    properties: {
      Family: `${projectName}-${name}`,
      Cpu: String(ecs.cpu),
      Memory: String(ecs.memory),
      NetworkMode: 'awsvpc',
      RequiresCompatibilities: [ecs.launchType],
      ...(ecs.ephemeralStorageGiB !== undefined ? { EphemeralStorage: { SizeInGiB: ecs.ephemeralStorageGiB } } : {}),
      RuntimePlatform: { CpuArchitecture: ecs.runtimePlatform.cpuArchitecture, OperatingSystemFamily: ecs.runtimePlatform.operatingSystemFamily },
      ExecutionRoleArn: ref(`${base}TaskExecutionRole`, 'Arn'),
      ...(hasTaskRole ? { TaskRoleArn: ref(`${base}TaskRole`, 'Arn') } : {}),
      ContainerDefinitions: secrets ? [main, secretsInitContainer(name, secrets.delivery, secrets.initImage, projectName)] : [main],
      ...(taskVolumes.length > 0 ? { Volumes: taskVolumes } : {}),
      Tags: serviceTags,
    },
    dependsOn: [],
    origin,
  })
  return id
}
