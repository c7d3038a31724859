import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { DECLARATION_FILE, VALIDATOR_FILE, generateSchemaValidator } from '../scripts/generate-schema-validator.mjs'
import { schema, validate } from '../src/generated/compose-spec-validator.js'
import { diagnosticCodes } from '../src/codes.js'
import { checkSchema, type SchemaIssue, type SchemaIssueCode } from '../src/schema/check-schema.js'
import { buildErrorTree } from '../src/schema/collapse-errors.js'
import { didYouMean, editDistance } from '../src/schema/did-you-mean.js'
import { pointerToPath } from '../src/schema/instance-path.js'
import { NEWER_BUILD_KEYS, NEWER_SERVICE_KEYS, isNewerKey } from '../src/schema/newer-keys.js'

/** A one-service document with `web` set to `service`. */
function web(service: Record<string, unknown>, top: Record<string, unknown> = {}): unknown {
  return { ...top, services: { web: { image: 'nginx', ...service } } }
}

function issue(
  code: SchemaIssue['code'],
  path: (string | number)[],
  message: string,
  hint?: string,
  atKey = code === 'SCHEMA_UNKNOWN_KEY' || code === 'SCHEMA_NEWER_KEY',
): SchemaIssue {
  return hint === undefined ? { code, path, atKey, message } : { code, path, atKey, message, hint }
}

const QUOTE = 'Put the value in quotes so YAML reads it as a string.'
const EXTENSION = 'Remove it, or prefix it with `x-` to keep it as an extension.'
const PORT_HINT = 'Write the port as a string such as "8080:80", or as a mapping with `target` (and `published`).'
const VOLUME_HINT = 'Write the mount as a string such as "./data:/data:ro", or as a mapping with `type`, `source` and `target`.'
const ENV_HINT = 'Use a mapping of `KEY: value` pairs, or a list of `KEY=value` strings.'

// --- valid documents -------------------------------------------------------------------------

test('a minimal document has no issues', () => {
  assert.equal(checkSchema(web({})), [])
  assert.equal(checkSchema({}), [])
})

test('a rich document has no issues', () => {
  const document = {
    name: 'shop',
    include: ['common.yaml', { path: ['a.yaml', 'b.yaml'], env_file: '.env', project_directory: '.' }],
    'x-defaults': { restart: 'always', nested: [1, { deep: true }] },
    services: {
      web: {
        build: { context: '.', dockerfile: 'Dockerfile', args: { VERSION: '1.0', DEBUG: true }, 'x-note': 'ok' },
        command: ['npm', 'start'],
        entrypoint: '/entry.sh',
        ports: [80, '8080:80', '127.0.0.1:9000:9000/udp', { target: 443, published: '8443', protocol: 'tcp', 'x-meta': 1 }],
        expose: ['3000', 3001],
        volumes: ['./data:/data:ro', { type: 'bind', source: './src', target: '/src', bind: { create_host_path: true } }],
        environment: { NODE_ENV: 'production', PORT: 8080, FLAG: false, EMPTY: null },
        env_file: ['.env', { path: '.env.local', required: false }],
        labels: ['a=b', 'c=d'],
        depends_on: { db: { condition: 'service_healthy', restart: true }, cache: { condition: 'service_started', required: false } },
        healthcheck: { test: ['CMD', 'curl', '-f', 'http://localhost'], interval: '10s', retries: 3 },
        deploy: {
          replicas: 2,
          resources: { limits: { cpus: '0.5', memory: '512M' }, reservations: { devices: [{ capabilities: ['gpu'], count: 1 }] } },
          restart_policy: { condition: 'on-failure', max_attempts: 3 },
        },
        develop: { watch: [{ path: './src', action: 'sync', target: '/src' }] },
        networks: { front: { aliases: ['www'] }, back: null },
        secrets: ['token', { source: 'cert', target: '/run/cert', mode: 0o440 }],
        configs: ['app_config'],
        ulimits: { nofile: { soft: 1024, hard: 2048 }, nproc: 512 },
        logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': 3 } },
        post_start: [{ command: ['sh', '-c', 'echo up'], user: 'root' }],
        pull_policy: 'every_12h',
        container_name: 'shop-web',
        cpu_count: 2,
        gpus: 'all',
        models: ['llm'],
        'x-aws': { cpu: 256 },
      },
      db: { image: 'postgres:16', command: null, restart: 'unless-stopped', tmpfs: '/tmp', dns: ['8.8.8.8'] },
      cache: { image: 'redis', depends_on: ['db'], extends: { service: 'db', file: 'base.yaml' } },
    },
    networks: { front: null, back: { driver: 'bridge', ipam: { config: [{ subnet: '10.0.0.0/24' }] } } },
    volumes: { data: {}, legacy: null },
    secrets: { token: { file: './token.txt' }, cert: { environment: 'CERT' } },
    configs: { app_config: { content: 'x=1' } },
    models: { llm: { model: 'ai/smollm2', context_size: 4096 } },
  }
  assert.equal(checkSchema(document), [])
})

