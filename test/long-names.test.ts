// Long compose names (a 220-character project, 255-character services, 230-character
// networks, volumes and secrets): every name and description composeform builds from them
// stays within AWS's length limits, in one stack and split into nested stacks.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, type ConvertResult } from 'composeform'
import { blockingFindings, validateTemplate } from './support/cfn-validate.js'

const project = `p${'-long'.repeat(43)}x`
const main = 'a'.repeat(255)
const twin = `${'a'.repeat(254)}b`
const sidecar = 's'.repeat(255)
const udp = `${'u'.repeat(253)}-x`
const gpu = 'g'.repeat(255)
const network = 'n'.repeat(230)
const volume = 'v'.repeat(230)
const secret = 'k'.repeat(230)

const compose = `name: ${project}
x-aws-exec: true
services:
  ${main}:
    image: nginx
    networks: [${network}]
    volumes: ["${volume}:/data"]
    secrets: [${secret}]
    configs: [{source: cfg, target: /etc/app/app.conf}]
    x-aws-role: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: 's3:GetObject', Resource: '*'}]}
    x-aws-policies: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
    x-aws-pull_credentials: arn:aws:secretsmanager:us-east-1:123456789012:secret:pull
    logging: {driver: awslogs, options: {awslogs-create-group: 'true', awslogs-group: own-group}}
    deploy: {x-aws-autoscaling: {max: 3, cpu: 50}}
  ${twin}:
    image: nginx
    secrets: [${secret}]
  ${sidecar}:
    image: envoyproxy/envoy:v1.31
    network_mode: service:${main}
  ${udp}:
    image: coredns/coredns
    ports: ["53:53/udp"]
    networks: [${network}]
    volumes: ["${volume}:/data"]
    deploy: {x-aws-autoscaling: {max: 3, memory: 60}}
  ${gpu}:
    image: public.ecr.aws/docker/library/python:3.12
    gpus: all
networks:
  ${network}: {}
volumes:
  ${volume}: {}
secrets:
  ${secret}: {environment: SECRET}
configs:
  cfg: {content: hello}
`

function run(nestedStacks: boolean): ConvertResult {
  return convert({ sources: { 'compose.yaml': compose }, projectName: project, emit: ['cfn-json'], environment: { SECRET: 'x' }, nestedStacks })
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** The string values at `path` (`*` for every item of a list) under `value`. */
function at(value: Json | undefined, path: readonly string[]): string[] {
  if (value === undefined || value === null) return []
  if (path.length === 0) return typeof value === 'string' ? [value] : []
  const [head, ...rest] = path
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => at(v, rest)) : []
  return typeof value === 'object' && !Array.isArray(value) ? at(value[head!], rest) : []
}

// AWS's limits of the properties composeform writes names or descriptions into.
const LIMITS: [type: string, path: string, max: number][] = [
  ['AWS::ECS::Cluster', 'ClusterName', 255],
  ['AWS::Logs::LogGroup', 'LogGroupName', 512],
  ['AWS::ServiceDiscovery::PrivateDnsNamespace', 'Name', 253],
  ['AWS::ServiceDiscovery::PrivateDnsNamespace', 'Description', 1024],
  ['AWS::EC2::SecurityGroup', 'GroupDescription', 255],
  ['AWS::EC2::SecurityGroupIngress', 'Description', 255],
  ['AWS::SecretsManager::Secret', 'Description', 2048],
  ['AWS::ECS::TaskDefinition', 'Family', 255],
  ['AWS::ECS::TaskDefinition', 'ContainerDefinitions.*.Name', 255],
  ['AWS::IAM::Role', 'Policies.*.PolicyName', 128],
  ['AWS::ApplicationAutoScaling::ScalingPolicy', 'PolicyName', 256],
  ['*', 'Tags.*.Value', 256],
  ['AWS::EFS::FileSystem', 'FileSystemTags.*.Value', 256],
  ['AWS::EFS::AccessPoint', 'AccessPointTags.*.Value', 256],
  ['AWS::EC2::LaunchTemplate', 'LaunchTemplateData.TagSpecifications.*.Tags.*.Value', 256],
]

