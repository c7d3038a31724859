import { ref, sub } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { ecsTaskDefinitions } from '../src/index.js'
import { REGISTER_TASK_DEFINITION, shapeErrors } from './api-shapes.js'
import { RICH_COMPOSE, RICH_VALUES } from './compose-texts.js'
import { allStrings, graphOf, node, parameter, taskDefinition } from './graphs.js'
import { fixtureFiles, graphFromCompose, graphFromFiles } from './pipeline.js'

const rich = graphFromCompose(RICH_COMPOSE)
const parse = (contents: string): Record<string, unknown> => JSON.parse(contents) as Record<string, unknown>

test('name and files: one ecs/<service>.taskdef.json per task definition, sorted', () => {
  assert.is(ecsTaskDefinitions.name, 'ecs-json')
  const { value } = ecsTaskDefinitions.emit(rich, RICH_VALUES)
  assert.equal(value.map((f) => f.path), ['ecs/web.taskdef.json', 'ecs/worker.taskdef.json'])
  for (const file of value) {
    assert.ok(file.contents.endsWith('}\n'))
    assert.is(file.contents, JSON.stringify(parse(file.contents), null, 2) + '\n')
  }
})

test('the rich service: every attribute under its RegisterTaskDefinition name, all values given', () => {
  const { value, diagnostics } = ecsTaskDefinitions.emit(rich, RICH_VALUES)
  assert.equal(diagnostics, [])
  assert.equal(parse(value[0]!.contents), {
    family: 'shop-web',
    cpu: '1024',
    memory: '2048',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
    executionRoleArn: 'arn:aws:iam::123456789012:role/web-exec',
    taskRoleArn: 'arn:aws:iam::123456789012:role/web-task',
    containerDefinitions: [
      {
        name: 'web',
        image: 'acme/web:1.2',
        essential: true,
        command: ['serve', '--port', '8080'],
        entryPoint: ['/docker-entrypoint.sh'],
        environment: [
          { name: 'LogLevel', value: 'Info' },
          { name: 'MODE', value: 'production' },
        ],
        workingDirectory: '/srv',
        user: '1000:1000',
        healthCheck: { command: ['CMD', 'curl', '-f', 'http://localhost:8080/health'], interval: 15, timeout: 3, retries: 4, startPeriod: 20 },
        ulimits: [{ name: 'nofile', softLimit: 65536, hardLimit: 65536 }],
        linuxParameters: { initProcessEnabled: true, capabilities: { add: ['SYS_PTRACE'], drop: ['NET_RAW'] } },
        readonlyRootFilesystem: true,
        stopTimeout: 30,
        pseudoTerminal: true,
        interactive: true,
        memoryReservation: 512,
        portMappings: [{ containerPort: 8080, protocol: 'tcp', name: 'tcp-8080', appProtocol: 'http' }],
        dockerLabels: { Owner: 'Shop', 'com.example.Team': 'web' },
        systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
        repositoryCredentials: { credentialsParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:pull' },
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/shop', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web', mode: 'non-blocking' } },
      },
    ],
    tags: [
      { key: 'com.docker.compose.project', value: 'shop' },
      { key: 'com.docker.compose.service', value: 'web' },
    ],
  })
})

test('with every value given, no intrinsic or placeholder is left', () => {
  for (const file of ecsTaskDefinitions.emit(rich, RICH_VALUES).value) {
    for (const s of allStrings(parse(file.contents))) {
      assert.not.ok(s.includes('$ref') || s.includes('Fn::') || s.includes('${') || s === 'Ref', `${file.path}: ${s}`)
    }
  }
})

test('every key is one RegisterTaskDefinition accepts', () => {
  const cases = [rich, graphFromFiles(fixtureFiles('ecs-supported-attributes')), graphFromFiles(fixtureFiles('convert-multi-service'))]
  for (const graph of cases) {
    for (const file of ecsTaskDefinitions.emit(graph).value) assert.equal(shapeErrors(parse(file.contents), REGISTER_TASK_DEFINITION), [], file.path)
  }
})