test('x- extensions are accepted at the top level, in services and in nested mappings', () => {
  const document = web(
    { 'x-aws-role': 'arn:aws:iam::1:role/x', build: { context: '.', 'x-cache': true }, ports: [{ target: 80, 'x-lb': 'alb' }] },
    { 'x-common': { anything: [1, 2, { goes: true }] }, 'x-': null },
  )
  assert.equal(checkSchema(document), [])
})

// --- SCHEMA_TYPE ---------------------------------------------------------------------------

test('SCHEMA_TYPE: a single type, with the YAML fix as hint', () => {
  assert.equal(checkSchema(web({ image: 5 })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'image'], '`services.web.image` must be a string, not a number', QUOTE),
  ])
  assert.equal(checkSchema(web({ use_api_socket: 'true' })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'use_api_socket'],
      '`services.web.use_api_socket` must be a boolean, not a string',
      'Write `true` or `false` without quotes.',
    ),
  ])
  assert.equal(checkSchema(web({ cap_add: 'NET_ADMIN' })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'cap_add'],
      '`services.web.cap_add` must be a list of strings, not a string',
      'Write it as a list: `["NET_ADMIN"]`.',
    ),
  ])
})

test('SCHEMA_TYPE: integers', () => {
  assert.equal(checkSchema({ models: { llm: { model: 'ai/smollm2', context_size: 'big' } } }), [
    issue('SCHEMA_TYPE', ['models', 'llm', 'context_size'], '`models.llm.context_size` must be an integer, not a string'),
  ])
  assert.equal(checkSchema({ models: { llm: { model: 'ai/smollm2', context_size: '4096' } } }), [
    issue(
      'SCHEMA_TYPE',
      ['models', 'llm', 'context_size'],
      '`models.llm.context_size` must be an integer, not a string',
      'Remove the quotes so YAML reads it as a number.',
    ),
  ])
  assert.equal(checkSchema(web({ cpu_count: 1.5 })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'cpu_count'], '`services.web.cpu_count` must be a string or an integer, not `1.5`', 'Use a whole number.'),
  ])
})

test('SCHEMA_TYPE: the document itself and null services', () => {
  assert.equal(checkSchema([]), [issue('SCHEMA_TYPE', [], 'The compose document must be a mapping, not a list')])
  assert.equal(checkSchema('services:'), [issue('SCHEMA_TYPE', [], 'The compose document must be a mapping, not a string')])
  assert.equal(checkSchema({ services: { web: null } }), [
    issue('SCHEMA_TYPE', ['services', 'web'], '`services.web` must be a mapping, not null'),
  ])
})

test('SCHEMA_TYPE supersedes other complaints about the same value', () => {
  // `cgroup` has both `type: string` and an `enum`; a number breaks both, for one reason.
  assert.equal(checkSchema(web({ cgroup: 5 })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'cgroup'], '`services.web.cgroup` must be `host` or `private`, not a number'),
  ])
})

// --- SCHEMA_UNKNOWN_KEY --------------------------------------------------------------------

test('SCHEMA_UNKNOWN_KEY: misspelt keys get a suggestion', () => {
  assert.equal(checkSchema(web({ imgae: 'nginx' })), [
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'web', 'imgae'], '`services.web` has an unknown key `imgae`', 'Did you mean `image`?'),
  ])
  assert.equal(checkSchema(web({ Restart: 'always' })), [
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'web', 'Restart'], '`services.web` has an unknown key `Restart`', 'Did you mean `restart`?'),
  ])
  assert.equal(checkSchema({ servces: {} }), [
    issue('SCHEMA_UNKNOWN_KEY', ['servces'], 'The compose document has an unknown top-level key `servces`', 'Did you mean `services`?'),
  ])
  assert.equal(checkSchema(web({ build: { context: '.', dockerfle: 'Dockerfile' } })), [
    issue(
      'SCHEMA_UNKNOWN_KEY',
      ['services', 'web', 'build', 'dockerfle'],
      '`services.web.build` has an unknown key `dockerfle`',
      'Did you mean `dockerfile`?',
    ),
  ])
})

