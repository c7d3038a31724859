import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, type ResourceGraph } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph } from '../src/index.js'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'
import { GPU_AMI_PARAMETER } from '../src/resources/gpu-capacity.js'

const props = (graph: ResourceGraph, id: string) => node(graph, id).properties as Record<string, any>

const gpuApp = (extra = '') => `
services:
  ml:
    image: acme/ml
    gpus: all
${extra}
  web:
    image: nginx
`

test('a GPU service gets a launch template, an auto-scaling group and a capacity provider; the project one instance role', () => {
  const graph = convert(gpuApp())
  assert.equal(
    graph.nodes.filter((n) => /^(EC2|Ml(LaunchTemplate|AutoscalingGroup|CapacityProvider))/.test(n.id)).map((n) => `${n.id} ${n.type}`),
    [
      'EC2InstanceProfile AWS::IAM::InstanceProfile',
      'EC2InstanceRole AWS::IAM::Role',
      'MlAutoscalingGroup AWS::AutoScaling::AutoScalingGroup',
      'MlCapacityProvider AWS::ECS::CapacityProvider',
      'MlLaunchTemplate AWS::EC2::LaunchTemplate',
    ],
  )
  assert.equal(graph.parameters.find((p) => p.id === 'GpuAmiId')?.default, GPU_AMI_PARAMETER)
  assert.is(graph.parameters.find((p) => p.id === 'GpuAmiId')?.type, 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>')
  const data = props(graph, 'MlLaunchTemplate').LaunchTemplateData
  assert.equal([data.InstanceType, data.ImageId, data.MetadataOptions.HttpTokens, data.BlockDeviceMappings[0].Ebs.Encrypted], ['g4dn.xlarge', { $ref: 'GpuAmiId' }, 'required', true])
  const script = JSON.stringify(data.UserData)
  for (const line of ['ECS_CLUSTER=', 'ECS_ENABLE_GPU_SUPPORT=true', 'ECS_RESERVED_MEMORY=256', 'ECS_AWSVPC_BLOCK_IMDS=true']) assert.ok(script.includes(line), line)
  assert.equal(data.NetworkInterfaces[0].Groups, props(graph, 'MlService').NetworkConfiguration.AwsvpcConfiguration.SecurityGroups)
  assert.equal(data.NetworkInterfaces[0].AssociatePublicIpAddress, { $if: ['AssignPublicIpEnabled', true, false] })
  assert.equal(graph.conditions.find((c) => c.id === 'AssignPublicIpEnabled')?.expression, { $equals: [{ $ref: 'AssignPublicIp' }, 'ENABLED'] })
  assert.equal(props(graph, 'EC2InstanceRole').ManagedPolicyArns.map((p: { $sub: unknown[] }) => p.$sub.at(-1)), [
    ':iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    ':iam::aws:policy/AmazonSSMManagedInstanceCore',
  ])
  const group = props(graph, 'MlAutoscalingGroup')
  assert.equal([group.MinSize, group.VPCZoneIdentifier], ['0', { $ref: 'Subnets' }])
  assert.equal(props(graph, 'MlCapacityProvider').AutoScalingGroupProvider.AutoScalingGroupArn, { $ref: 'MlAutoscalingGroup' })
})

test('the GPU service and task run on EC2 through the provider; the Fargate service is unchanged', () => {
  const graph = convert(gpuApp())
  const service = props(graph, 'MlService')
  assert.equal(service.CapacityProviderStrategy, [{ CapacityProvider: { $ref: 'MlCapacityProvider' }, Weight: 1 }])
  assert.equal([service.LaunchType, service.PlatformVersion, service.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp], [undefined, undefined, 'DISABLED'])
  const task = props(graph, 'MlTaskDefinition')
  assert.equal([task.RequiresCompatibilities, task.NetworkMode, task.Cpu], [['EC2'], 'awsvpc', '4096'])
  assert.equal(task.ContainerDefinitions[0].ResourceRequirements, [{ Type: 'GPU', Value: '1' }])
  const web = props(graph, 'WebService')
  assert.equal([web.LaunchType, web.PlatformVersion, web.CapacityProviderStrategy], ['FARGATE', 'LATEST', undefined])
  assert.equal(props(graph, 'WebTaskDefinition').RequiresCompatibilities, ['FARGATE'])
})

test('the cluster gets its providers from an association (created or existing), which the GPU service waits for', () => {
  const graph = convert(gpuApp())
  assert.is(props(graph, 'Cluster').CapacityProviders, undefined)
  for (const [id, condition, cluster] of [['ClusterCapacityProviders', 'CreateCluster', 'Cluster'], ['ExistingClusterCapacityProviders', 'UseExistingCluster', 'ExistingCluster']] as const) {
    const association = node(graph, id)
    assert.is(association.condition, condition)
    assert.equal(association.properties.Cluster, { $ref: cluster })
    assert.equal(association.properties.CapacityProviders, ['FARGATE', 'FARGATE_SPOT', { $ref: 'MlCapacityProvider' }])
  }
  assert.equal(node(graph, 'MlService').metadata?.['composeform:WaitsForCapacityProviders'], [
    { $if: ['CreateCluster', { $ref: 'ClusterCapacityProviders' }, { $ref: 'AWS::NoValue' }] },
    { $if: ['UseExistingCluster', { $ref: 'ExistingClusterCapacityProviders' }, { $ref: 'AWS::NoValue' }] },
  ])
  // The instances depend on the cluster (through the user data), so deletion removes them first.
  assert.ok(JSON.stringify(props(graph, 'MlLaunchTemplate').LaunchTemplateData.UserData).includes('{"$ref":"Cluster"}'))
})

test('an existing cluster named by x-aws-cluster gets a warning that its providers are replaced', () => {
  const warnings = (yaml: string) => {
    const files = new Map([['compose.yaml', yaml]])
    const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {}, projectDirectory: '.', directoryName: 'fixture' })
    return toGraph(checkEcs(loaded.value).value).diagnostics.filter((d) => d.code === 'GPU_CLUSTER_PROVIDERS_REPLACED')
  }
  const [warning, ...rest] = warnings(`x-aws-cluster: ml\n${gpuApp()}`)
  assert.equal([warning?.severity, warning?.path, warning?.location?.start.line, rest.length], ['warning', ['x-aws-cluster'], 1, 0])
  assert.equal(warnings(gpuApp()), [])
  assert.equal(warnings('x-aws-cluster: ml\nservices:\n  web:\n    image: nginx\n'), [])
})

