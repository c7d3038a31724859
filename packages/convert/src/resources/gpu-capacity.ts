import { noValue, ref, type ComposeService, type LogicalId, type Reporter, type Value } from '@composeform/model'
import { ECS_RESERVED_MEMORY_MIB, taskCpuOf, taskMemoryOf, type EcsProject, type EcsService } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, SERVICE_TAG, tags } from '../tags.js'
import { managedPolicy } from './iam.js'

/** The public SSM parameter naming the current ECS GPU-optimised Amazon Linux 2023 AMI. */
export const GPU_AMI_PARAMETER = '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id'

/**
 * The resources that put the project's capacity providers on the cluster: one for the created
 * cluster, one for an existing one, each under its condition.
 */
const ASSOCIATIONS = [
  { id: 'ClusterCapacityProviders', condition: 'CreateCluster', cluster: ref('Cluster') },
  { id: 'ExistingClusterCapacityProviders', condition: 'UseExistingCluster', cluster: ref('ExistingCluster') },
] as const

/**
 * For a GPU service's `Metadata`: references to both associations, each guarded by its
 * condition, so the service waits for whichever exists (`DependsOn` may not name a
 * conditional resource).
 */
export const waitForClusterCapacityProviders: Value = ASSOCIATIONS.map((a) => ({ $if: [a.condition, ref(a.id), noValue] }))

/** The logical ID of a GPU service's capacity provider. */
export function gpuCapacityProviderId(base: string): LogicalId {
  return `${base}CapacityProvider`
}

/** The GPU services of a project, by name, sorted. */
export function gpuServices(project: EcsProject): string[] {
  return Object.keys(project.services)
    .filter((name) => project.services[name]!.gpu)
    .sort()
}

/**
 * The capacity providers the created `Cluster` lists itself: Fargate and Fargate Spot when a
 * service has a strategy and no service needs GPUs (with GPU services, the associations list
 * them all: a cluster's list has one owner). Undefined when the cluster lists none.
 */
export function clusterCapacityProviders(project: EcsProject): Value[] | undefined {
  const services = Object.values(project.services)
  return services.some((s) => s.capacityProviderStrategy) && !services.some((s) => s.gpu) ? ['FARGATE', 'FARGATE_SPOT'] : undefined
}

/**
 * The project-wide part of GPU capacity: the `GpuAmiId` parameter (an SSM parameter type, so
 * CloudFormation resolves the current GPU AMI at deploy time, not composeform at convert time),
 * `EC2InstanceRole` (the ECS agent's managed policy, and Systems Manager for access without
 * SSH) and `EC2InstanceProfile`.
 */
export function addGpuInstanceRole(projectName: string, builder: GraphBuilder): void {
  builder.parameter({
    id: 'GpuAmiId',
    type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
    description: 'SSM parameter holding the AMI of the GPU instances (the ECS GPU-optimised Amazon Linux 2023 AMI unless overridden).',
    default: GPU_AMI_PARAMETER,
  })
  builder.add({
    id: 'EC2InstanceRole',
    type: 'AWS::IAM::Role',
    properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      ManagedPolicyArns: [managedPolicy('service-role/AmazonEC2ContainerServiceforEC2Role'), managedPolicy('AmazonSSMManagedInstanceCore')],
      Tags: tags([PROJECT_TAG, projectName]),
    },
    dependsOn: [],
  })
  builder.add({ id: 'EC2InstanceProfile', type: 'AWS::IAM::InstanceProfile', properties: { Roles: [ref('EC2InstanceRole')] }, dependsOn: [] })
}

/**
 * The most instances a GPU service can need: its largest task count (replicas, or the
 * autoscaling maximum) at the peak of a rolling deployment, over the tasks one instance holds.
 */
export function gpuMaxInstances(service: ComposeService, ecs: EcsService): number {
  const gpu = ecs.gpu!
  const autoscalingMax = (service.deploy?.['x-aws-autoscaling'] as { max?: unknown } | undefined)?.max
  const tasks = Math.max(ecs.desiredCount, typeof autoscalingMax === 'number' ? autoscalingMax : 0, 1)
  const peak = Math.ceil((tasks * ecs.deployment.maximumPercent) / 100)
  const perInstance = Math.max(
    1,
    Math.min(Math.floor(gpu.instanceType.gpus / gpu.count), Math.floor(taskCpuOf(gpu.instanceType) / ecs.cpu), Math.floor(taskMemoryOf(gpu.instanceType) / ecs.memory)),
  )
  return Math.max(1, Math.ceil(peak / perInstance))
}

/**
 * The instance's user data: join the cluster with GPU support, keep memory for the system, keep
 * tasks away from instance metadata. Naming the cluster also makes the instances depend on it,
 * so deleting the stack removes them before the cluster (ECS refuses to delete a cluster with
 * registered instances).
 */
function userData(clusterName: Value): Value {
  return {
    $base64: {
      $join: [
        '',
        [
          "#!/bin/bash\ncat >> /etc/ecs/ecs.config <<'EOF'\nECS_CLUSTER=",
          clusterName,
          `\nECS_ENABLE_GPU_SUPPORT=true\nECS_RESERVED_MEMORY=${ECS_RESERVED_MEMORY_MIB}\nECS_AWSVPC_BLOCK_IMDS=true\nEOF\n`,
        ],
      ],
    },
  }
}