test('SCHEMA_UNKNOWN_KEY: other unknown keys', () => {
  assert.equal(checkSchema(web({ frobnicate: 1 })), [
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'web', 'frobnicate'], '`services.web` has an unknown key `frobnicate`', EXTENSION),
  ])
  assert.equal(checkSchema(web({ x_aws: 1 })), [
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'web', 'x_aws'], '`services.web` has an unknown key `x_aws`', 'Extension keys start with `x-`: write `x-aws`.'),
  ])
  // `extends` allows no extensions, so the only fix is removing the key.
  assert.equal(checkSchema(web({ extends: { service: 'base', frobnicate: 1 } })), [
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'web', 'extends', 'frobnicate'], '`services.web.extends` has an unknown key `frobnicate`', 'Remove it.'),
  ])
  assert.equal(checkSchema(web({ replicas: 3 })), [
    issue(
      'SCHEMA_UNKNOWN_KEY',
      ['services', 'web', 'replicas'],
      '`services.web` has an unknown key `replicas`',
      '`replicas` belongs under `deploy`: write it as `deploy.replicas`.',
    ),
  ])
  assert.equal(checkSchema({ services: {}, web: { image: 'nginx' } }), [
    issue('SCHEMA_UNKNOWN_KEY', ['web'], 'The compose document has an unknown top-level key `web`', 'It looks like a service: move it under `services`.'),
  ])
})

test('SCHEMA_UNKNOWN_KEY: names that break the naming rule, and empty keys', () => {
  assert.equal(checkSchema({ services: { 'my app': { image: 'nginx' } } }), [
    issue(
      'SCHEMA_UNKNOWN_KEY',
      ['services', 'my app'],
      '`services` has an invalid service name `my app`',
      'Service names may contain only letters, digits, `.`, `_` and `-`, e.g. `my-app`.',
    ),
  ])
  assert.equal(checkSchema(web({ environment: { '': 'x' } })), [
    issue(
      'SCHEMA_UNKNOWN_KEY',
      ['services', 'web', 'environment', ''],
      '`services.web.environment` has an empty key',
      'Give the key a name, or remove the entry.',
    ),
  ])
})

// --- SCHEMA_NEWER_KEY ----------------------------------------------------------------------

test('SCHEMA_NEWER_KEY: keys newer than the vendored schema are kept, unchecked', () => {
  assert.ok(NEWER_SERVICE_KEYS.includes('pre_start'))
  assert.ok(NEWER_BUILD_KEYS.includes('no_cache_filter'))
  assert.ok(isNewerKey(['services', 'web', 'pre_start']))
  assert.not.ok(isNewerKey(['services', 'web', 'build', 'pre_start']))
  assert.equal(checkSchema(web({ pre_start: [{ image: 'busybox', command: 'true', anything: 'goes' }] })), [
    issue(
      'SCHEMA_NEWER_KEY',
      ['services', 'web', 'pre_start'],
      '`services.web.pre_start` is newer than the bundled compose-spec schema, so it is kept but not checked',
    ),
  ])
  assert.equal(checkSchema(web({ build: { context: '.', no_cache_filter: ['base'] } })), [
    issue(
      'SCHEMA_NEWER_KEY',
      ['services', 'web', 'build', 'no_cache_filter'],
      '`services.web.build.no_cache_filter` is newer than the bundled compose-spec schema, so it is kept but not checked',
    ),
  ])
  assert.equal(checkSchema(web({ pre_strat: [] })), [
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'web', 'pre_strat'], '`services.web` has an unknown key `pre_strat`', 'Did you mean `pre_start`?'),
  ])
})

test('newer value forms are accepted: a service model with no options', () => {
  assert.equal(checkSchema(web({ models: { llm: null } }, { models: { llm: { model: 'ai/smollm2' } } })), [])
  assert.equal(checkSchema(web({ models: { llm: null, other: 5 } })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'models', 'other'], '`services.web.models.other` must be a mapping, not a number'),
  ])
})

// --- SCHEMA_REQUIRED, SCHEMA_ENUM, SCHEMA_VALUE -----------------------------------------------

