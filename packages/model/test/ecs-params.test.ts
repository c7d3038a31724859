import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { applyEcsParams, sortDiagnostics, withParameterDefaults, type ResourceGraph } from '../src/index.js'
import { load } from './load-helper.js'

const compose = 'services:\n  web:\n    image: nginx\n    mem_limit: 256m\n  worker:\n    image: busybox\n    deploy:\n      resources:\n        reservations:\n          memory: 64m\n'
const apply = (params: string, composeText = compose) => {
  const { project } = load({ 'compose.yaml': composeText })
  const before = JSON.stringify(project.model)
  const result = applyEcsParams(project, { path: 'ecs-params.yml', text: params })
  assert.is(JSON.stringify(project.model), before, 'the loaded project is not changed')
  return { ...result, services: result.value.project.model.services, codes: sortDiagnostics(result.diagnostics).map((d) => `${d.code} ${d.location?.start.line}:${d.location?.start.column}`) }
}

test('task_size sizes every service, in CPU units or vCPU, MiB or GB', () => {
  for (const [cpu, memory, cpus, bytes] of [
    ['256', '512', 0.25, 512 * 2 ** 20],
    ['"1 vCPU"', '"2GB"', 1, 2 * 2 ** 30],
    ['"0.5 vcpu"', '"1536 MiB"', 0.5, 1536 * 2 ** 20],
  ] as const) {
    const { services, diagnostics } = apply(`version: 1\ntask_definition:\n  task_size:\n    cpu_limit: ${cpu}\n    mem_limit: ${memory}\n`)
    for (const name of ['web', 'worker']) assert.equal(services[name]!.deploy?.resources?.limits, { cpus, memory: bytes }, `${name} ${cpu} ${memory}`)
    assert.ok(diagnostics.every((d) => d.severity === 'info'))
  }
})

test('a value both files set: ecs-params wins, with an ECS_PARAMS_OVERRIDE note at its position', () => {
  const { services, diagnostics } = apply('task_definition:\n  task_size:\n    mem_limit: 1GB\nversion: 1\n')
  assert.is(services.web!.deploy?.resources?.limits?.memory, 2 ** 30)
  assert.is(services.web!.mem_limit, undefined, 'one value for one setting, as compose requires: the replaced spelling goes')
  assert.equal(
    diagnostics.map((d) => [d.code, d.severity, d.location?.file, d.location?.start.line, d.message]),
    [
      ['ECS_PARAMS_OVERRIDE', 'info', 'ecs-params.yml', 3, '`task_definition.task_size.mem_limit` replaces `services.web.mem_limit` of the compose file, as in ecs-cli.'],
      ['ECS_PARAMS_OVERRIDE', 'info', 'ecs-params.yml', 3, '`task_definition.task_size.mem_limit` replaces `services.worker.deploy.resources.reservations.memory` of the compose file, as in ecs-cli.'],
    ],
  )
})