/** Whether GPU instances get a public IP: as the `AssignPublicIp` parameter (or literal) says. */
function instancePublicIp(env: DeployEnvironment, builder: GraphBuilder): Value {
  if (typeof env.assignPublicIp === 'string') return env.assignPublicIp === 'ENABLED'
  builder.condition({ id: 'AssignPublicIpEnabled', expression: { $equals: [env.assignPublicIp, 'ENABLED'] } })
  return { $if: ['AssignPublicIpEnabled', true, false] }
}

/**
 * The EC2 capacity of one GPU service: `<S>LaunchTemplate` (the GPU AMI, the chosen instance
 * type, IMDSv2 only, an encrypted root volume, the service's security groups and the project's
 * public-IP choice, user data joining
 * the cluster), `<S>AutoscalingGroup` (0 to the most instances the service can need, in the
 * `Subnets`) and `<S>CapacityProvider` (managed scaling and draining, so ECS starts instances
 * for pending tasks and moves tasks off an instance before it is removed). Returns the
 * capacity provider's logical ID.
 */
export function addGpuCapacity(
  base: string,
  name: string,
  service: ComposeService,
  ecs: EcsService,
  securityGroups: Value[],
  projectName: string,
  env: DeployEnvironment,
  builder: GraphBuilder,
): LogicalId {
  const origin = ['services', name]
  const serviceTags = tags([PROJECT_TAG, projectName], [SERVICE_TAG, name])
  const launchTemplate = `${base}LaunchTemplate`
  const group = `${base}AutoscalingGroup`
  const provider = gpuCapacityProviderId(base)
  builder.add({
    id: launchTemplate,
    type: 'AWS::EC2::LaunchTemplate',
    properties: {
      LaunchTemplateData: {
        ImageId: ref('GpuAmiId'),
        InstanceType: ecs.gpu!.instanceType.name,
        IamInstanceProfile: { Arn: ref('EC2InstanceProfile', 'Arn') },
        // IMDSv2 only, one hop: containers cannot reach the instance role's credentials.
        MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'required', HttpPutResponseHopLimit: 1 },
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeType: 'gp3', DeleteOnTermination: true } }],
        // The agent pulls images and ships logs over the instance's interface: it follows
        // AssignPublicIp as Fargate tasks do, so public subnets without NAT work.
        NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: instancePublicIp(env, builder), Groups: securityGroups, DeleteOnTermination: true }],
        UserData: userData(env.clusterName),
        TagSpecifications: [
          { ResourceType: 'instance', Tags: serviceTags },
          { ResourceType: 'volume', Tags: serviceTags },
        ],
      },
    },
    dependsOn: [],
    origin,
  })
  builder.add({
    id: group,
    type: 'AWS::AutoScaling::AutoScalingGroup',
    properties: {
      LaunchTemplate: { LaunchTemplateId: ref(launchTemplate), Version: ref(launchTemplate, 'LatestVersionNumber') },
      MinSize: '0',
      MaxSize: String(gpuMaxInstances(service, ecs)),
      VPCZoneIdentifier: env.subnets,
      Tags: serviceTags.map((tag) => ({ ...(tag as Record<string, Value>), PropagateAtLaunch: false })),
    },
    dependsOn: [],
    origin,
  })
  builder.add({
    id: provider,
    type: 'AWS::ECS::CapacityProvider',
    properties: {
      AutoScalingGroupProvider: {
        AutoScalingGroupArn: ref(group),
        ManagedScaling: { Status: 'ENABLED', TargetCapacity: 100 },
        // Protection would keep CloudFormation from deleting instances that still run tasks;
        // managed draining moves the tasks off before scale-in instead.
        ManagedTerminationProtection: 'DISABLED',
        ManagedDraining: 'ENABLED',
      },
      Tags: serviceTags,
    },
    dependsOn: [],
    origin,
  })
  return provider
}

/**
 * `ClusterCapacityProviders` (created cluster) and `ExistingClusterCapacityProviders` (existing
 * one): the cluster's capacity providers — Fargate, Fargate Spot and each GPU service's — and
 * `FARGATE` as its default strategy. A separate resource rather than the cluster's own list,
 * so the cluster does not depend on the providers and outlives their instances on deletion.
 * ECS keeps one list per cluster, so this replaces an existing cluster's (docs/gpu.md).
 */
export function addClusterCapacityProviders(providers: readonly LogicalId[], project: EcsProject, builder: GraphBuilder, reporter: Reporter): void {
  if (project.settings.cluster) {
    const path = ['x-aws-cluster']
    reporter.add({
      code: 'GPU_CLUSTER_PROVIDERS_REPLACED',
      message: `The GPU services' capacity providers are associated with the existing cluster \`${project.settings.cluster}\`, replacing the capacity providers and default strategy it has.`,
      hint: 'Use a cluster of its own for GPU services, or list its other providers in `ExistingClusterCapacityProviders` through `x-aws-cloudformation`.',
      path,
      span: project.sources.span(path, { key: true }),
    })
  }
  builder.condition({ id: 'UseExistingCluster', expression: { $not: { $condition: 'CreateCluster' } } })
  for (const association of ASSOCIATIONS) {
    builder.add({
      id: association.id,
      type: 'AWS::ECS::ClusterCapacityProviderAssociations',
      condition: association.condition,
      properties: {
        Cluster: association.cluster,
        CapacityProviders: ['FARGATE', 'FARGATE_SPOT', ...providers.map((p) => ref(p))],
        DefaultCapacityProviderStrategy: [{ CapacityProvider: 'FARGATE', Weight: 1 }],
      },
      dependsOn: [],
    })
  }
}
