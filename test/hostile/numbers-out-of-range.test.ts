import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const web = 'services:\n  web:\n    image: nginx\n'

/**
 * Runs `service` (lines under `web`, or top-level lines after `top`) and asserts that the
 * result has a diagnostic with `code`, positioned inside the file, and that no template
 * carries Infinity, NaN or null where a number belongs.
 */
function expectCode(code: string, service: string, top = '') {
  const sources = { 'compose.yaml': web + service + top }
  const { result } = convertBounded(sources)
  assertWellFormed(result, sources)
  const found = result.diagnostics.find((d) => d.code === code)
  assert.ok(found, `${JSON.stringify(service + top)}: expected ${code}, got\n${describe(result)}`)
  assert.ok(found.location, `${code} has no position`)
  if (found.severity === 'error') assert.equal(result.files, [])
  return result
}

test('ports: 0, 70000, -1, 1e309 and 2^64 in the short syntax are INVALID_PORT', () => {
  for (const port of ['0', '70000', '-1', '"0:80"', '"70000:80"', '"80:70000"', '"-1:80"', '"99999999999999999999:80"', '"80-70000:80-70000"', '1.5']) {
    expectCode('INVALID_PORT', `    ports: [${port}]\n`)
  }
  // YAML reads 1e309 as Infinity; the port parser's error says so, and the schema's type error at it is left out.
  assert.not.ok(expectCode('INVALID_PORT', '    ports: [1e309]\n').diagnostics.some((d) => d.code === 'SCHEMA_TYPE'))
})

test('ports: `target` and `published` out of range in the long syntax are INVALID_PORT at that key', () => {
  for (const target of ['0', '70000', '-1']) {
    const result = expectCode('INVALID_PORT', `    ports: [{target: ${target}, published: "80"}]\n`)
    assert.equal(result.diagnostics.find((d) => d.code === 'INVALID_PORT')?.path, ['services', 'web', 'ports', 0, 'target'])
  }
  for (const published of ['0', '70000', '-1', '"0-5"', '"8080-70000"']) expectCode('INVALID_PORT', `    ports: [{target: 80, published: ${published}}]\n`)
  expectCode('SCHEMA_TYPE', '    ports: [{target: 1e309}]\n')
  expectCode('SCHEMA_TYPE', '    ports: [{target: .nan}]\n')
})

test('expose: 0, 70000, -1 and 1e309', () => {
  for (const port of ['0', '70000', '-1', '"70000"']) expectCode('PORT_RANGE_UNSUPPORTED', `    expose: [${port}]\n`)
  expectCode('SCHEMA_TYPE', '    expose: [1e309]\n')
})

test('cpus: 1e308 is too large for Fargate, -1 out of range, NaN and Infinity are not numbers', () => {
  for (const at of ['    cpus: %\n', '    deploy: {resources: {limits: {cpus: %}}}\n', '    deploy: {resources: {reservations: {cpus: %}}}\n']) {
    expectCode('NUMBER_OUT_OF_RANGE', at.replace('%', '-1'))
    expectCode('SCHEMA_TYPE', at.replace('%', '1e309'))
    expectCode('SCHEMA_TYPE', at.replace('%', '.nan'))
  }
  expectCode('FARGATE_SIZE_TOO_LARGE', '    cpus: 1e308\n')
  expectCode('INVALID_NUMBER', '    cpus: "NaN"\n')
  expectCode('INVALID_NUMBER', '    deploy: {resources: {limits: {cpus: "NaN"}}}\n')
  expectCode('INVALID_NUMBER', '    deploy: {resources: {limits: {cpus: "Infinity"}}}\n')
})

test('memory: 999999999999999999g, -5m, 1e309 and a negative number', () => {
  for (const at of ['    mem_limit: %\n', '    deploy: {resources: {limits: {memory: %}}}\n', '    shm_size: %\n']) {
    expectCode('INVALID_BYTE_SIZE', at.replace('%', '999999999999999999g'))
    expectCode('INVALID_BYTE_SIZE', at.replace('%', '"-5m"'))
    expectCode('INVALID_BYTE_SIZE', at.replace('%', '1e309'))
  }
  expectCode('SCHEMA_TYPE', '    deploy: {resources: {limits: {memory: -1}}}\n')
})

