import { boundedName, literal, ref, type LiteralJson, type LogicalId, type Value } from '@composeform/model'
import type { GraphBuilder } from '../graph-builder.js'
import { normalizeName } from '../logical-id.js'
import type { TaskDelivery } from '../task-delivery.js'
import { PROJECT_TAG, SERVICE_TAG, tags } from '../tags.js'
import { containerDefinition } from './container-definition.js'
import type { ReportProblem } from '../report-problem.js'
import { reportRoleNeeds, roleArn } from './existing-role.js'
import { createLogGroupsPolicy, ecsTasksAssumeRole, execPolicy, managedPolicy, readParametersPolicy, readSecretsPolicy } from './iam.js'
import { secretsContainerParts, secretsInitContainer } from './secrets-init-container.js'
import type { ServiceVolumes } from './service-volumes.js'
import { containerDependsOn, containerResources, isEssential, type TaskMember } from './task-members.js'

/** How a service's secrets are delivered, and the image of the init container that writes them. */
export interface TaskSecrets {
  delivery: TaskDelivery
  initImage: string
}

/**
 * The task definition of a service with its roles: `<S>TaskExecutionRole` (pull the image,
 * write logs, read the private-registry secret and the service's secrets, create the log
 * groups `awslogs-create-group` asks for — nothing else),
 * and `<S>TaskRole` only when the service asks for permissions (`x-aws-role`,
 * `x-aws-policies`). With secrets, the task also has their volumes and the init container
 * that writes them, which the main container waits for. With volumes, the task mounts them
 * and the task role may mount exactly those file systems. A task with an existing role
 * (`x-aws-task_role`, `x-aws-execution_role`) gets no role of that kind; what composeform
 * would have granted the created one is reported (`report`), as are two mounts at one path.
 */