test('per-service keys become the compose attributes of the same meaning', () => {
  const { services, diagnostics } = apply(
    [
      'task_definition:',
      '  services:',
      '    web:',
      '      essential: true',
      '      cpu_shares: 100',
      '      mem_limit: 512m',
      '      mem_reservation: 128m',
      '      init_process_enabled: true',
      '      repository_credentials: {credentials_parameter: "arn:aws:secretsmanager:us-east-1:123456789012:secret:x"}',
      '      healthcheck: {test: curl -f http://localhost/, interval: 30s, timeout: 5, retries: 3, start_period: 1m}',
      '    worker:',
      '      mem_reservation: 32m',
      '      healthcheck: {command: [CMD, "true"]}',
      'version: 1',
    ].join('\n'),
  )
  const web = services.web!
  assert.is(web.cpu_shares, 100)
  assert.is(web.mem_limit, 512 * 2 ** 20)
  assert.is(web.mem_reservation, 128 * 2 ** 20)
  assert.is(web.init, true)
  assert.is(web['x-aws-pull_credentials'], 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x')
  assert.equal(web.healthcheck, { test: ['CMD-SHELL', 'curl -f http://localhost/'], interval: 30, timeout: 5, retries: 3, start_period: 60 })
  // The worker's compose file uses deploy.resources.reservations, so that is what is replaced.
  assert.is(services.worker!.deploy?.resources?.reservations?.memory, 32 * 2 ** 20)
  assert.is(services.worker!.mem_reservation, undefined)
  assert.equal(services.worker!.healthcheck, { test: ['CMD', 'true'] })
  assert.equal(diagnostics.map((d) => d.code), ['ECS_PARAMS_OVERRIDE', 'ECS_PARAMS_OVERRIDE'])
})

test('ecs-params.yml setting a value twice: the task size wins, and says it replaces the service\'s own (a task of one container has one limit)', () => {
  const { services, diagnostics } = apply('task_definition:\n  services:\n    a: {mem_limit: 128m}\n  task_size: {mem_limit: 1GB}\nversion: 1\n', 'services:\n  a:\n    image: x\n')
  assert.equal(diagnostics.map((d) => d.message), ["`task_definition.task_size.mem_limit` replaces `services.a.mem_limit`, which ecs-params.yml sets too: the task size is its container's limit."])
  assert.is(services.a!.mem_limit, undefined)
  assert.is(services.a!.deploy?.resources?.limits?.memory, 2 ** 30)
})

test('after ecs-params, each setting has one spelling, so that what config prints loads again: a service\'s cpus moves into the limits task_size made', () => {
  const { services } = apply('task_definition:\n  task_size: {mem_limit: 1GB}\nversion: 1\n', 'services:\n  a:\n    image: x\n    cpus: 0.5\n    mem_reservation: 64m\n')
  assert.equal(services.a!.deploy?.resources?.limits, { cpus: 0.5, memory: 2 ** 30 })
  assert.equal([services.a!.cpus, services.a!.mem_reservation], [undefined, 64 * 2 ** 20], 'no reservations mapping: mem_reservation stays')
})

test('task_size sizes a whole task: the owner gets it, a sidecar without a size of its own nothing', () => {
  const composeText = 'services:\n  web:\n    image: nginx\n  proxy:\n    image: envoy\n    x-aws-task: web\n  metrics:\n    image: statsd\n    network_mode: service:proxy\n'
  const { services, diagnostics } = apply('version: 1\ntask_definition:\n  task_size:\n    cpu_limit: 512\n    mem_limit: 1GB\n', composeText)
  assert.equal(services.web!.deploy?.resources?.limits, { cpus: 0.5, memory: 2 ** 30 })
  for (const name of ['proxy', 'metrics']) assert.is(services[name]!.deploy, undefined, name)
  assert.equal(diagnostics, [])
})

test('task_size with sidecars that ask for some: the owner gets the rest in whole CPU units and MiB, the sidecars keep theirs', () => {
  const composeText = 'services:\n  web:\n    image: nginx\n    mem_limit: 4g\n  proxy:\n    image: envoy\n    x-aws-task: web\n    deploy: {resources: {limits: {cpus: 0.1, memory: 200m}}}\n  metrics:\n    image: statsd\n    x-aws-task: proxy\n    mem_reservation: 100.5m\n'
  const { services, diagnostics } = apply('task_definition:\n  services:\n    metrics: {mem_limit: 50m}\n  task_size: {cpu_limit: 512, mem_limit: 1GB}\nversion: 1\n', composeText)
  // 512 − ⌈102.4⌉ CPU units; 1024 − 200 − 50 MiB (ecs-params' own 50m, not the reservation, is what metrics asks).
  assert.equal(services.web!.deploy?.resources?.limits, { cpus: 409 / 1024, memory: 774 * 2 ** 20 })
  assert.equal(services.proxy!.deploy?.resources?.limits, { cpus: 0.1, memory: 200 * 2 ** 20 })
  assert.is(services.metrics!.mem_limit, 50 * 2 ** 20)
  assert.equal(diagnostics.map((d) => d.message), ['`task_definition.task_size.mem_limit` replaces `services.web.mem_limit` of the compose file, as in ecs-cli.'])
})

test('task_size with sidecars that ask for all of it: their sizes of that kind are dropped, each with a note, and the owner gets the whole', () => {
  const composeText = 'services:\n  web:\n    image: nginx\n  proxy:\n    image: envoy\n    x-aws-task: web\n    cpus: 0.25\n    deploy: {resources: {limits: {memory: 1G}, reservations: {memory: 64m}}}\n'
  const { services, diagnostics } = apply('task_definition:\n  task_size: {cpu_limit: 512, mem_limit: 1GB}\nversion: 1\n', composeText)
  assert.equal(services.web!.deploy?.resources?.limits, { cpus: 0.25, memory: 2 ** 30 })
  assert.is(services.proxy!.cpus, 0.25, 'the CPU it asks for fits')
  assert.is(services.proxy!.deploy, undefined, 'what is left empty goes too')
  assert.equal(
    diagnostics.map((d) => [d.code, d.severity, d.location?.start.line, d.message]),
    ['services.proxy.deploy.resources.limits.memory', 'services.proxy.deploy.resources.reservations.memory'].map((at) => [
      'ECS_PARAMS_OVERRIDE',
      'info',
      2,
      `\`task_definition.task_size.mem_limit\` drops \`${at}\`: \`web\`'s whole task has 1024 MiB, and the containers that join it ask for 1024, leaving \`web\` 0 (it needs 6 at least).`,
    ]),
  )
})

test('the source map points the values it set at ecs-params.yml', () => {
  const { value } = apply('task_definition:\n  services:\n    web:\n      cpu_shares: 100\n  task_size:\n    cpu_limit: 512\nversion: 1\n')
  const sources = value.project.sources
  assert.equal(sources.locate(['services', 'web', 'cpu_shares'])?.start, { line: 4, column: 19, offset: 56 })
  assert.is(sources.locate(['services', 'worker', 'deploy', 'resources', 'limits', 'cpus'])?.file, 'ecs-params.yml')
  assert.is(sources.locate(['services', 'web', 'image'])?.file, 'compose.yaml')
  assert.is(sources.files.text('ecs-params.yml')?.startsWith('task_definition'), true)
})

test('subnets and assign_public_ip become parameter defaults', () => {
  const { value } = apply('run_params:\n  network_configuration:\n    awsvpc_configuration:\n      subnets: [subnet-1, subnet-2]\n      assign_public_ip: ENABLED\nversion: 1\n')
  assert.equal(value.parameterDefaults, { Subnets: 'subnet-1,subnet-2', AssignPublicIp: 'ENABLED' })
  const graph: ResourceGraph = {
    description: '',
    parameters: [
      { id: 'Subnets', type: 'List<AWS::EC2::Subnet::Id>', description: '' },
      { id: 'AssignPublicIp', type: 'String', description: '', default: 'DISABLED', allowedValues: ['ENABLED', 'DISABLED'] },
    ],
    conditions: [],
    nodes: [],
    outputs: [],
  }
  const withDefaults = withParameterDefaults(graph, { ...value.parameterDefaults, Other: 'x' })
  assert.equal(withDefaults.parameters.map((p) => p.default), ['subnet-1,subnet-2', 'ENABLED'])
  assert.is(graph.parameters[1]!.default, 'DISABLED', 'the input graph is unchanged')
  assert.is(withParameterDefaults(graph, { AssignPublicIp: 'MAYBE' }).parameters[1]!.default, 'DISABLED')
})

test('unknown keys and services are warnings with a did-you-mean; unsupported keys name themselves', () => {
  const { codes, diagnostics: unsorted } = apply('version: 1\ntask_defintion: {}\ntask_definition:\n  services:\n    wbe: {essential: true}\n    web: {secrets: [{name: A, value_from: b}], essential: false}\n  pid_mode: host\n')
  assert.equal(codes, ['ECS_PARAMS_UNKNOWN_KEY 2:1', 'ECS_PARAMS_UNKNOWN_SERVICE 5:5', 'ECS_PARAMS_UNSUPPORTED 6:11', 'ECS_PARAMS_UNSUPPORTED 6:59', 'ECS_PARAMS_UNSUPPORTED 7:3'])
  const diagnostics = sortDiagnostics(unsorted)
  assert.is(diagnostics[0]!.hint, 'Did you mean `task_definition`?')
  assert.is(diagnostics[1]!.hint, 'Did you mean `web`?')
  assert.ok(diagnostics.every((d) => d.severity === 'warning'))
})

test('task_role_arn and task_execution_role become the top-level x-aws-task_role / x-aws-execution_role, replacing a service\'s own', () => {
  const composeText = 'x-aws-execution_role: old-execution\nservices:\n  web:\n    image: nginx\n    x-aws-task_role: web-role\n  worker:\n    image: busybox\n'
  const { codes, value } = apply('task_definition:\n  task_role_arn: arn:aws:iam::123456789012:role/app\n  task_execution_role: ecsTaskExecutionRole\nversion: 1\n', composeText)
  assert.equal(codes, ['ECS_PARAMS_OVERRIDE 2:18', 'ECS_PARAMS_OVERRIDE 3:24'])
  const { model, sources } = value.project
  assert.equal(model.extensions, { 'x-aws-execution_role': 'ecsTaskExecutionRole', 'x-aws-task_role': 'arn:aws:iam::123456789012:role/app' })
  assert.is(model.services.web!['x-aws-task_role'], 'arn:aws:iam::123456789012:role/app')
  assert.not.ok(Object.hasOwn(model.services.worker!, 'x-aws-task_role'), 'a service without its own follows the top level')
  // Later diagnostics about the roles point at ecs-params.yml.
  for (const path of [['x-aws-task_role'], ['services', 'web', 'x-aws-task_role'], ['x-aws-execution_role']]) assert.is(sources.span(path)?.file, 'ecs-params.yml', path.join('.'))
  assert.equal(apply('task_definition:\n  task_role_arn: [app]\nversion: 1\n').codes, ['ECS_PARAMS_INVALID 2:18'])
})

test('values of the wrong kind are errors, all reported in one run, and the project is unchanged', () => {
  const { codes, value } = apply('version: 3\ntask_definition:\n  task_size: {cpu_limit: lots, mem_limit: [1]}\n  services:\n    web: {cpu_shares: many, mem_limit: 512m}\n')
  assert.equal(codes, ['ECS_PARAMS_INVALID 1:10', 'ECS_PARAMS_INVALID 3:26', 'ECS_PARAMS_INVALID 3:43', 'ECS_PARAMS_INVALID 5:23'])
  assert.is(value.project.model.services.web!.mem_limit, 256 * 2 ** 20)
  assert.equal(value.parameterDefaults, {})
})

test('ecs_network_mode other than awsvpc is a warning; a YAML error keeps its code; an empty file only lacks its version', () => {
  assert.equal(apply('task_definition:\n  ecs_network_mode: bridge\nversion: 1\n').codes, ['ECS_PARAMS_UNSUPPORTED 2:21'])
  assert.equal(apply('task_definition:\n  ecs_network_mode: awsvpc\nversion: 1\n').codes, [])
  assert.equal(apply('task_definition: [\n').codes.map((c) => c.split(' ')[0]), ['YAML_SYNTAX'])
  assert.equal(apply('').codes, ['ECS_PARAMS_VERSION_MISSING 1:1'])
  assert.equal(apply('- 1\n').codes, ['ECS_PARAMS_INVALID 1:1'])
  assert.equal(apply('run_params: {network_configuration: {awsvpc_configuration: {assign_public_ip: "yes"}}}\nversion: 1\n').codes, ['ECS_PARAMS_INVALID 1:79'])
})

test('a missing or empty version is a warning at the first key, and the file is applied as version 1; another version is an error', () => {
  const web = 'services:\n  web:\n    image: nginx\n'
  const missing = apply('\n# sizes\ntask_definition:\n  task_size: {mem_limit: 1GB}\n', web)
  assert.equal(missing.codes, ['ECS_PARAMS_VERSION_MISSING 3:1'])
  const [warning] = missing.diagnostics
  assert.equal([warning!.severity, warning!.message, warning!.hint, warning!.path], ['warning', 'ecs-params.yml has no `version`; it is read as version 1, the only one.', 'Write `version: 1` at the top of the file, as ecs-cli documents its format.', ['version']])
  assert.is(missing.services.web!.deploy?.resources?.limits?.memory, 2 ** 30)
  assert.equal(missing.diagnostics[0]!.location?.end, { line: 3, column: 16, offset: 24 })
  assert.equal(apply('task_definition:\n  task_size: {mem_limit: 1GB}\nversion:\n', web).codes, ['ECS_PARAMS_VERSION_MISSING 3:1'])
  for (const version of ['1', '"1"', '1.0']) assert.equal(apply(`version: ${version}\n`).codes, [], version)
  const other = apply('version: 2\ntask_definition:\n  task_size: {mem_limit: 1GB}\n', web)
  assert.equal(other.codes, ['ECS_PARAMS_INVALID 1:10'])
  assert.is(other.services.web!.deploy?.resources?.limits?.memory, undefined)
  // Not a mapping: that is the one problem to report.
  assert.equal(apply('[version]\n').codes, ['ECS_PARAMS_INVALID 1:1'])
})

test('variables are filled in from the environment, as ecs-cli did', () => {
  const { project } = load({ 'compose.yaml': compose })
  const text = 'task_definition:\n  task_size: {cpu_limit: "${CPU:-256}", mem_limit: $MEMORY}\nrun_params:\n  network_configuration:\n    awsvpc_configuration: {subnets: ["${SUBNET:?set SUBNET}"]}\nversion: 1\n'
  const ok = applyEcsParams(project, { path: 'ecs-params.yml', text }, { MEMORY: '2GB', SUBNET: 'subnet-9' })
  assert.equal(ok.value.project.model.services.web!.deploy?.resources?.limits, { cpus: 0.25, memory: 2 * 2 ** 30 })
  assert.equal(ok.value.parameterDefaults, { Subnets: 'subnet-9' })
  const missing = applyEcsParams(project, { path: 'ecs-params.yml', text }, { MEMORY: '2GB' })
  assert.equal(missing.diagnostics.map((d) => `${d.code} ${d.location?.start.line}`), ['REQUIRED_VARIABLE 5'])
  assert.is(missing.value.project, project)
})

test.run()
