import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { stringify } from 'yaml'
import { checkSchema } from '../src/schema/check-schema.js'
import { load } from './load-helper.js'

// The loader resolves env files, extends, includes and merges before it checks the merged
// document against the schema. Whatever the schema rejects in a file must still fail the
// load: no resolution step may drop or coerce it on the way.

const BASE_SERVICE = {
  image: 'nginx',
  environment: { A: 'x' },
  env_file: ['web.env'],
  depends_on: ['db'],
  networks: ['front'],
  labels: ['a=b'],
  dns: '1.1.1.1',
  extra_hosts: { h: '1.2.3.4' },
  build: '.',
  logging: { driver: 'json-file' },
}
const KEYS = Object.keys(BASE_SERVICE).filter((k) => k !== 'image').concat(['extends', 'secrets', 'volumes', 'ports', 'command'])

const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('db', 'front', 'a=b', 'web.env', '', null, 1, true),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('service', 'file', 'path', 'A', 'condition', 'x', 'driver'), tie('node'), { maxKeys: 3 }),
  ),
})).node

const document = (service: Record<string, unknown>) => stringify({ services: { web: service, db: { image: 'postgres' } }, networks: { front: {} } })
// Repeated items of the lists compose keeps unique are merged before the check, by compose
// as by composeform, so the schema's uniqueness rule never fires on them.
const schemaErrors = (service: Record<string, unknown>) =>
  checkSchema({ services: { web: service, db: { image: 'postgres' } }, networks: { front: {} } }).filter((i) => i.code !== 'SCHEMA_NEWER_KEY' && !i.message.includes(' repeats '))

test('a long-form port or volume without a target, and a secret or config without a source, are errors where they are written', () => {
  const { errors } = load({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports:\n      - published: 80\n    secrets:\n      - target: /x\n    configs:\n      - {}\n    volumes:\n      - type: volume\n        source: data\nvolumes:\n  data: {}\n' })
  assert.equal(
    errors.map((e) => `${e.code} ${e.location?.start.line}:${e.location?.start.column} ${e.message}`),
    [
      'SCHEMA_REQUIRED 5:9 `services.web.ports[0]` is missing the required key `target`.',
      'SCHEMA_REQUIRED 7:9 `services.web.secrets[0]` is missing the required key `source`.',
      'SCHEMA_REQUIRED 9:9 `services.web.configs[0]` is missing the required key `source`.',
      'SCHEMA_REQUIRED 11:9 `services.web.volumes[0]` is missing the required key `target`.',
    ],
  )
})

test('a value the schema rejects in the only file fails the load', () => {
  fc.assert(
    fc.property(fc.constantFrom(...KEYS), value, (key, v) => {
      const service = { ...BASE_SERVICE, [key]: v }
      fc.pre(schemaErrors(service).length > 0)
      const { errors } = load({ 'compose.yaml': document(service), 'web.env': 'B=y\n' })
      assert.ok(errors.length > 0, `${key}: ${JSON.stringify(v)} loaded without an error`)
    }),
    { numRuns: 400 },
  )
})

test('a value the schema rejects in an override file fails the load, though the merge converts forms', () => {
  fc.assert(
    fc.property(fc.constantFrom(...KEYS), value, (key, v) => {
      // A null in a later file leaves the earlier value, as in compose (which checks the merged document).
      fc.pre(v !== null)
      const override = { [key]: v }
      fc.pre(schemaErrors({ image: 'nginx', ...override }).length > 0)
      const { errors } = load(
        { 'compose.yaml': document(BASE_SERVICE), 'compose.override.yaml': stringify({ services: { web: override } }), 'web.env': 'B=y\n' },
        { files: ['compose.yaml', 'compose.override.yaml'] },
      )
      assert.ok(errors.length > 0, `${key}: ${JSON.stringify(v)} in the override loaded without an error`)
    }),
    { numRuns: 400 },
  )
})

test.run()
