import { ref } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { ecsServices } from '../src/index.js'
import { CREATE_SERVICE, shapeErrors } from './api-shapes.js'
import { RICH_COMPOSE, RICH_VALUES } from './compose-texts.js'
import { allStrings, graphOf, node, parameter, taskDefinition } from './graphs.js'
import { fixtureFiles, graphFromCompose, graphFromFiles } from './pipeline.js'

const rich = graphFromCompose(RICH_COMPOSE)
const shop = graphFromFiles(fixtureFiles('convert-multi-service'))
const parse = (contents: string): Record<string, unknown> => JSON.parse(contents) as Record<string, unknown>
const files = (graph = rich, options = {}) => Object.fromEntries(ecsServices.emit(graph, options).value.map((f) => [f.path, parse(f.contents)]))

test('name and files: one ecs/<service>.service.json per ECS service, sorted', () => {
  assert.is(ecsServices.name, 'ecs-services-json')
  assert.equal(Object.keys(files()), ['ecs/web.service.json', 'ecs/worker.service.json'])
  assert.equal(Object.keys(files(shop)), ['ecs/api.service.json', 'ecs/cache.service.json', 'ecs/mqtt.service.json', 'ecs/web.service.json'])
})

test('the web service with every value given: the CreateService input', () => {
  const { value, diagnostics } = ecsServices.emit(rich, RICH_VALUES)
  assert.equal(diagnostics, [])
  assert.equal(parse(value[0]!.contents), {
    serviceName: 'web',
    cluster: 'prod',
    taskDefinition: 'shop-web',
    desiredCount: 3,
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    schedulingStrategy: 'REPLICA',
    deploymentController: { type: 'ECS' },
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: true, rollback: true } },
    networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'DISABLED', securityGroups: ['sg-default', 'sg-web'], subnets: ['subnet-a', 'subnet-b'] } },
    loadBalancers: [{ containerName: 'web', containerPort: 8080, targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1' }],
    healthCheckGracePeriodSeconds: 60,
    serviceConnectConfiguration: {
      enabled: true,
      namespace: 'arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-1',
      services: [{ portName: 'tcp-8080', discoveryName: 'web-tcp-8080', clientAliases: [{ port: 8080, dnsName: 'web' }] }],
    },
    enableECSManagedTags: true,
    propagateTags: 'SERVICE',
    tags: [
      { key: 'com.docker.compose.project', value: 'shop' },
      { key: 'com.docker.compose.service', value: 'web' },
      { key: 'Team', value: 'storefront' },
    ],
  })
  for (const s of allStrings(value.map((f) => parse(f.contents)))) assert.not.ok(s.includes('$ref') || s.includes('Fn::') || s.includes('${'), s)
})

test('every key is one CreateService accepts', () => {
  for (const graph of [rich, shop, graphFromFiles(fixtureFiles('ecs-supported-attributes'))]) {
    for (const file of ecsServices.emit(graph).value) assert.equal(shapeErrors(parse(file.contents), CREATE_SERVICE), [], file.path)
  }
})

test('nothing given: the created cluster, subnets and security groups are placeholders', () => {
  const { value, diagnostics } = ecsServices.emit(shop)
  const web = parse(value[3]!.contents) as { cluster: string; networkConfiguration: unknown; loadBalancers: { targetGroupArn: string }[] }
  assert.is(web.cluster, '${Cluster.Arn}')
  assert.equal(web.networkConfiguration, {
    awsvpcConfiguration: { assignPublicIp: 'DISABLED', securityGroups: ['${DefaultNetwork.GroupId}', '${WebServiceSecurityGroup.GroupId}'], subnets: ['${Subnets}'] },
  })
  assert.equal(web.loadBalancers.map((l) => l.targetGroupArn), ['${WebTCP443TargetGroup}', '${WebTCP80TargetGroup}'])
  const names = diagnostics.map((d) => /\$\{[^}]+\}/.exec(d.message)![0])
  assert.equal(new Set(names).size, names.length)
  assert.equal([...names].sort(), [
    '${BackendNetwork.GroupId}',
    '${CloudMap.Arn}',
    '${Cluster.Arn}',
    '${DefaultNetwork.GroupId}',
    '${MqttServiceSecurityGroup.GroupId}',
    '${MqttTCP1883TargetGroup}',
    '${Subnets}',
    '${WebServiceSecurityGroup.GroupId}',
    '${WebTCP443TargetGroup}',
    '${WebTCP80TargetGroup}',
  ])
  const subnets = diagnostics.find((d) => d.message.includes('${Subnets}'))!
  assert.equal(subnets.path, ['services', 'api'])
  assert.ok(subnets.message.includes('--param Subnets=subnet-…,subnet-…'))
  assert.ok(diagnostics.find((d) => d.message.includes('${Cluster.Arn}'))!.message.includes('create the cluster or pass --param Cluster.Arn=arn:…'))
})

