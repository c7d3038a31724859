import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cfnJson, cfnYaml } from '@composeform/emit-cfn'
import { joinPath, loadProject, type Diagnostic, type ResourceGraph, type ResourceNode, type Value } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph, type ConvertOptions } from '../src/index.js'
import type { SecretDelivery } from '../src/secret-delivery.js'
import { SECRETS_INIT_IMAGE } from '../src/resources/secrets-init-container.js'
import { secretsInitScript } from '../src/secrets-init-script.js'
import { shellQuote, shellWord } from '../src/shell-quote.js'

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures')

interface Converted {
  graph: ResourceGraph
  diagnostics: Diagnostic[]
}

/** Loads, checks and converts compose text (plus other files); diagnostics of all three stages. */
function convert(yaml: string, files: Record<string, string> = {}, environment: Record<string, string> = {}, options: ConvertOptions = {}): Converted {
  const all = new Map([['compose.yaml', yaml], ...Object.entries(files)])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => all.get(p), resolve: joinPath }, environment, projectDirectory: '.', directoryName: 'fixture' })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  const checked = checkEcs(loaded.value)
  assert.equal(checked.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input passes the checker')
  const graph = toGraph(checked.value, options)
  return { graph: graph.value, diagnostics: graph.diagnostics }
}

const node = (graph: ResourceGraph, id: string): ResourceNode => {
  const found = graph.nodes.find((n) => n.id === id)
  assert.ok(found, `no resource ${id}`)
  return found!
}
const containers = (graph: ResourceGraph, service: string) => node(graph, `${service}TaskDefinition`).properties.ContainerDefinitions as readonly Record<string, Value>[]
const initContainer = (graph: ResourceGraph, service: string) => containers(graph, service)[1]!
const executionPolicies = (graph: ResourceGraph, service: string) => (node(graph, `${service}TaskExecutionRole`).properties.Policies ?? []) as readonly { PolicyName: string; PolicyDocument: { Statement: { Action: string[]; Resource: Value[] }[] } }[]
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code)

const webWith = (secrets: string, topLevel: string) => `name: shop\nservices:\n  web:\n    image: nginx\n    secrets:\n${secrets}\nsecrets:\n${topLevel}\n`

// ---------------------------------------------------------------------------------------
// Secret values never reach an emitted file

/** Every value a fixture's inputs hold that must stay secret: the files it lists and its environment. */
function secretValues(dir: string): string[] {
  const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { inputs?: string[]; environment?: Record<string, string> }
  const texts = [...(options.inputs ?? []).map((f) => readFileSync(join(dir, f), 'utf8')), ...Object.values(options.environment ?? {})]
  const tokens = texts.flatMap((t) => t.match(/FIXTURE-[A-Za-z0-9-]+/g) ?? [])
  return [...new Set([...texts.map((t) => t.trim()), ...tokens])]
}

const secretFixtures = readdirSync(fixtures).filter((name) => name.startsWith('secrets-') && existsSync(join(fixtures, name, 'options.json')))

test('the fixtures with secret files hold recognisable values (so the next test means something)', () => {
  assert.ok(secretFixtures.includes('secrets-file-and-external'))
  for (const name of secretFixtures) assert.ok(secretValues(join(fixtures, name)).length >= 2, name)
})

for (const name of secretFixtures) {
  test(`no secret value of fixtures/${name} appears in any golden file`, () => {
    const dir = join(fixtures, name)
    const values = secretValues(dir)
    const goldens = ['model.json', 'diagnostics.json', 'graph.json', 'template.json', 'template.yaml', 'taskdefs.json'].filter((f) => existsSync(join(dir, f)))
    assert.ok(goldens.includes('template.json'), 'the fixture converts')
    for (const golden of goldens) {
      const text = readFileSync(join(dir, golden), 'utf8')
      for (const value of values) assert.not.ok(text.includes(value), `${golden} contains ${value}`)
    }
  })
}