test('SCHEMA_REQUIRED names the missing key at the mapping', () => {
  assert.equal(checkSchema(web({ depends_on: { db: { required: true } } })), [
    issue(
      'SCHEMA_REQUIRED',
      ['services', 'web', 'depends_on', 'db'],
      '`services.web.depends_on.db` is missing the required key `condition`',
      'Add `condition: service_started` (what the list form means), `service_healthy` or `service_completed_successfully`.',
    ),
  ])
  assert.equal(checkSchema({ models: { llm: { context_size: 1 } } }), [
    issue('SCHEMA_REQUIRED', ['models', 'llm'], '`models.llm` is missing the required key `model`', 'Add `model:` with the model to use, e.g. `ai/smollm2`.'),
  ])
  assert.equal(checkSchema(web({ provider: { options: {} } })), [
    issue('SCHEMA_REQUIRED', ['services', 'web', 'provider'], '`services.web.provider` is missing the required key `type`'),
  ])
})

test('SCHEMA_ENUM lists the allowed values', () => {
  assert.equal(checkSchema(web({ depends_on: { db: { condition: 'service_halthy' } } })), [
    issue(
      'SCHEMA_ENUM',
      ['services', 'web', 'depends_on', 'db', 'condition'],
      '`services.web.depends_on.db.condition` must be `service_started`, `service_healthy` or `service_completed_successfully`, not `service_halthy`',
      'Did you mean `service_healthy`?',
    ),
  ])
  assert.equal(checkSchema(web({ cgroup: 'shared' })), [
    issue('SCHEMA_ENUM', ['services', 'web', 'cgroup'], '`services.web.cgroup` must be `host` or `private`, not `shared`'),
  ])
})

test('SCHEMA_VALUE: limits, patterns and duplicates', () => {
  assert.equal(checkSchema(web({ cpu_percent: 150, oom_score_adj: -2000 })), [
    issue('SCHEMA_VALUE', ['services', 'web', 'cpu_percent'], '`services.web.cpu_percent` must be at most 100, not `150`'),
    issue('SCHEMA_VALUE', ['services', 'web', 'oom_score_adj'], '`services.web.oom_score_adj` must be at least -1000, not `-2000`'),
  ])
  assert.equal(checkSchema(web({ pull_policy: 'nevr' })), [
    issue(
      'SCHEMA_VALUE',
      ['services', 'web', 'pull_policy'],
      '`services.web.pull_policy` must be `always`, `never`, `build`, `if_not_present`, `missing`, `refresh`, `daily`, `weekly` or `every_<duration>`, not `nevr`',
      'Did you mean `never`?',
    ),
  ])
  assert.equal(checkSchema(web({ container_name: '-' })), [
    issue(
      'SCHEMA_VALUE',
      ['services', 'web', 'container_name'],
      '`services.web.container_name` must be a valid container name, not `-`',
      'Start with a letter or digit, followed by at least one letter, digit, `_`, `.` or `-`.',
    ),
  ])
  assert.equal(checkSchema(web({ cap_add: ['NET_ADMIN', 'SYS_TIME', 'NET_ADMIN'] })), [
    issue(
      'SCHEMA_VALUE',
      ['services', 'web', 'cap_add', 2],
      '`services.web.cap_add[2]` repeats `services.web.cap_add[0]`; the items of this list must be unique',
      'Remove the duplicate.',
    ),
  ])
  assert.equal(checkSchema(web({ ports: [{ target: 80 }, '8080:80', { target: 80 }] })), [
    issue(
      'SCHEMA_VALUE',
      ['services', 'web', 'ports', 2],
      '`services.web.ports[2]` repeats `services.web.ports[0]`; the items of this list must be unique',
      'Remove the duplicate.',
    ),
  ])
})

// --- oneOf / anyOf collapse ----------------------------------------------------------------

test('collapse: ports', () => {
  assert.equal(checkSchema(web({ ports: [true] })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'ports', 0], '`services.web.ports[0]` must be a number, a string or a mapping, not a boolean', PORT_HINT),
  ])
  // A mapping picks the mapping form: no "must be number" / "must be string" noise.
  assert.equal(checkSchema(web({ ports: [{ target: 80, publised: 8080 }] })), [
    issue(
      'SCHEMA_UNKNOWN_KEY',
      ['services', 'web', 'ports', 0, 'publised'],
      '`services.web.ports[0]` has an unknown key `publised`',
      'Did you mean `published`?',
    ),
  ])
  assert.equal(checkSchema(web({ ports: [{ target: 80, published: 8080.5 }] })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'ports', 0, 'published'],
      '`services.web.ports[0].published` must be a string or an integer, not `8080.5`',
      'Use a whole number.',
    ),
  ])
})

