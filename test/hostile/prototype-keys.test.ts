import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertBounded, describe, errorCodes } from './support/run-bounded.js'
import { assertWellFormed } from './support/well-formed.js'

const KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** The own property names of the prototypes an attack would target. */
function prototypeShape(): string {
  return JSON.stringify([Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort()))
}

const shapeBefore = prototypeShape()

/** Asserts that nothing reached a shared prototype, and that the clean service got none of the marked values. */
function assertUnpolluted(sources: Readonly<Record<string, string>>): void {
  const { result } = convertBounded(sources)
  assertWellFormed(result, sources)
  assert.is(prototypeShape(), shapeBefore, 'a prototype gained or lost a property')
  const probe: Record<string, unknown> = {}
  for (const name of ['polluted', 'image', 'Image', 'isAdmin']) assert.is(probe[name], undefined, `Object.prototype.${name} is set`)
  const clean = result.graph?.nodes.filter((n) => n.id.startsWith('Clean')) ?? []
  assert.not.match(JSON.stringify(clean.map((n) => n.properties)), /POLLUTED/, 'a marked value reached the clean service')
}

const cleanService = '  clean:\n    image: nginx\n'

test('service names __proto__, constructor and prototype convert to their own resources', () => {
  const sources = {
    'compose.yaml': `services:\n${KEYS.map((k) => `  ${k}:\n    image: nginx\n    depends_on: [clean]\n`).join('')}${cleanService}`,
  }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), [], describe(result))
  assert.equal(Object.keys(result.project.model.services).sort(), ['__proto__', 'clean', 'constructor', 'prototype'])
  assertUnpolluted(sources)
})

test('__proto__, constructor and prototype as environment keys, labels, annotations and build args', () => {
  const pairs = (indent: string): string => KEYS.map((k) => `${indent}${k}: POLLUTED-${k}\n`).join('')
  const sources = {
    'compose.yaml': `services:\n  web:\n    image: nginx\n    environment:\n${pairs('      ')}    labels:\n${pairs('      ')}    annotations:\n${pairs('      ')}    build:\n      context: .\n      args:\n${pairs('        ')}${cleanService}`,
  }
  const { result } = convertBounded(sources)
  const web = result.project.model.services['web']
  assert.equal(Object.keys(web?.environment ?? {}), [...KEYS])
  assert.equal(Object.keys(web?.labels ?? {}), [...KEYS])
  assert.equal(Object.keys(web?.build?.args ?? {}), [...KEYS])
  assertUnpolluted(sources)
})

test('the same keys as list entries (`__proto__=x`) and in an env file', () => {
  const sources = {
    'compose.yaml': `services:\n  web:\n    image: nginx\n    env_file: hostile.env\n    environment: [${KEYS.map((k) => `"${k}=POLLUTED"`).join(', ')}]\n    labels: [${KEYS.map((k) => `"${k}=POLLUTED"`).join(', ')}]\n${cleanService}`,
    'hostile.env': KEYS.map((k) => `${k}=POLLUTED-env\n`).join(''),
  }
  assertUnpolluted(sources)
})

test('__proto__ mappings with values under them, in extensions, deploy, healthcheck and logging', () => {
  const nested = '{__proto__: {polluted: POLLUTED, isAdmin: true, image: POLLUTED}, constructor: {prototype: {polluted: POLLUTED}}}'
  const sources = {
    'compose.yaml': [
      'services:',
      '  web:',
      '    image: nginx',
      `    x-custom: ${nested}`,
      `    deploy: {x-extra: ${nested}, labels: {__proto__: POLLUTED}}`,
      `    logging: {driver: awslogs, options: {__proto__: POLLUTED, constructor: POLLUTED}}`,
      `    healthcheck: {test: [CMD, "true"], x-h: ${nested}}`,
      `    networks: {__proto__: {}}`,
      cleanService.trimEnd(),
      `x-top: ${nested}`,
      `networks: {__proto__: {}, constructor: {}}`,
      `volumes: {__proto__: {}}`,
      '',
    ].join('\n'),
  }
  assertUnpolluted(sources)
})

test('__proto__ at the top level is an unknown key, nothing more', () => {
  const sources = { 'compose.yaml': `__proto__: {polluted: POLLUTED}\nconstructor: {image: POLLUTED}\nservices:\n${cleanService}` }
  const { result } = convertBounded(sources)
  assert.equal(errorCodes(result), ['SCHEMA_UNKNOWN_KEY', 'SCHEMA_UNKNOWN_KEY'])
  assertUnpolluted(sources)
})

test('__proto__ in the x-aws-cloudformation overlay stays a key of that resource', () => {
  const sources = {
    'compose.yaml': `services:\n  web:\n    image: nginx\n${cleanService}x-aws-cloudformation:\n  Resources:\n    __proto__: {Type: "AWS::SNS::Topic"}\n    WebService:\n      Properties:\n        __proto__: {polluted: POLLUTED}\n        Tags: {__proto__: POLLUTED}\n`,
  }
  assertUnpolluted(sources)
})

test('merging override files and extends with __proto__ keys', () => {
  const sources = {
    'compose.yaml': `services:\n  web:\n    image: nginx\n    labels: {__proto__: a}\n    extends: {file: base.yaml, service: __proto__}\n${cleanService}`,
    'base.yaml': 'services:\n  __proto__:\n    environment: {__proto__: POLLUTED, constructor: POLLUTED}\n    labels: {constructor: POLLUTED}\n',
  }
  assertUnpolluted(sources)
  const override = { ...sources, 'compose.override.yaml': 'services:\n  web:\n    labels: {__proto__: POLLUTED, prototype: POLLUTED}\n  __proto__:\n    image: POLLUTED\n' }
  const { result } = convertBounded(override, { files: ['compose.yaml', 'compose.override.yaml'] })
  assertWellFormed(result, override)
  assert.is(prototypeShape(), shapeBefore)
})

test('variables named __proto__, constructor and toString are variables like any other', () => {
  const sources = { 'compose.yaml': `services:\n  web:\n    image: "nginx:\${__proto__:-a}\${constructor:-b}\${toString:-c}"\n${cleanService}` }
  const unset = convertBounded(sources).result
  assert.equal(errorCodes(unset), [], describe(unset))
  assert.is(unset.project.model.services['web']?.image, 'nginx:abc')
  const environment: Record<string, string> = Object.fromEntries([['__proto__', 'POLLUTED']])
  const set = convertBounded(sources, { environment }).result
  assert.is(set.project.model.services['web']?.image, 'nginx:POLLUTEDbc')
  assertUnpolluted(sources)
})

test.run()