test('no secret value appears in the emitted templates even when the files and variables are there to read', () => {
  const dir = join(fixtures, 'secrets-file-and-external')
  const files = Object.fromEntries(readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
  const options = JSON.parse(files['options.json']!) as { environment: Record<string, string> }
  const { graph, diagnostics } = convert(files['compose.yaml']!, files, options.environment)
  const emitted = [JSON.stringify(graph), JSON.stringify(diagnostics), ...[cfnJson, cfnYaml].flatMap((e) => e.emit(graph).value.map((f) => f.contents))]
  for (const value of secretValues(dir)) for (const text of emitted) assert.not.ok(text.includes(value), `emitted output contains ${value}`)
})

// ---------------------------------------------------------------------------------------
// Where values come from

test('a file secret becomes <Name>Secret whose value is a NoEcho parameter, and an info says what to pass', () => {
  const { graph, diagnostics } = convert(webWith('      - db_password', '  db_password:\n    file: ./db password.txt'))
  const secret = node(graph, 'DbpasswordSecret')
  assert.is(secret.type, 'AWS::SecretsManager::Secret')
  assert.equal(secret.properties.SecretString, { $ref: 'DbpasswordSecretValue' })
  assert.equal(secret.properties.Tags, [{ Key: 'com.docker.compose.project', Value: 'shop' }])
  assert.is(secret.properties.Name, undefined, 'no fixed name: a deleted secret keeps its name reserved for days')
  const parameter = graph.parameters.find((p) => p.id === 'DbpasswordSecretValue')!
  assert.equal([parameter.type, parameter.noEcho, parameter.default], ['String', true, undefined])
  const info = diagnostics.find((d) => d.code === 'SECRET_VALUE_PARAMETER')!
  assert.is(info.severity, 'info')
  assert.equal(info.path, ['secrets', 'db_password'])
  assert.match(info.message, 'DbpasswordSecretValue')
  assert.match(info.message, './db password.txt')
  assert.is(info.hint, `aws cloudformation deploy … --parameter-overrides DbpasswordSecretValue="$(cat './db password.txt')"`)
  assert.is(info.location?.start.line, 8)
})

test('a created secret\'s own name is not used, and a note says so (it was silent); the default name says nothing', () => {
  const named = convert(webWith('      - db_password', '  db_password:\n    file: ./db.txt\n    name: prod/db-password'))
  assert.is(node(named.graph, 'DbpasswordSecret').properties.Name, undefined)
  const note = named.diagnostics.find((d) => d.code === 'SECRET_NAME_NOT_USED')!
  assert.equal([note.severity, note.path.join('.'), note.location?.start.line], ['info', 'secrets.db_password.name', 10])
  assert.match(note.message, 'is not named `prod/db-password`')
  assert.not.ok(codes(convert(webWith('      - db_password', '  db_password:\n    file: ./db.txt')).diagnostics).includes('SECRET_NAME_NOT_USED'))
})

test('a volume where the secrets\' files are written is MOUNT_PATH_CONFLICT at the volume (the container got two mounts at one path)', () => {
  const { diagnostics } = convert(webWith('      - db_password', '  db_password:\n    file: ./db.txt').replace('    image: nginx\n', '    image: nginx\n    volumes: ["/etc/tools", "data:/run/secrets"]\n') + 'volumes:\n  data: {}\n')
  assert.equal(diagnostics.filter((d) => d.code === 'MOUNT_PATH_CONFLICT').map((d) => [d.severity, d.path.join('.')]), [['error', 'services.web.volumes.1']])
  assert.match(diagnostics.find((d) => d.code === 'MOUNT_PATH_CONFLICT')!.message, 'mounts two things at `/run/secrets`')
})

test('an environment secret names its variable; labels become tags', () => {
  const { graph, diagnostics } = convert(webWith('      - token', '  token:\n    environment: API_TOKEN\n    labels: { team: core }'), {}, { API_TOKEN: 'never-seen' })
  assert.is(diagnostics.find((d) => d.code === 'SECRET_VALUE_PARAMETER')!.hint, 'aws cloudformation deploy … --parameter-overrides TokenSecretValue="$API_TOKEN"')
  assert.equal(node(graph, 'TokenSecret').properties.Tags, [
    { Key: 'com.docker.compose.project', Value: 'shop' },
    { Key: 'team', Value: 'core' },
  ])
  assert.not.ok(JSON.stringify(graph).includes('never-seen'))
})

test('external secrets: an ARN is used as is; a name is read by its partial ARN (ECS reads a plain name as an SSM parameter) and granted by its ARN pattern', () => {
  const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-AbCdEf'
  const { graph, diagnostics } = convert(webWith('      - stripe\n      - smtp', `  stripe:\n    external: true\n    name: ${arn}\n  smtp:\n    external: true\n    name: prod/smtp`))
  assert.not.ok(graph.nodes.some((n) => n.type === 'AWS::SecretsManager::Secret'))
  assert.not.ok(codes(diagnostics).includes('SECRET_VALUE_PARAMETER'))
  assert.equal(
    (initContainer(graph, 'Web').Secrets as Value[]).map((s) => (s as { ValueFrom: Value }).ValueFrom),
    [{ $sub: ['arn:', { $ref: 'AWS::Partition' }, ':secretsmanager:', { $ref: 'AWS::Region' }, ':', { $ref: 'AWS::AccountId' }, ':secret:prod/smtp'] }, arn],
  )
  const [policy] = executionPolicies(graph, 'Web')
  assert.is(policy!.PolicyName, 'WebSecrets')
  assert.equal(policy!.PolicyDocument.Statement, [
    {
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue'],
      Resource: [{ $sub: ['arn:', { $ref: 'AWS::Partition' }, ':secretsmanager:', { $ref: 'AWS::Region' }, ':', { $ref: 'AWS::AccountId' }, ':secret:prod/smtp', '-??????'] }, arn],
    },
  ])
})

test('an unused secret creates nothing and asks for no parameter', () => {
  const { graph, diagnostics } = convert('services:\n  web:\n    image: nginx\nsecrets:\n  spare:\n    file: ./spare.txt\n')
  assert.equal(graph.parameters.filter((p) => p.id.endsWith('SecretValue')), [])
  assert.not.ok(graph.nodes.some((n) => n.type === 'AWS::SecretsManager::Secret'))
  assert.equal(diagnostics, [])
})

test('two secrets whose names normalise alike are a logical-ID collision', () => {
  const { diagnostics } = convert(webWith('      - db-pw\n      - db_pw', '  db-pw:\n    file: ./a\n  db_pw:\n    file: ./b'))
  assert.ok(codes(diagnostics).includes('LOGICAL_ID_COLLISION'))
})

// ---------------------------------------------------------------------------------------
// x-aws-keys

test('x-aws-keys: one file per key under the target, each read as <arn>:<key>:: (created, by ARN, by name)', () => {
  const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'
  const { graph } = convert(
    webWith(
      '      - mine\n      - theirs\n      - named',
      `  mine:\n    file: ./db.json\n    x-aws-keys: [user, pass]\n  theirs:\n    external: true\n    name: ${arn}\n    x-aws-keys: user\n  named:\n    external: true\n    name: prod/db\n    x-aws-keys: [user]`,
    ),
  )
  const init = initContainer(graph, 'Web')
  const arnOf = (name: string, key: string) => ({ $sub: ['arn:', { $ref: 'AWS::Partition' }, ':secretsmanager:', { $ref: 'AWS::Region' }, ':', { $ref: 'AWS::AccountId' }, `:secret:${name}`, `:${key}::`] })
  assert.equal(init.Secrets, [
    { Name: 'SECRET_0', ValueFrom: { $sub: [{ $ref: 'MineSecret' }, ':pass::'] } },
    { Name: 'SECRET_1', ValueFrom: { $sub: [{ $ref: 'MineSecret' }, ':user::'] } },
    { Name: 'SECRET_2', ValueFrom: arnOf('prod/db', 'user') },
    { Name: 'SECRET_3', ValueFrom: `${arn}:user::` },
  ])
  const script = (init.Command as string[])[0]!
  assert.match(script, `mkdir -p '/run/secrets/mine' '/run/secrets/named' '/run/secrets/theirs'`)
  assert.match(script, `printf '%s' "$SECRET_0" > '/run/secrets/mine/pass'`)
  assert.match(script, `printf '%s' "$SECRET_3" > '/run/secrets/theirs/user'`)
  assert.is(node(graph, 'MineSecret').type, 'AWS::SecretsManager::Secret')
  assert.match(graph.parameters.find((p) => p.id === 'MineSecretValue')!.description, 'a JSON object')
})

test('x-aws-keys "*": a warning, and the whole JSON value as one file at the target', () => {
  const { graph, diagnostics } = convert(webWith('      - cfg', '  cfg:\n    external: true\n    name: cfg\n    x-aws-keys: ["*", user]'))
  const warning = diagnostics.find((d) => d.code === 'SECRET_KEYS_ALL')!
  assert.is(warning.severity, 'warning')
  assert.equal(warning.path, ['secrets', 'cfg', 'x-aws-keys'])
  assert.equal(initContainer(graph, 'Web').Secrets, [{ Name: 'SECRET_0', ValueFrom: { $sub: ['arn:', { $ref: 'AWS::Partition' }, ':secretsmanager:', { $ref: 'AWS::Region' }, ':', { $ref: 'AWS::AccountId' }, ':secret:cfg'] } }])
  assert.match((initContainer(graph, 'Web').Command as string[])[0]!, `> '/run/secrets/cfg'`)
})

test('keys that cannot be file names or ValueFrom parts are errors', () => {
  const { diagnostics } = convert(webWith('      - cfg', '  cfg:\n    external: true\n    name: cfg\n    x-aws-keys: [ok, "a/b", "x:y", "..", "."]'))
  const errors = diagnostics.filter((d) => d.code === 'SECRET_TARGET_UNSAFE')
  assert.equal(errors.map((d) => d.message.match(/`([^`]+)`/)![1]), ['.', '..', 'a/b', 'x:y'])
  assert.ok(errors.every((d) => d.severity === 'error' && d.path.join('.') === 'secrets.cfg.x-aws-keys'))
})

// ---------------------------------------------------------------------------------------
// Delivery: init container, volumes, role

test('the init container writes the files; the main container mounts them read-only and waits for it', () => {
  const { graph } = convert(webWith('      - token', '  token:\n    environment: TOKEN'))
  const [main, init] = containers(graph, 'Web')
  assert.equal(init, {
    Name: 'web_Secrets_InitContainer',
    Image: SECRETS_INIT_IMAGE,
    Essential: false,
    EntryPoint: ['/bin/sh', '-c'],
    Command: [`set -eu\nprintf '%s' "$SECRET_0" > '/run/secrets/token'\nchmod 0444 '/run/secrets/token'`],
    Secrets: [{ Name: 'SECRET_0', ValueFrom: { $ref: 'TokenSecret' } }],
    MountPoints: [{ SourceVolume: 'secrets', ContainerPath: '/run/secrets', ReadOnly: false }],
    ReadonlyRootFilesystem: true,
    LogConfiguration: main!.LogConfiguration!,
  })
  assert.equal(main!.MountPoints, [{ SourceVolume: 'secrets', ContainerPath: '/run/secrets', ReadOnly: true }])
  assert.equal(main!.DependsOn, [{ ContainerName: 'web_Secrets_InitContainer', Condition: 'SUCCESS' }])
  assert.is(main!.Secrets, undefined, 'the main container gets files, not variables')
  assert.equal(node(graph, 'WebTaskDefinition').properties.Volumes, [{ Name: 'secrets' }])
  assert.ok(SECRETS_INIT_IMAGE.startsWith('public.ecr.aws/'))
})

test('the execution role may read exactly the secrets used, next to the pull credentials, and no KMS key', () => {
  const yaml =
    'services:\n  web:\n    image: nginx\n    x-aws-pull_credentials: arn:aws:secretsmanager:eu-west-1:123456789012:secret:pull-AbCdEf\n    secrets: [a]\n  other:\n    image: nginx\n    secrets: [b]\n' +
    'secrets:\n  a:\n    file: ./a\n  b:\n    file: ./b\n'
  const { graph } = convert(yaml)
  const policies = executionPolicies(graph, 'Web')
  assert.equal(policies.map((p) => p.PolicyName), ['WebPullCredentials', 'WebSecrets'])
  assert.equal(policies[1]!.PolicyDocument.Statement, [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [{ $ref: 'ASecret' }] }])
  assert.not.ok(JSON.stringify(graph).includes('kms:'))
  assert.equal(executionPolicies(graph, 'Other')[0]!.PolicyDocument.Statement[0]!.Resource, [{ $ref: 'BSecret' }])
})

test('a service without secrets has no init container, volume, policy or dependency', () => {
  const { graph } = convert('services:\n  web:\n    image: nginx\n')
  assert.is(containers(graph, 'Web').length, 1)
  assert.is(node(graph, 'WebTaskDefinition').properties.Volumes, undefined)
  assert.is(node(graph, 'WebTaskExecutionRole').properties.Policies, undefined)
})

test('the init image can be replaced by a mirror', () => {
  const { graph } = convert(webWith('      - t', '  t:\n    environment: T'), {}, {}, { secretsInitImage: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/busybox:1.37' })
  assert.is(initContainer(graph, 'Web').Image, '123456789012.dkr.ecr.eu-west-1.amazonaws.com/busybox:1.37')
})

// ---------------------------------------------------------------------------------------
// Custom targets

test('targets outside /run/secrets: one volume per outermost directory, each reported', () => {
  const { graph, diagnostics } = convert(
    webWith(
      '      - { source: a, target: /etc/app/a }\n      - { source: b, target: /etc/app/conf/b }\n      - { source: c, target: /opt/certs/c.pem }\n      - { source: d, target: sub/d }',
      '  a: { environment: A }\n  b: { environment: B }\n  c: { environment: C }\n  d: { environment: D }',
    ),
  )
  assert.equal(node(graph, 'WebTaskDefinition').properties.Volumes, [{ Name: 'secrets_etc_app' }, { Name: 'secrets_opt_certs' }, { Name: 'secrets' }])
  assert.equal(containers(graph, 'Web')[0]!.MountPoints, [
    { SourceVolume: 'secrets_etc_app', ContainerPath: '/etc/app', ReadOnly: true },
    { SourceVolume: 'secrets_opt_certs', ContainerPath: '/opt/certs', ReadOnly: true },
    { SourceVolume: 'secrets', ContainerPath: '/run/secrets', ReadOnly: true },
  ])
  assert.match((initContainer(graph, 'Web').Command as string[])[0]!, `mkdir -p '/etc/app/conf' '/run/secrets/sub'`)
  const hidden = diagnostics.filter((d) => d.code === 'SECRET_TARGET_HIDES_DIRECTORY')
  assert.equal(hidden.map((d) => d.path), [
    ['services', 'web', 'secrets', 0, 'target'],
    ['services', 'web', 'secrets', 2, 'target'],
  ])
  assert.ok(hidden.every((d) => d.severity === 'warning'))
})

test('unsafe targets are errors: a system directory, `..`, and files that collide', () => {
  const { diagnostics } = convert(
    webWith(
      '      - { source: a, target: /etc/a }\n      - { source: b, target: /proc/x/b }\n      - { source: c, target: ../c }\n      - { source: d, target: /run/secrets/k/user }\n      - { source: k }\n      - { source: e, target: /x }',
      '  a: { environment: A }\n  b: { environment: B }\n  c: { environment: C }\n  d: { environment: D }\n  e: { environment: E }\n  k: { external: true, name: k, x-aws-keys: [user] }',
    ),
  )
  const errors = diagnostics.filter((d) => d.severity === 'error')
  assert.ok(errors.every((d) => d.code === 'SECRET_TARGET_UNSAFE'))
  const messages = errors.map((d) => d.message).join('\n')
  assert.match(messages, 'a volume over `/etc`')
  assert.match(messages, 'a volume over `/proc/x`')
  assert.match(messages, 'a volume over `/`')
  assert.match(messages, '`/run/secrets/../c` of secret `c` has a `..` segment')
  assert.match(messages, 'the same file as `/run/secrets/k/user`')
  assert.is(errors.length, 5)
})

test('a file inside another secret file is an error', () => {
  const { diagnostics } = convert(webWith('      - { source: a, target: /run/secrets/x }\n      - { source: b, target: /run/secrets/x/y }', '  a: { environment: A }\n  b: { environment: B }'))
  assert.equal(codes(diagnostics.filter((d) => d.severity === 'error')), ['SECRET_TARGET_UNSAFE'])
  assert.match(diagnostics.find((d) => d.severity === 'error')!.message, 'inside the file `/run/secrets/x`')
})

test('secrets are converted on Linux, not yet on Windows', () => {
  const linux = convert(webWith('      - t', '  t: { environment: T }'))
  assert.not.ok(codes(linux.diagnostics).includes('NOT_YET_SUPPORTED'))
  const windows = convert('services:\n  web:\n    image: mcr.microsoft.com/windows/servercore:ltsc2022\n    platform: windows/amd64\n    secrets: [t]\nsecrets:\n  t: { environment: T }\n')
  const error = windows.diagnostics.find((d) => d.code === 'NOT_YET_SUPPORTED')!
  assert.equal(error.path, ['services', 'web', 'secrets'])
  assert.match(error.message, 'Windows')
})

// ---------------------------------------------------------------------------------------
// The script, run by a real shell

test('shell quoting: any text survives as one word', () => {
  assert.is(shellQuote("it's"), `'it'\\''s'`)
  assert.is(shellWord('./a.txt'), './a.txt')
  assert.is(shellWord('a b'), `'a b'`)
  assert.is(shellWord('$(x)'), `'$(x)'`)
})

const sh = ['/bin/sh', '/usr/bin/sh'].find((p) => existsSync(p))

test('the init script writes every value byte for byte, read-only, at awkward paths', () => {
  if (sh === undefined) return
  const root = mkdtempSync(join(tmpdir(), 'composeform-secrets-'))
  try {
    const values = ['plain', "it's \"quoted\" $HOME `x` \\n %s %d", 'two\nlines\n', '-n', '']
    const paths = [`${root}/run/secrets/a`, `${root}/run/secrets/it's dir/b`, `${root}/run/secrets/$(touch pwned)`, `${root}/etc/app/-n`, `${root}/run/secrets/empty`]
    const delivery: SecretDelivery = {
      environment: [],
      files: paths.map((path) => ({ path, valueFrom: 'x' })),
      mounts: [],
      directories: [`${root}/etc/app`, `${root}/run/secrets`, `${root}/run/secrets/it's dir`],
      policyResources: [],
      parameterResources: [],
    }
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...Object.fromEntries(values.map((v, i) => [`SECRET_${i}`, v])) }
    const run = spawnSync(sh, ['-c', secretsInitScript(delivery)], { env, cwd: root, encoding: 'utf8' })
    assert.is(run.status, 0, run.stderr)
    paths.forEach((path, i) => {
      assert.is(readFileSync(path, 'utf8'), values[i])
      assert.is(statSync(path).mode & 0o777, 0o444)
    })
    assert.not.ok(existsSync(join(root, 'pwned')))
    const missing = spawnSync(sh, ['-c', secretsInitScript({ ...delivery, files: [{ path: `${root}/x`, valueFrom: 'x' }], directories: [] })], { env: { PATH: env.PATH }, encoding: 'utf8' })
    assert.is.not(missing.status, 0, 'an unset variable fails the container')
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

test.run()