test('nothing given: placeholders, and one warning per missing name at its service', () => {
  const { value, diagnostics } = ecsTaskDefinitions.emit(rich)
  const web = parse(value[0]!.contents) as { executionRoleArn: string; taskRoleArn: string; containerDefinitions: { logConfiguration: { options: Record<string, string> } }[] }
  assert.is(web.executionRoleArn, '${WebTaskExecutionRole.Arn}')
  assert.is(web.taskRoleArn, '${WebTaskRole.Arn}')
  assert.equal(web.containerDefinitions[0]!.logConfiguration.options, { 'awslogs-group': '${LogGroup}', 'awslogs-region': '${AWS::Region}', 'awslogs-stream-prefix': 'web', mode: 'non-blocking' })
  assert.equal(
    diagnostics.map((d) => [d.code, d.severity, d.stage, d.path.join('.'), /\$\{[^}]+\}/.exec(d.message)![0]]),
    [
      ['PLACEHOLDER_VALUE', 'warning', 'emit', 'services.web', '${LogGroup}'],
      ['PLACEHOLDER_VALUE', 'warning', 'emit', 'services.web', '${AWS::Region}'],
      ['PLACEHOLDER_VALUE', 'warning', 'emit', 'services.web', '${WebTaskExecutionRole.Arn}'],
      ['PLACEHOLDER_VALUE', 'warning', 'emit', 'services.web', '${WebTaskRole.Arn}'],
      ['PLACEHOLDER_VALUE', 'warning', 'emit', 'services.worker', '${WorkerTaskExecutionRole.Arn}'],
    ],
  )
  assert.ok(diagnostics.every((d) => d.location === undefined && d.hint !== undefined))
  assert.ok(diagnostics[2]!.message.includes('create the role or pass --param WebTaskExecutionRole.Arn=arn:…'), diagnostics[2]!.message)
})

test('the same graph and options give byte-identical files and diagnostics', () => {
  const a = ecsTaskDefinitions.emit(rich)
  const b = ecsTaskDefinitions.emit(graphFromCompose(RICH_COMPOSE))
  assert.equal(a, b)
  assert.equal(ecsTaskDefinitions.emit(rich, RICH_VALUES), ecsTaskDefinitions.emit(rich, { ...RICH_VALUES }))
})

test('a given parameter, a default and pseudo parameters inside container values', () => {
  const graph = graphOf({
    parameters: [parameter('Tag', { default: 'latest' }), parameter('Stage')],
    nodes: [taskDefinition('api', 'Api', { Image: sub('acme/api:', ref('Tag')), Environment: [{ Name: 'STAGE', Value: ref('Stage') }, { Name: 'PARTITION', Value: ref('AWS::Partition') }] })],
  })
  const container = (options = {}) => (parse(ecsTaskDefinitions.emit(graph, options).value[0]!.contents) as { containerDefinitions: unknown[] }).containerDefinitions[0]
  assert.equal(container({ parameters: { Stage: 'prod' } }), {
    name: 'api',
    image: 'acme/api:latest',
    environment: [
      { name: 'STAGE', value: 'prod' },
      { name: 'PARTITION', value: 'aws' },
    ],
  })
  assert.equal(container({ parameters: { Tag: 'v2' }, region: 'cn-north-1' }), {
    name: 'api',
    image: 'acme/api:v2',
    environment: [
      { name: 'STAGE', value: '${Stage}' },
      { name: 'PARTITION', value: 'aws-cn' },
    ],
  })
})

