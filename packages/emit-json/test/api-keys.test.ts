import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { apiKey, RENAMED_KEYS, toApiShape, VERBATIM_MAPS } from '../src/api-keys.js'
import { camelCaseKey } from '../src/camel-case.js'

test('camelCaseKey: the leading capital is lowered', () => {
  const cases: [string, string][] = [
    ['Cpu', 'cpu'],
    ['Family', 'family'],
    ['ContainerDefinitions', 'containerDefinitions'],
    ['EntryPoint', 'entryPoint'],
    ['ReadonlyRootFilesystem', 'readonlyRootFilesystem'],
    ['AwsvpcConfiguration', 'awsvpcConfiguration'],
    ['SizeInGiB', 'sizeInGiB'],
    ['Key', 'key'],
    ['Value', 'value'],
    ['A', 'a'],
  ]
  for (const [cfn, api] of cases) assert.is(camelCaseKey(cfn), api, cfn)
})

test('camelCaseKey: capitals after the first word stay', () => {
  assert.is(camelCaseKey('EnableECSManagedTags'), 'enableECSManagedTags')
  assert.is(camelCaseKey('HealthCheckGracePeriodSeconds'), 'healthCheckGracePeriodSeconds')
  assert.is(camelCaseKey('TaskRoleArn'), 'taskRoleArn')
})

test('camelCaseKey: a leading acronym is lowered up to the capital that starts the next word', () => {
  assert.is(camelCaseKey('EFSVolumeConfiguration'), 'efsVolumeConfiguration')
  assert.is(camelCaseKey('DNSName'), 'dnsName')
  assert.is(camelCaseKey('IAM'), 'iam')
  assert.is(camelCaseKey('TTL'), 'ttl')
  assert.is(camelCaseKey('ABC1'), 'abc1')
  assert.is(camelCaseKey('IPC2Mode'), 'ipc2Mode')
})

test('camelCaseKey: names that do not start with a capital are unchanged', () => {
  for (const key of ['cpu', 'awslogs-group', '$ref', 'com.example.team', '', '1Thing', '_X', 'net.core.somaxconn']) assert.is(camelCaseKey(key), key)
})

const word = fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.stringMatching(/^[a-z0-9]{1,6}$/)).map(([a, b]) => a + b)
const pascal = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(''))

test('camelCaseKey: PascalCase words lose only the first capital, and a second run changes nothing', () => {
  fc.assert(
    fc.property(pascal, (key) => {
      const api = camelCaseKey(key)
      assert.is(api, key[0]!.toLowerCase() + key.slice(1))
      assert.is(camelCaseKey(api), api)
    }),
  )
})

test('camelCaseKey: only letter case ever changes', () => {
  fc.assert(fc.property(fc.string(), (key) => camelCaseKey(key).toLowerCase() === key.toLowerCase() && camelCaseKey(key).length === key.length))
})

test('apiKey: the exception table wins over the generic rule', () => {
  assert.is(camelCaseKey('FSxWindowsFileServerVolumeConfiguration'), 'fSxWindowsFileServerVolumeConfiguration')
  assert.is(apiKey('FSxWindowsFileServerVolumeConfiguration'), 'fsxWindowsFileServerVolumeConfiguration')
  assert.is(apiKey('ProxyConfigurationProperties'), 'properties')
  assert.is(apiKey('ContainerDefinitions'), 'containerDefinitions')
  for (const [cfn, api] of Object.entries(RENAMED_KEYS)) assert.is(apiKey(cfn), api)
  // CloudFormation's `FilesystemId` is `fileSystemId` in the ECS API (it came out `filesystemId`).
  assert.equal(toApiShape({ EFSVolumeConfiguration: { FilesystemId: 'fs-1', TransitEncryption: 'ENABLED' } }), { efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED' } })
})

test('apiKey: inherited object members are not exceptions', () => {
  assert.is(apiKey('constructor'), 'constructor')
  assert.is(apiKey('ToString'), 'toString')
})

test('toApiShape: keys renamed at every depth, values untouched', () => {
  const cfn = {
    Family: 'Family',
    ContainerDefinitions: [{ Name: 'Web', Environment: [{ Name: 'MODE', Value: 'Production' }], HealthCheck: { Command: ['CMD', 'Curl'], StartPeriod: 5 } }],
    Tags: [{ Key: 'Team', Value: 'Shop' }],
  }
  assert.equal(toApiShape(cfn), {
    family: 'Family',
    containerDefinitions: [{ name: 'Web', environment: [{ name: 'MODE', value: 'Production' }], healthCheck: { command: ['CMD', 'Curl'], startPeriod: 5 } }],
    tags: [{ key: 'Team', value: 'Shop' }],
  })
})

test('toApiShape: the keys of Docker labels, log options, driver options and volume labels are the user\'s', () => {
  const cfn = {
    DockerLabels: { Team: 'Web', 'com.Example.Owner': 'X' },
    LogConfiguration: { LogDriver: 'awslogs', Options: { 'awslogs-group': 'g', Mode: 'non-blocking' } },
    FirelensConfiguration: { Type: 'fluentbit', Options: { EnableECSLogMetadata: 'true' } },
    DockerVolumeConfiguration: { Driver: 'local', DriverOpts: { Type: 'nfs' }, Labels: { Backup: 'Daily' } },
  }
  assert.equal(toApiShape(cfn), {
    dockerLabels: { Team: 'Web', 'com.Example.Owner': 'X' },
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', Mode: 'non-blocking' } },
    firelensConfiguration: { type: 'fluentbit', options: { EnableECSLogMetadata: 'true' } },
    dockerVolumeConfiguration: { driver: 'local', driverOpts: { Type: 'nfs' }, labels: { Backup: 'Daily' } },
  })
  assert.equal([...VERBATIM_MAPS].sort(), ['DockerLabels', 'DriverOpts', 'Labels', 'Options'])
})

test('toApiShape: a verbatim name whose value is not a map is renamed through', () => {
  assert.equal(toApiShape({ Options: [{ Name: 'x' }] }), { options: [{ name: 'x' }] })
})

test('toApiShape: scalars and a __proto__ label stay what they are', () => {
  assert.is(toApiShape('Name'), 'Name')
  assert.is(toApiShape(null), null)
  assert.equal(toApiShape([1, 'A', true]), [1, 'A', true])
  const labels = JSON.parse('{"DockerLabels": {"__proto__": "x"}}')
  const shaped = toApiShape(labels) as { dockerLabels: object }
  assert.equal(Object.keys(shaped.dockerLabels), ['__proto__'])
  const top = toApiShape(JSON.parse('{"__proto__": {"A": 1}}')) as object
  assert.equal(Object.keys(top), ['__proto__'])
  assert.is(Object.getPrototypeOf(top), Object.prototype)
})

test.run()