test('collapse: volumes', () => {
  assert.equal(checkSchema(web({ volumes: [5] })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'volumes', 0], '`services.web.volumes[0]` must be a string or a mapping, not a number', VOLUME_HINT),
  ])
  assert.equal(checkSchema(web({ volumes: [{ source: './data', target: '/data' }, { type: 'bund', source: 'a', target: 'b' }] })), [
    issue(
      'SCHEMA_REQUIRED',
      ['services', 'web', 'volumes', 0],
      '`services.web.volumes[0]` is missing the required key `type`',
      'Add `type: bind` or `type: volume`, or use the short form such as "./data:/data".',
    ),
    issue(
      'SCHEMA_ENUM',
      ['services', 'web', 'volumes', 1, 'type'],
      '`services.web.volumes[1].type` must be `bind`, `volume`, `tmpfs`, `cluster`, `npipe` or `image`, not `bund`',
      'Did you mean `bind`?',
    ),
  ])
})

test('collapse: environment as a list, a mapping or neither', () => {
  assert.equal(checkSchema(web({ environment: ['A=1', 2] })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'environment', 1], '`services.web.environment[1]` must be a string, not a number', QUOTE),
  ])
  assert.equal(checkSchema(web({ environment: { A: ['x'] } })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'environment', 'A'], '`services.web.environment.A` must be a string, a number or a boolean, not a list'),
  ])
  assert.equal(checkSchema(web({ environment: 5 })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'environment'], '`services.web.environment` must be a mapping or a list of strings, not a number', ENV_HINT),
  ])
  assert.equal(checkSchema(web({ environment: ['A=1', 'A=1'] })), [
    issue(
      'SCHEMA_VALUE',
      ['services', 'web', 'environment', 1],
      '`services.web.environment[1]` repeats `services.web.environment[0]`; the items of this list must be unique',
      'Remove the duplicate.',
    ),
  ])
})

test('collapse: depends_on', () => {
  assert.equal(checkSchema(web({ depends_on: 'db' })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'depends_on'],
      '`services.web.depends_on` must be a list of strings or a mapping, not a string',
      'Use a list of service names, or a mapping from service name to options such as `condition: service_healthy`.',
    ),
  ])
  assert.equal(checkSchema(web({ depends_on: ['db', 5] })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'depends_on', 1], '`services.web.depends_on[1]` must be a string, not a number', QUOTE),
  ])
  assert.equal(checkSchema(web({ depends_on: { db: 'service_healthy' } })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'depends_on', 'db'],
      '`services.web.depends_on.db` must be a mapping, not a string',
      'Use a mapping such as `condition: service_started`.',
    ),
  ])
})

test('collapse: healthcheck.test', () => {
  assert.equal(checkSchema(web({ healthcheck: { test: 5 } })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'healthcheck', 'test'],
      '`services.web.healthcheck.test` must be a string or a list of strings, not a number',
      'Use a string (run by the shell) or a list such as ["CMD", "curl", "-f", "http://localhost"].',
    ),
  ])
  assert.equal(checkSchema(web({ healthcheck: { test: ['CMD', 'true', false] } })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'healthcheck', 'test', 2], '`services.web.healthcheck.test[2]` must be a string, not a boolean', QUOTE),
  ])
})

test('collapse: build as a string or a mapping', () => {
  assert.equal(checkSchema(web({ build: ['.'] })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'build'],
      '`services.web.build` must be a string or a mapping, not a list',
      'Use the build context path as a string, or a mapping with `context` (and `dockerfile`).',
    ),
  ])
  assert.equal(checkSchema(web({ build: { context: '.', args: 'A=1' } })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'build', 'args'], '`services.web.build.args` must be a mapping or a list of strings, not a string', ENV_HINT),
  ])
})

test('collapse: command as a string, a list or null', () => {
  assert.equal(checkSchema(web({ command: null, entrypoint: 'run' })), [])
  assert.equal(checkSchema(web({ command: { run: 'x' } })), [
    issue(
      'SCHEMA_TYPE',
      ['services', 'web', 'command'],
      '`services.web.command` must be a string or a list of strings, not a mapping',
      'Use a string, or a list of strings such as ["npm", "start"].',
    ),
  ])
  assert.equal(checkSchema(web({ command: ['sleep', 10] })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'command', 1], '`services.web.command[1]` must be a string, not a number', QUOTE),
  ])
})

