import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { stringify } from 'yaml'
import { enforceUnicity } from '../src/merge/enforce-unicity.js'
import { checkSchema } from '../src/schema/check-schema.js'
import { parseYaml } from '../src/yaml/parse-yaml.js'
import { toPlain } from '../src/yaml/node.js'
import { load, located } from './load-helper.js'

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
  secrets: ['s'],
  configs: ['c'],
  volumes: ['data:/data'],
  healthcheck: { test: ['CMD', 'true'] },
  deploy: { replicas: 1 },
}
const BASE = {
  services: { web: BASE_SERVICE, db: { image: 'postgres' } },
  networks: { front: { labels: { a: 'b' } } },
  volumes: { data: { labels: ['a=b'] } },
  secrets: { s: { file: './s.txt' } },
  configs: { c: { content: 'x' } },
}
// Where a value is put: a service's keys, and the keys of each kind of top-level resource.
const PATHS: (readonly string[])[] = [
  ...[...Object.keys(BASE_SERVICE).filter((k) => k !== 'image'), 'extends', 'ports', 'command', 'expose', 'cap_add', 'ulimits', 'tmpfs', 'sysctls', 'annotations', 'profiles', 'dns_search'].map((k) => ['services', 'web', k]),
  ...['labels', 'driver_opts', 'external', 'name', 'ipam', 'driver'].map((k) => ['networks', 'front', k]),
  ...['labels', 'driver', 'external', 'name'].map((k) => ['volumes', 'data', k]),
  ...['file', 'environment', 'external', 'name'].map((k) => ['secrets', 's', k]),
  ...['file', 'content', 'environment'].map((k) => ['configs', 'c', k]),
]

const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('db', 'front', 'a=b', 'web.env', 's', '', null, 1, true),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('service', 'file', 'path', 'A', 'condition', 'x', 'driver', 'source', 'target', 'soft', 'test', 'subnet'), tie('node'), { maxKeys: 3 }),
  ),
})).node

/** A copy of `doc` with `v` at `path`. */
function withValue(doc: unknown, path: readonly string[], v: unknown): Record<string, unknown> {
  const copy = structuredClone(doc) as Record<string, unknown>
  let at = copy
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>
  at[path[path.length - 1]!] = v
  return copy
}
// What the schema check of compose sees, and of composeform: the document after the items
// of the lists compose keeps unique are merged by key (the later wins).
const schemaErrors = (doc: unknown) => {
  const root = parseYaml(stringify(doc), 'oracle.yaml').documents[0]!
  return checkSchema(toPlain(enforceUnicity(root))).filter((i) => i.code !== 'SCHEMA_NEWER_KEY')
}
const FILES = { 'web.env': 'B=y\n', 's.txt': 'secret\n' }

test('a long-form port or volume without a target, and a secret or config without a source, are errors where they are written', () => {
  const { errors } = load({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports:\n      - published: 80\n    secrets:\n      - target: /x\n    configs:\n      - {}\n    volumes:\n      - type: volume\n        source: data\nvolumes:\n  data: {}\n' })
  assert.equal(
    errors.map((e) => `${e.code} ${located(e)} ${e.message}`),
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
    fc.property(fc.constantFrom(...PATHS), value, (path, v) => {
      const doc = withValue(BASE, path, v)
      fc.pre(schemaErrors(doc).length > 0)
      const { errors } = load({ 'compose.yaml': stringify(doc), ...FILES })
      assert.ok(errors.length > 0, `${path.join('.')}: ${JSON.stringify(v)} loaded without an error`)
    }),
    { numRuns: 500 },
  )
})

test('a value the schema rejects in an override file fails the load, though the merge converts forms', () => {
  fc.assert(
    fc.property(fc.constantFrom(...PATHS), value, (path, v) => {
      // A null in a later file leaves the earlier value, as in compose (which checks the merged document).
      fc.pre(v !== null)
      const override = withValue({}, path, v)
      fc.pre(schemaErrors(withValue({ services: { web: { image: 'nginx' } } }, path, v)).length > 0)
      const { errors } = load({ 'compose.yaml': stringify(BASE), 'compose.override.yaml': stringify(override), ...FILES }, { files: ['compose.yaml', 'compose.override.yaml'] })
      assert.ok(errors.length > 0, `${path.join('.')}: ${JSON.stringify(v)} in the override loaded without an error`)
    }),
    { numRuns: 500 },
  )
})

test.run()