test('an existing cluster: CreateCluster is false, so the cluster is its name and Cluster.Arn is not needed', () => {
  const { value, diagnostics } = ecsServices.emit(shop, { parameters: { ExistingCluster: 'prod', Subnets: 'subnet-1,subnet-2' } })
  for (const file of value) assert.is(parse(file.contents).cluster, 'prod')
  assert.not.ok(diagnostics.some((d) => d.message.includes('Cluster.Arn') || d.message.includes('Subnets')))
})

test('list parameters given as comma-separated text; AssignPublicIp from its default or given', () => {
  const net = (options = {}) => (files(shop, options)['ecs/api.service.json'] as { networkConfiguration: { awsvpcConfiguration: { subnets: unknown; assignPublicIp: unknown } } }).networkConfiguration.awsvpcConfiguration
  assert.equal(net({ parameters: { Subnets: 'subnet-1, subnet-2,subnet-3' } }).subnets, ['subnet-1', 'subnet-2', 'subnet-3'])
  assert.is(net().assignPublicIp, 'DISABLED')
  assert.is(net({ parameters: { AssignPublicIp: 'ENABLED' } }).assignPublicIp, 'ENABLED')
})

test('taskDefinition is the family; a given value for the task definition wins', () => {
  assert.is(files(shop)['ecs/web.service.json']!.taskDefinition, 'shop-web')
  assert.is(files(shop, { resources: { WebTaskDefinition: 'shop-web:7' } })['ecs/web.service.json']!.taskDefinition, 'shop-web:7')
})

test('serviceName: the compose service, the logical id without one, or the ServiceName property', () => {
  const graph = graphOf({
    nodes: [
      taskDefinition('api', 'Api'),
      node('ApiService', 'AWS::ECS::Service', { TaskDefinition: ref('ApiTaskDefinition') }, { origin: ['services', 'api'] }),
      node('Named', 'AWS::ECS::Service', { ServiceName: 'custom', DesiredCount: 1 }, { origin: ['services', 'named'] }),
      node('Loose', 'AWS::ECS::Service', {}),
    ],
  })
  assert.equal(files(graph), {
    'ecs/Loose.service.json': { serviceName: 'Loose' },
    'ecs/api.service.json': { serviceName: 'api', taskDefinition: 'app-api' },
    'ecs/named.service.json': { serviceName: 'custom', desiredCount: 1 },
  })
})

test('the services emitter reports only what the services need', () => {
  const names = ecsServices.emit(rich).diagnostics.map((d) => /\$\{[^}]+\}/.exec(d.message)![0])
  assert.not.ok(names.includes('${LogGroup}'))
  assert.not.ok(names.includes('${AWS::Region}'))
})

test('deterministic: the same inputs give the same files and diagnostics', () => {
  assert.equal(ecsServices.emit(shop), ecsServices.emit(graphFromFiles(fixtureFiles('convert-multi-service'))))
})

test('a given parameter value unrelated to the graph changes nothing', () => {
  assert.equal(ecsServices.emit(shop, { parameters: { Unrelated: 'x' }, resources: { Nothing: 'y' } }), ecsServices.emit(shop))
})

test('a service whose condition is false has no file', () => {
  const graph = graphOf({
    parameters: [parameter('Mode', { default: 'on' })],
    conditions: [{ id: 'On', expression: { $equals: [ref('Mode'), 'on'] } }],
    nodes: [node('ApiService', 'AWS::ECS::Service', {}, { origin: ['services', 'api'], condition: 'On' })],
  })
  assert.is(ecsServices.emit(graph).value.length, 1)
  assert.is(ecsServices.emit(graph, { parameters: { Mode: 'off' } }).value.length, 0)
})

test.run()
