import { ref, sub, type ResourceGraph, type ResourceNode } from '@composeform/model'
import { cfnJson, cfnYaml } from '@composeform/emit-cfn'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { blockingFindings, cfnValidatorStats, validateTemplate, type CfnFinding } from './support/cfn-validate.js'

/** A small Fargate stack, written by hand as the converter would: it must deploy as is. */
function fargateGraph(): ResourceGraph {
  const resource = (id: string, type: string, properties: ResourceNode['properties'], dependsOn: string[] = []): ResourceNode => ({ id, type, properties, dependsOn })
  return {
    description: 'composeform: web on Fargate',
    parameters: [
      { id: 'Subnets', type: 'List<AWS::EC2::Subnet::Id>', description: 'Subnets the tasks run in' },
      { id: 'VpcId', type: 'AWS::EC2::VPC::Id', description: 'VPC of the subnets' },
    ],
    conditions: [],
    nodes: [
      resource('Cluster', 'AWS::ECS::Cluster', { ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }] }),
      resource('LogGroup', 'AWS::Logs::LogGroup', { LogGroupName: sub('/composeform/', ref('AWS::StackName')), RetentionInDays: 7 }),
      resource('TaskExecutionRole', 'AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: {} }],
        },
        ManagedPolicyArns: [sub('arn:', ref('AWS::Partition'), ':iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy')],
      }),
      resource('WebSecurityGroup', 'AWS::EC2::SecurityGroup', {
        GroupDescription: 'web',
        VpcId: ref('VpcId'),
        SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0' }],
      }),
      resource('WebService', 'AWS::ECS::Service', {
        Cluster: ref('Cluster'),
        TaskDefinition: ref('WebTaskDefinition'),
        DesiredCount: 1,
        LaunchType: 'FARGATE',
        NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'ENABLED', SecurityGroups: [ref('WebSecurityGroup', 'GroupId')], Subnets: ref('Subnets') } },
      }),
      resource('WebTaskDefinition', 'AWS::ECS::TaskDefinition', {
        Family: sub(ref('AWS::StackName'), '-web'),
        Cpu: '256',
        Memory: '512',
        NetworkMode: 'awsvpc',
        RequiresCompatibilities: ['FARGATE'],
        ExecutionRoleArn: ref('TaskExecutionRole', 'Arn'),
        ContainerDefinitions: [
          {
            Name: 'web',
            Image: 'nginx:1.27',
            Essential: true,
            PortMappings: [{ ContainerPort: 80, Protocol: 'tcp' }],
            Environment: [{ Name: 'DEBUG', Value: 'no' }, { Name: 'MODE', Value: '0755' }],
            LogConfiguration: {
              LogDriver: 'awslogs',
              Options: { 'awslogs-group': ref('LogGroup'), 'awslogs-region': ref('AWS::Region'), 'awslogs-stream-prefix': 'web' },
            },
          },
        ],
      }),
    ],
    outputs: [{ id: 'ClusterArn', description: 'The cluster', value: ref('Cluster', 'Arn') }],
  }
}

const describe = (findings: readonly CfnFinding[]) => findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}: ${f.message}`).join('\n')

test('a known-good Fargate template: no FATAL or ERROR, as JSON and as YAML (short and long form)', () => {
  const graph = fargateGraph()
  const templates: [string, string, 'json' | 'yaml'][] = [
    ['json', cfnJson.emit(graph).value[0]!.contents, 'json'],
    ['short-form yaml', cfnYaml.emit(graph).value[0]!.contents, 'yaml'],
    ['long-form yaml', cfnYaml.emit(graph, { shortForm: false }).value[0]!.contents, 'yaml'],
  ]
  const seen: string[] = []
  for (const [name, text, format] of templates) {
    const findings = validateTemplate(text, format)
    assert.equal(blockingFindings(findings), [], `${name}:\n${describe(findings)}`)
    seen.push(describe(findings))
  }
  // The validator reads the YAML short forms as CloudFormation does: same findings as the JSON.
  assert.is(seen[1], seen[0])
  assert.is(seen[2], seen[0])
})

test('a broken template: unknown type and unknown property are FATAL findings', () => {
  const good = fargateGraph()
  const broken: ResourceGraph = {
    ...good,
    nodes: good.nodes.map((n) =>
      n.id === 'WebService' ? { ...n, type: 'AWS::ECS::Servce' } : n.id === 'WebTaskDefinition' ? { ...n, properties: { ...n.properties, TaskDefinitionn: 'x' } } : n,
    ),
  }
  for (const [text, format] of [
    [cfnJson.emit(broken).value[0]!.contents, 'json'],
    [cfnYaml.emit(broken).value[0]!.contents, 'yaml'],
  ] as const) {
    const blocking = blockingFindings(validateTemplate(text, format))
    const found = blocking.map((f) => `${f.ruleId} ${f.path}`)
    assert.ok(found.includes('F3006 Resources.WebService'), describe(blocking))
    assert.ok(found.includes('F3002 Resources.WebTaskDefinition.Properties.TaskDefinitionn'), describe(blocking))
  }
})

test('one engine per process', () => {
  const stats = cfnValidatorStats()
  assert.ok(stats.constructMs !== undefined && stats.validations === 5)
  if (process.env.CFN_VALIDATE_TIMINGS) {
    console.log(`cfn-validate: engine ${stats.constructMs.toFixed(0)} ms, ${stats.validations} templates in ${stats.validateMs.toFixed(0)} ms`)
  }
})

test.run()