export function addTaskDefinition(base: string, members: readonly TaskMember[], projectName: string, builder: GraphBuilder, report: ReportProblem, secrets?: TaskSecrets, volumes?: ServiceVolumes): LogicalId {
  const { name, ecs } = members[0]!
  const origin = ['services', name]
  const serviceTags = tags([PROJECT_TAG, projectName], [SERVICE_TAG, name])
  const pulls = [...new Set(members.flatMap((m) => (typeof m.service['x-aws-pull_credentials'] === 'string' ? [m.service['x-aws-pull_credentials'] as string] : [])))]
  const executionPolicies: Value[] = []
  if (pulls.length > 0) executionPolicies.push(readSecretsPolicy(`${base}PullCredentials`, pulls))
  const init = secrets?.delivery.init
  if (init && init.policyResources.length > 0) executionPolicies.push(readSecretsPolicy(`${base}Secrets`, init.policyResources))
  if (init && init.parameterResources.length > 0) executionPolicies.push(readParametersPolicy(`${base}Configs`, init.parameterResources))
  const createdLogGroups = members.flatMap(({ service }) => {
    const options = service.logging?.options ?? {}
    const name = options['awslogs-group']
    return options['awslogs-create-group'] === 'true' && name !== undefined ? [{ name, ...(options['awslogs-region'] !== undefined ? { region: options['awslogs-region'] } : {}) }] : []
  })
  // Sidecars may write to their owner's group: each group once.
  const uniqueLogGroups = [...new Map(createdLogGroups.map((g) => [`${g.region ?? ''} ${g.name}`, g])).values()]
  if (uniqueLogGroups.length > 0) executionPolicies.push(createLogGroupsPolicy(`${base}CreateLogGroup`, uniqueLogGroups))
  if (ecs.executionRole) {
    reportRoleNeeds(ecs.executionRole, `\`${name}\`'s tasks start with the existing execution role`, executionPolicies, projectName, report)
  } else {
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
  }
  // The task role is shared by the task's containers: it holds what each asks for.
  const roles = members.flatMap((m) => (m.service['x-aws-role'] ? [{ PolicyName: `${normalizeName(m.name)}Policy`, PolicyDocument: literal(m.service['x-aws-role'] as LiteralJson) }] : []))
  const policies = [...new Set(members.flatMap((m) => (Array.isArray(m.service['x-aws-policies']) ? (m.service['x-aws-policies'] as string[]) : [])))]
  const inlinePolicies: Value[] = [...roles, ...(volumes?.taskRolePolicies ?? []), ...(ecs.enableExecuteCommand ? [execPolicy(`${base}ExecPolicy`)] : [])]
  const hasTaskRole = ecs.taskRole === undefined && (policies.length > 0 || inlinePolicies.length > 0)
  // The checker made `x-aws-role` and `x-aws-policies` errors next to an existing task role.
  if (ecs.taskRole) reportRoleNeeds(ecs.taskRole, `\`${name}\`'s containers run as the existing task role`, inlinePolicies, projectName, report)
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
  const grouped = members.length > 1
  const containers = members.map((member) => {
    const c: Record<string, Value> = { ...containerDefinition(member.name, member.service, member.ecs, projectName), ...(grouped ? containerResources(member) : {}) }
    if (!isEssential(member, members)) c.Essential = false
    if (member.ecs.gpu) c.ResourceRequirements = [{ Type: 'GPU', Value: String(member.ecs.gpu.count) }]
    const own = secrets?.delivery.containers.get(member.name)
    const parts = own ? secretsContainerParts(name, own) : { MountPoints: [], DependsOn: [], Secrets: [] }
    const mountPoints = [...parts.MountPoints, ...(volumes?.mountPoints.get(member.name) ?? [])]
    reportMountConflicts(member, mountPoints, report)
    const dependsOn = [...parts.DependsOn, ...containerDependsOn(member, members)]
    if (parts.Secrets.length > 0) c.Secrets = parts.Secrets
    if (mountPoints.length > 0) c.MountPoints = mountPoints
    if (dependsOn.length > 0) c.DependsOn = dependsOn
    return c
  })
  const taskVolumes: Value[] = [...(init ? init.mounts.map((m) => ({ Name: m.volume })) : []), ...(volumes?.taskVolumes ?? [])]
  builder.add({
    id,
    type: 'AWS::ECS::TaskDefinition',
    properties: {
      Family: boundedName(`${projectName}-${name}`, 255),
      Cpu: String(ecs.cpu),
      Memory: String(ecs.memory),
      NetworkMode: 'awsvpc',
      RequiresCompatibilities: [ecs.launchType],
      ...(ecs.ephemeralStorageGiB !== undefined ? { EphemeralStorage: { SizeInGiB: ecs.ephemeralStorageGiB } } : {}),
      RuntimePlatform: { CpuArchitecture: ecs.runtimePlatform.cpuArchitecture, OperatingSystemFamily: ecs.runtimePlatform.operatingSystemFamily },
      ExecutionRoleArn: ecs.executionRole ? roleArn(ecs.executionRole.role) : ref(`${base}TaskExecutionRole`, 'Arn'),
      ...(ecs.taskRole ? { TaskRoleArn: roleArn(ecs.taskRole.role) } : hasTaskRole ? { TaskRoleArn: ref(`${base}TaskRole`, 'Arn') } : {}),
      ContainerDefinitions: secrets && init && init.files.length > 0 ? [...containers, secretsInitContainer(name, init, secrets.initImage, projectName)] : containers,
      ...(taskVolumes.length > 0 ? { Volumes: taskVolumes } : {}),
      Tags: serviceTags,
    },
    dependsOn: [],
    origin,
  })
  return id
}

// Docker refuses a container with two mounts at one path: a volume where the secrets' or
// configs' files are delivered (`/run/secrets`, or a target's directory).
function reportMountConflicts(member: TaskMember, mountPoints: readonly Value[], report: ReportProblem): void {
  const seen = new Map<string, string>()
  for (const point of mountPoints as readonly { SourceVolume: string; ContainerPath: string }[]) {
    const other = seen.get(point.ContainerPath)
    if (other === undefined) {
      seen.set(point.ContainerPath, point.SourceVolume)
      continue
    }
    const index = (member.service.volumes ?? []).findIndex((v) => v.target === point.ContainerPath)
    report(
      'MOUNT_PATH_CONFLICT',
      ['services', member.name, ...(index >= 0 ? ['volumes', index] : [])],
      `\`${member.name}\` mounts two things at \`${point.ContainerPath}\` (\`${other}\` and \`${point.SourceVolume}\`): one is where its secrets or configs are written, and a container path takes one mount.`,
      'Mount the volume at another path, or give the secrets or configs a `target` in another directory.',
    )
  }
}