test('conditional properties: Fn::If both ways, AWS::NoValue drops the key', () => {
  const graph = graphOf({
    parameters: [parameter('ExistingRole', { default: '' })],
    conditions: [{ id: 'CreateRole', expression: { $equals: [ref('ExistingRole'), ''] } }],
    nodes: [
      taskDefinition('api', 'Api', {}, { TaskRoleArn: { $if: ['CreateRole', { $ref: 'AWS::NoValue' }, ref('ExistingRole')] } }),
      node('Role', 'AWS::IAM::Role'),
    ],
  })
  const keys = (options = {}) => parse(ecsTaskDefinitions.emit(graph, options).value[0]!.contents)
  assert.not.ok('taskRoleArn' in keys())
  assert.is(keys({ parameters: { ExistingRole: 'arn:role' } }).taskRoleArn, 'arn:role')
})

test('a task definition whose condition is false has no file', () => {
  const graph = graphOf({
    parameters: [parameter('Enable', { default: 'yes' })],
    conditions: [{ id: 'Enabled', expression: { $equals: [ref('Enable'), 'yes'] } }],
    nodes: [{ ...taskDefinition('api', 'Api'), condition: 'Enabled' }],
  })
  assert.is(ecsTaskDefinitions.emit(graph).value.length, 1)
  assert.is(ecsTaskDefinitions.emit(graph, { parameters: { Enable: 'no' } }).value.length, 0)
})

test('file names: the compose service, else the logical id; never outside ecs/', () => {
  const graph = graphOf({
    nodes: [
      taskDefinition('api', 'Api'),
      { ...taskDefinition('api', 'ApiSidecar'), id: 'ApiSidecarTaskDefinition' },
      { ...taskDefinition('x', 'Dots'), origin: ['services', '..'] },
      { ...taskDefinition('x', 'Project'), origin: undefined },
      taskDefinition('my.web-1', 'MyWeb1'),
      node('Bucket', 'AWS::S3::Bucket'),
    ],
  })
  assert.equal(ecsTaskDefinitions.emit(graph).value.map((f) => f.path), [
    'ecs/ApiSidecarTaskDefinition.taskdef.json',
    'ecs/DotsTaskDefinition.taskdef.json',
    'ecs/ProjectTaskDefinition.taskdef.json',
    'ecs/api.taskdef.json',
    'ecs/my.web-1.taskdef.json',
  ])
})

test('file names stay within 255 bytes: a longer name is cut and ends in a hash of the whole name; 242 characters are kept', () => {
  const kept = 'k'.repeat(242)
  const long = 'a'.repeat(250)
  const twin = `${'a'.repeat(249)}b`
  const graph = graphOf({
    nodes: [taskDefinition(kept, 'Kept'), taskDefinition(long, 'Long'), taskDefinition(twin, 'Twin'), { ...taskDefinition(long, 'Second'), id: `S${'x'.repeat(254)}` }],
  })
  const paths = ecsTaskDefinitions.emit(graph).value.map((f) => f.path)
  assert.is(paths.length, 4)
  assert.ok(paths.includes(`ecs/${kept}.taskdef.json`))
  for (const path of paths) assert.ok(path.slice('ecs/'.length).length <= 255, path)
  const names = paths.filter((p) => p.startsWith('ecs/aaa')).map((p) => p.slice('ecs/'.length))
  assert.is(names.length, 2)
  assert.is(new Set(names).size, 2, 'names that differ past the cut stay apart')
  for (const name of names) assert.match(name, /^a{235}[0-9a-z]{7}\.taskdef\.json$/)
  // The second task definition of the service is named by its (long) logical id, cut the same way.
  assert.ok(paths.some((p) => /^ecs\/Sx{234}[0-9a-z]{7}\.taskdef\.json$/.test(p)), paths.join('\n'))
  assert.equal(ecsTaskDefinitions.emit(graph).value.map((f) => f.path), paths, 'the same names every run')
})

test('an empty graph has no files and no diagnostics', () => {
  assert.equal(ecsTaskDefinitions.emit(graphOf()), { value: [], diagnostics: [] })
})

test.run()