test('collapse: nested alternatives (extra_hosts values, gpus)', () => {
  assert.equal(checkSchema(web({ extra_hosts: { db: 5 } })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'extra_hosts', 'db'], '`services.web.extra_hosts.db` must be a string or a list of strings, not a number', QUOTE),
  ])
  assert.equal(checkSchema(web({ gpus: 'some' })), [
    issue('SCHEMA_ENUM', ['services', 'web', 'gpus'], '`services.web.gpus` must be `all`, not `some`'),
  ])
  assert.equal(checkSchema(web({ gpus: 1 })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'gpus'], '`services.web.gpus` must be `all` or a list of mappings, not a number'),
  ])
})

test('collapse never reports a path twice for one cause', () => {
  const issues = checkSchema(web({ ports: [true, false, null], volumes: [1], environment: 5, depends_on: 5, command: 5 }))
  const paths = issues.map((i) => JSON.stringify(i.path))
  assert.equal(paths.length, new Set(paths).size)
  assert.ok(issues.every((i) => i.code === 'SCHEMA_TYPE'))
  assert.is(issues.length, 7)
})

test('buildErrorTree gives each combinator the errors of its alternatives', () => {
  validate(web({ ports: [true, '80'] }))
  const tree = buildErrorTree(validate.errors ?? [])
  assert.is(tree.length, 1)
  assert.is(tree[0]!.error.keyword, 'oneOf')
  assert.is(tree[0]!.error.instancePath, '/services/web/ports/0')
  assert.equal(
    tree[0]!.children.map((c) => c.error.keyword),
    ['type', 'type', 'type'],
  )
})

// --- paths and order -------------------------------------------------------------------------

test('issues are sorted by path in document order', () => {
  const document = { services: { zeta: { image: 1 }, alpha: { image: 2, ports: [true] } }, 'x-y': 1, unknown: 1 }
  assert.equal(
    checkSchema(document).map((i) => i.path),
    [['services', 'zeta', 'image'], ['services', 'alpha', 'image'], ['services', 'alpha', 'ports', 0], ['unknown']],
  )
})

test('JSON pointers are decoded, and only list indices become numbers', () => {
  assert.equal(pointerToPath('/a~1b/c~0d/0', { 'a/b': { 'c~d': ['x'] } }), ['a/b', 'c~d', 0])
  assert.equal(pointerToPath('/labels/0', { labels: { '0': 'x' } }), ['labels', '0'])
  assert.equal(pointerToPath('', {}), [])
  // Object.keys puts integer-like keys first, so `0` sorts before `a/b`.
  assert.equal(checkSchema(web({ labels: { 'a/b': [], '0': {} }, ports: [[]] })), [
    issue('SCHEMA_TYPE', ['services', 'web', 'labels', '0'], '`services.web.labels.0` must be a string, a number or a boolean, not a mapping'),
    issue('SCHEMA_TYPE', ['services', 'web', 'labels', 'a/b'], '`services.web.labels.a/b` must be a string, a number or a boolean, not a list'),
    issue('SCHEMA_TYPE', ['services', 'web', 'ports', 0], '`services.web.ports[0]` must be a number, a string or a mapping, not a list', PORT_HINT),
  ])
})

// --- robustness ------------------------------------------------------------------------------

test('never throws: __proto__ and other prototype keys', () => {
  const document: unknown = JSON.parse(
    '{"__proto__": {"polluted": true}, "services": {"__proto__": {"image": 5}, "constructor": {"image": "x", "__proto__": 1}, "toString": {"image": "x"}}}',
  )
  const issues = checkSchema(document)
  assert.equal(issues, [
    issue('SCHEMA_UNKNOWN_KEY', ['__proto__'], 'The compose document has an unknown top-level key `__proto__`', EXTENSION),
    issue('SCHEMA_TYPE', ['services', '__proto__', 'image'], '`services.__proto__.image` must be a string, not a number', QUOTE),
    issue('SCHEMA_UNKNOWN_KEY', ['services', 'constructor', '__proto__'], '`services.constructor` has an unknown key `__proto__`', EXTENSION),
  ])
  assert.is(({} as Record<string, unknown>)['polluted'], undefined)
  assert.equal(checkSchema(Object.assign(Object.create(null) as object, { services: { web: { image: 'x' } } })), [])
})