/** Every limit a template breaks, as `<where>: <length> > <limit>`; also how many values were measured. */
function overLimits(template: { [key: string]: Json }): { over: string[]; measured: number } {
  const over: string[] = []
  let measured = 0
  const check = (where: string, text: string, max: number) => {
    measured++
    if (text.length > max) over.push(`${where.slice(0, 80)}: ${text.length} > ${max}`)
  }
  if (typeof template.Description === 'string') check('Description', template.Description, 1024)
  for (const section of ['Resources', 'Parameters', 'Outputs']) for (const id of Object.keys((template[section] ?? {}) as object)) check(`${section} id ${id}`, id, 255)
  for (const [id, resource] of Object.entries((template.Resources ?? {}) as { [id: string]: { Type: string; Properties?: Json } })) {
    for (const [type, path, max] of LIMITS) {
      if (type !== '*' && type !== resource.Type) continue
      for (const text of at(resource.Properties, path.split('.'))) check(`${id}.${path}`, text, max)
    }
    if (resource.Type === 'AWS::ServiceDiscovery::PrivateDnsNamespace') for (const label of at(resource.Properties, ['Name']).flatMap((n) => n.split('.'))) check(`${id} label`, label, 63)
    // A log stream is `<prefix>/<container>/<task id of 32>`, at most 512 characters.
    for (const container of (at(resource.Properties, ['ContainerDefinitions', '*', 'Name']))) {
      for (const prefix of at(resource.Properties, ['ContainerDefinitions', '*', 'LogConfiguration', 'Options', 'awslogs-stream-prefix'])) check(`${id} log stream`, `${prefix}/${container}/${'0'.repeat(32)}`, 512)
    }
  }
  return { over, measured }
}

test('a project of long names converts without errors; every limited name and description is within its limit, and AWS\'s validator accepts the template', () => {
  const result = run(false)
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`), [])
  const text = result.files.find((f) => f.path === 'template.json')!.contents
  const template = JSON.parse(text) as { [key: string]: Json }
  const { over, measured } = overLimits(template)
  assert.equal(over, [])
  assert.ok(measured > 150, `measured ${measured} values`)
  assert.equal(blockingFindings(validateTemplate(text, 'json')).map((f) => `${f.ruleId} ${f.path.slice(0, 80)}: ${f.message}`), [])
})

test('names cut to their limit stay apart: two services alike in their first 254 characters get their own logical IDs, families and init containers', () => {
  const template = JSON.parse(run(false).files.find((f) => f.path === 'template.json')!.contents) as { Resources: { [id: string]: { Type: string; Properties: Json } } }
  const tasks = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::ECS::TaskDefinition')
  assert.is(tasks.length, 4)
  const families = tasks.flatMap(([, r]) => at(r.Properties, ['Family']))
  assert.is(new Set(families).size, 4)
  const containers = tasks.flatMap(([, r]) => at(r.Properties, ['ContainerDefinitions', '*', 'Name']))
  assert.is(new Set(containers).size, containers.length)
  const services = [main, twin, sidecar, udp, gpu]
  for (const name of services) assert.ok(containers.includes(name), 'container names are the service names, as written')
  // The init containers of the two services with secrets: `<service>_Secrets_InitContainer`, cut.
  const init = containers.filter((c) => !services.includes(c))
  assert.is(init.length, 2)
  for (const name of init) assert.match(name, /^a{248}[0-9a-z]{7}$/)
  assert.is(Object.values(template.Resources).filter((r) => r.Type === 'AWS::ECS::Service').length, 4)
})

test('split into nested stacks, every template keeps the limits and passes AWS\'s validator', () => {
  const result = run(true)
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [])
  assert.ok(result.files.length > 4, result.files.map((f) => f.path).join(', '))
  for (const file of result.files) {
    assert.ok(file.path.length < 255, file.path)
    assert.equal(overLimits(JSON.parse(file.contents) as { [key: string]: Json }).over, [], file.path)
    assert.equal(blockingFindings(validateTemplate(file.contents, 'json')).map((f) => `${file.path.slice(0, 40)}: ${f.ruleId} ${f.path.slice(0, 80)}: ${f.message}`), [])
  }
})

test.run()