test('replicas and scale: -5, 1e20 and 2^31 are NUMBER_OUT_OF_RANGE; 1e309 and 1.5 fail the schema', () => {
  for (const at of ['    deploy: {replicas: %}\n', '    scale: %\n']) {
    for (const value of ['-5', '1e20', '2147483648', '"${N:--3}"']) expectCode('NUMBER_OUT_OF_RANGE', at.replace('%', value))
    expectCode('SCHEMA_TYPE', at.replace('%', '1e309'))
    expectCode('SCHEMA_TYPE', at.replace('%', '1.5'))
  }
})

test('durations: 999999999h, 1e309, NaNs and 99999999999999999999999h are INVALID_DURATION', () => {
  const places = [
    '    healthcheck: {test: [CMD, "true"], interval: %}\n',
    '    healthcheck: {test: [CMD, "true"], start_period: %}\n',
    '    stop_grace_period: %\n',
    '    deploy: {update_config: {delay: %}}\n',
    '    deploy: {restart_policy: {window: %}}\n',
  ]
  for (const at of places) {
    for (const value of ['999999999h', '1e309', '"NaNs"', '"99999999999999999999999h"', '"1e-9s"']) expectCode('INVALID_DURATION', at.replace('%', value))
  }
})

test('negative durations and counts that ECS bounds are clamped with a positioned warning', () => {
  expectCode('HEALTHCHECK_CLAMPED', '    healthcheck: {test: [CMD, "true"], interval: -1s}\n')
  expectCode('HEALTHCHECK_CLAMPED', '    healthcheck: {test: [CMD, "true"], retries: 1e20}\n')
  expectCode('HEALTHCHECK_CLAMPED', '    healthcheck: {test: [CMD, "true"], retries: -5}\n')
  expectCode('STOP_TIMEOUT_CLAMPED', '    stop_grace_period: -1s\n')
  expectCode('STOP_TIMEOUT_CLAMPED', '    stop_grace_period: 100000h\n')
})

test('ulimits: 1e20 open files, and 1e309 anywhere', () => {
  expectCode('ULIMIT_UNSUPPORTED', '    ulimits: {nofile: 100000000000000000000}\n')
  expectCode('SCHEMA_TYPE', '    ulimits: {nofile: {soft: 1e309, hard: 1e309}}\n')
})

test('x-aws extensions: autoscaling counts past 2^31, retention out of range, infinities', () => {
  expectCode('X_AWS_INVALID', '    ports: ["80:80"]\n    deploy:\n      x-aws-autoscaling: {max: 1e20, cpu: 50}\n')
  expectCode('X_AWS_INVALID', '    ports: ["80:80"]\n    deploy:\n      x-aws-autoscaling: {max: 4, request_count: 2147483648}\n')
  expectCode('X_AWS_INVALID', '    deploy:\n      x-aws-autoscaling: {max: 4, cpu: .inf}\n')
  expectCode('X_AWS_INVALID', '', 'x-aws-logs_retention: -5\n')
  expectCode('X_AWS_INVALID', '', 'x-aws-logs_retention: 1e309\n')
  const rounded = expectCode('LOGS_RETENTION_ROUNDED', '', 'x-aws-logs_retention: 1e20\n')
  assert.match(rounded.diagnostics.find((d) => d.code === 'LOGS_RETENTION_ROUNDED')!.message, /3653, the longest period/)
})

test('the x-aws-cloudformation overlay: .nan and .inf anywhere are X_AWS_INVALID, not a silent null', () => {
  const result = expectCode('X_AWS_INVALID', '', 'x-aws-cloudformation:\n  Resources:\n    WebService:\n      Properties:\n        DesiredCount: .nan\n        Extra: [1, .inf, {a: -.inf}]\n')
  assert.equal(
    result.diagnostics.filter((d) => d.code === 'X_AWS_INVALID').map((d) => d.location?.start.line),
    [8, 9, 9],
  )
})

test('messages name infinity instead of saying "not a number"', () => {
  const result = expectCode('SCHEMA_TYPE', '    cpus: .inf\n')
  assert.match(result.diagnostics.find((d) => d.code === 'SCHEMA_TYPE')!.message, /not `Infinity`/)
  assert.match(result.diagnostics.find((d) => d.code === 'SCHEMA_TYPE')!.hint ?? '', /finite number/)
})

test.run()