test('never throws: deep nesting', () => {
  let deep: unknown = 'bottom'
  let twin: unknown = 'bottom'
  for (let i = 0; i < 100_000; i++) {
    deep = { 'x-n': deep }
    twin = { 'x-n': twin }
  }
  assert.equal(checkSchema(web({ 'x-deep': deep })), [])
  // Comparing two identical, absurdly deep list items for `uniqueItems` overflows the stack.
  const issues = checkSchema(web({ ports: [deep, twin] }))
  assert.is(issues.length, 1)
  assert.is(issues[0]!.code, 'SCHEMA_VALUE')
  assert.equal(issues[0]!.path, [])
})

test('never throws: huge lists', () => {
  const many = Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? i : `V${i}=1`))
  const issues = checkSchema(web({ environment: many }))
  assert.is(issues.length, 25_000)
  assert.equal(issues[1]!.path, ['services', 'web', 'environment', 2])
  const ports = Array.from({ length: 2_000 }, (_, i) => `${10_000 + i}:80`)
  assert.equal(checkSchema(web({ ports })), [])
})

test('never throws for arbitrary JSON values', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      for (const document of [value, { services: { web: value } }, { services: { web: { image: 'x', ports: value, build: value } } }]) {
        const issues = checkSchema(document)
        assert.ok(Array.isArray(issues))
        for (const i of issues) assert.type(i.message, 'string')
      }
    }),
    { numRuns: 300 },
  )
})

test('never throws for compose-shaped documents', () => {
  const keys = fc.constantFrom('image', 'ports', 'volumes', 'environment', 'depends_on', 'build', 'command', 'healthcheck', 'test', 'target', 'type', 'condition', 'x-a', '', '__proto__', 'a/b~c')
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
    ),
  })).node
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom('web', 'db', 'my app'), fc.dictionary(keys, value, { maxKeys: 6 })), (services) => {
      const issues = checkSchema({ services })
      const seen = new Set(issues.map((i) => JSON.stringify([i.code, i.path, i.message])))
      assert.is(seen.size, issues.length)
    }),
    { numRuns: 300 },
  )
})

// --- helpers -------------------------------------------------------------------------------------

test('every schema issue code is in the diagnostic catalog; only SCHEMA_NEWER_KEY is a warning', () => {
  const codes: SchemaIssueCode[] = ['SCHEMA_TYPE', 'SCHEMA_UNKNOWN_KEY', 'SCHEMA_NEWER_KEY', 'SCHEMA_REQUIRED', 'SCHEMA_ENUM', 'SCHEMA_VALUE']
  for (const code of codes) assert.is(diagnosticCodes[code], code === 'SCHEMA_NEWER_KEY' ? 'warning' : 'error')
})

test('didYouMean: case, distance and near-miss limits', () => {
  assert.is(didYouMean('imgae', ['image', 'command']), 'image')
  assert.is(didYouMean('IMAGE', ['image']), 'image')
  assert.is(didYouMean('image', ['image']), undefined)
  assert.is(didYouMean('frobnicate', ['image']), undefined)
  assert.is(didYouMean('ab', ['cd']), undefined)
  assert.is(editDistance('kitten', 'sitting'), 3)
  assert.is(editDistance('a'.repeat(10_000), 'b', 2), 3)
})

// --- generated validator ---------------------------------------------------------------------

test('the generated validator matches a fresh generation', () => {
  const { js, dts } = generateSchemaValidator()
  assert.ok(readFileSync(VALIDATOR_FILE, 'utf8') === js, 'src/generated/compose-spec-validator.js is stale: run node packages/model/scripts/generate-schema-validator.mjs')
  assert.ok(readFileSync(DECLARATION_FILE, 'utf8') === dts, 'src/generated/compose-spec-validator.d.ts is stale')
})

test('the generated validator needs no require() and no run-time code evaluation', () => {
  const js = readFileSync(VALIDATOR_FILE, 'utf8')
  assert.not.match(js, /\brequire\s*\(/)
  assert.not.match(js, /new Function|\beval\s*\(/)
  assert.is(typeof validate, 'function')
  assert.is(schema['$id'], 'compose_spec.json')
  assert.is(schema['$schema'], undefined)
})

test.run()