test('Fargate Spot without GPU services keeps the providers on the cluster itself', () => {
  const graph = convert('services:\n  web:\n    image: nginx\n    x-aws-capacity_provider_strategy: FARGATE_SPOT\n')
  assert.equal(props(graph, 'Cluster').CapacityProviders, ['FARGATE', 'FARGATE_SPOT'])
  assert.not.ok(graph.nodes.some((n) => n.type === 'AWS::ECS::ClusterCapacityProviderAssociations'))
})

test('beside GPU services, a Fargate Spot service waits for the associations too: ECS refuses a provider the cluster lacks', () => {
  const graph = convert(`${gpuApp()}    x-aws-capacity_provider_strategy: FARGATE_SPOT\n`)
  assert.equal(node(graph, 'WebService').metadata?.['composeform:WaitsForCapacityProviders'], node(graph, 'MlService').metadata?.['composeform:WaitsForCapacityProviders'])
  assert.is(node(convert(gpuApp()), 'WebService').metadata, undefined, 'the FARGATE launch type needs no provider')
  assert.is(node(convert('services:\n  web:\n    image: nginx\n    x-aws-capacity_provider_strategy: FARGATE_SPOT\n'), 'WebService').metadata, undefined, 'the cluster lists them itself')
})

test('with literal subnets the instances get a public IP exactly when tasks would', () => {
  for (const assignPublicIp of [true, false]) {
    const graph = convert(gpuApp(), { environment: { mode: 'literal', vpc: 'vpc-1', subnets: ['subnet-a'], assignPublicIp } })
    assert.is(props(graph, 'MlLaunchTemplate').LaunchTemplateData.NetworkInterfaces[0].AssociatePublicIpAddress, assignPublicIp)
    assert.equal(props(graph, 'MlAutoscalingGroup').VPCZoneIdentifier, ['subnet-a'])
  }
})

test('the group holds the peak of a rolling deployment, over the tasks one instance holds', () => {
  const pinned = `    deploy:
      replicas: 3
      x-aws-autoscaling: {min: 1, max: 5, cpu: 70}
      placement:
        constraints: [node.machine==g4dn.12xlarge]
      resources:
        limits: {cpus: "4", memory: 8G}
    gpus: [{count: 1}]`
  const graph = convert(gpuApp().replace('    gpus: all\n', '') .replace('\n\n  web', `\n${pinned}\n  web`))
  // Up to 5 tasks, 200 % while deploying = 10 tasks; a g4dn.12xlarge holds 4 one-GPU tasks.
  assert.is(props(graph, 'MlAutoscalingGroup').MaxSize, '3')
})

test('a project without GPU services has no EC2 capacity', () => {
  const graph = convert('services:\n  web:\n    image: nginx\n')
  assert.not.ok(graph.nodes.some((n) => /^(EC2|ClusterCapacityProviders)|LaunchTemplate|AutoscalingGroup|CapacityProvider$/.test(n.id)))
  assert.not.ok(graph.parameters.some((p) => p.id === 'GpuAmiId'))
  assert.is(props(graph, 'Cluster').CapacityProviders, undefined)
})

test.run()
