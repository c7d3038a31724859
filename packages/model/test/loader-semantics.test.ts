// Every fact of shared/reference/loader-semantics.md, through the whole loader.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { load, services } from './load-helper.js'

const env = { FOO: 'first', BAR: '', JSON: '{"json":2}' }
const image = (template: string): unknown => {
  const { project, errors } = load({ 'compose.yaml': `services:\n  a:\n    image: '${template}'\n` }, { environment: env })
  assert.equal(errors, [], `no errors for ${template}`)
  // compose-go's `Image` is "" both when empty and when unset; the model leaves an empty one out.
  return project.model.services.a?.image ?? ''
}
const failure = (template: string) => load({ 'compose.yaml': `services:\n  servicea:\n    image: '${template}'\n` }, { environment: env }).errors

test('interpolation: escapes and lone dollars', () => {
  assert.is(image('$${foo}'), '${foo}')
  assert.is(image('$$'), '$')
  for (const s of ['a $ string', '^REGEX$', '$}', '$']) assert.is(image(s), s)
})

test('interpolation: invalid templates are INTERPOLATION_SYNTAX errors at the value', () => {
  for (const s of ['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}']) {
    const errors = failure(s)
    assert.is(errors.length, 1, s)
    assert.is(errors[0]!.code, 'INTERPOLATION_SYNTAX')
    assert.match(errors[0]!.message, 'services.servicea.image')
    assert.match(errors[0]!.hint!, 'escape any $ with another $')
    assert.equal(errors[0]!.location?.start, { line: 3, column: 12, offset: 33 })
  }
})

test('interpolation: unbraced names, unset and empty values', () => {
  assert.is(image('$FOO-bar'), 'first-bar')
  assert.is(image('This ${missing} var'), 'This  var')
  assert.is(image('This ${BAR} var'), 'This  var')
})

test('interpolation: defaults and alternatives', () => {
  assert.is(image('${BAR:-def}'), 'def')
  assert.is(image('${BAR-def}'), '')
  assert.is(image('${BAR:+x}'), '')
  assert.is(image('${FOO:+x}'), 'x')
  assert.is(image('${BAR+x}'), 'x')
  assert.is(image('${UNSET:+x}'), '')
  assert.is(image('${UNSET+x}'), '')
})

test('interpolation: an unset variable without a default is an empty string and a warning, once per variable, as compose warns', () => {
  const yaml = 'services:\n  a:\n    image: ${REGISTRY}/app:${TAG:-latest}\n    user: $APP_USER\n    environment:\n      HOST: ${REGISTRY}\n      EMPTY: ${BAR}\n      ALT: ${UNSET:+x}${UNSET-}\n'
  const { project, diagnostics } = load({ 'compose.yaml': yaml }, { environment: env })
  // An attribute left empty is left out (as compose-go does), but the warning still says why.
  assert.equal([project.model.services.a!.image, project.model.services.a!.user, project.model.services.a!.environment], ['/app:latest', undefined, { ALT: '', EMPTY: '', HOST: '' }])
  assert.equal(diagnostics.filter((d) => d.code === 'VARIABLE_UNSET').map((d) => [d.severity, d.path.join('.'), d.location?.start.line, d.message]), [
    ['warning', 'services.a.image', 3, '`REGISTRY` is not set, so an empty string takes its place in `services.a.image`.'],
    ['warning', 'services.a.user', 4, '`APP_USER` is not set, so an empty string takes its place in `services.a.user`.'],
  ])
})

test('interpolation: required variables', () => {
  const unset = failure('${UNSET_VAR:?}')
  assert.is(unset[0]!.code, 'REQUIRED_VARIABLE')
  assert.match(unset[0]!.message, 'required variable UNSET_VAR is missing a value')
  assert.not.match(unset[0]!.message, 'value: ')
  assert.match(failure('${BAR:?err}')[0]!.message, 'required variable BAR is missing a value: err')
  assert.is(image('${BAR?err}'), '')
  assert.match(failure('${UNSET:?Mandatory Variable ${FOO}}')[0]!.message, 'Mandatory Variable first')
  const inEnv = load({ 'compose.yaml': 'services:\n  myservice:\n    image: x\n    environment:\n      TESTVAR: ${UNSET_VAR:?}\n' }).errors
  assert.match(inEnv[0]!.message, 'services.myservice.environment.TESTVAR')
})

test('interpolation: the operator is the first one after the name', () => {
  assert.is(image('${UNSET-myerror?msg}'), 'myerror?msg')
  assert.match(failure('${UNSET?bar-baz}')[0]!.message, 'bar-baz')
  assert.is(image('${BAR:-/non:-alphanumeric}'), '/non:-alphanumeric')
})

test('interpolation: defaults are interpolated recursively and lazily', () => {
  assert.is(image('${UNSET-$FOO}'), 'first')
  assert.is(image('${UNSET-${FOO}}'), 'first')
  assert.is(image('${UNSET-${FOO} ${FOO}}'), 'first first')
  assert.is(image('${UNSET:-${BAR:-${ZOT:-qix}}}'), 'qix')
  assert.is(image('${UNSET:-${BAR:-x}_test_${BAR:-y}}'), 'x_test_y')
  assert.is(image('${A:+${A},}B'), 'B')
})

test('interpolation: braces inside defaults and text around them', () => {
  assert.is(image('${missing:-{"json":1}}'), '{"json":1}')
  assert.is(image('{{{ ${UNSET:-foo_} }}}'), '{{{ foo_ }}}')
  assert.is(image(':-ok ${UNSET-defaultValue}'), ':-ok defaultValue')
  assert.is(image('${JSON}'), '{"json":2}')
})

test('interpolation: values everywhere, never keys, never comments', () => {
  const s = services(
    {
      'compose.yaml': [
        'services:',
        '  a:',
        '    image: $IMG',
        '    # ${SHOULD_NOT_BREAK}',
        '    labels: ["home1=$HOME"]',
        '    logging: { driver: awslogs, options: { awslogs-group: $IMG } }',
        '    environment: { $IMG: value }',
        '    volumes: ["$IMG:/data"]',
        'volumes:',
        '  busybox: { driver: $IMG }',
      ].join('\n'),
    },
    { environment: { IMG: 'busybox', HOME: '/home/me' } },
  )
  assert.is(s.a?.image, 'busybox')
  assert.equal(s.a?.labels, { home1: '/home/me' })
  assert.equal(s.a?.logging?.options, { 'awslogs-group': 'busybox' })
  assert.equal(s.a?.environment, { $IMG: 'value' })
  assert.is(s.a?.volumes?.[0]?.source, 'busybox')
})

test('interpolation: typed fields are cast after interpolation', () => {
  const s = services(
    { 'compose.yaml': 'services:\n  a:\n    image: x\n    read_only: "$REQUIRED"\n    deploy:\n      replicas: "$count"\n' },
    { environment: { count: '5', REQUIRED: 'true' } },
  )
  assert.is(s.a?.deploy?.replicas, 5)
  assert.is(s.a?.read_only, true)
  const bad = load({ 'compose.yaml': 'services:\n  a:\n    image: x\n    deploy:\n      replicas: "$count"\n' }, { environment: { count: 'many' } })
  assert.is(bad.errors[0]?.code, 'INVALID_NUMBER')
})

test('merge: later file wins for scalars, mappings merge, sequences concatenate', () => {
  const s = services({
    'a.yaml': 'services:\n  web:\n    image: one\n    dns_search: [a]\n    cap_add: [NET_ADMIN]\n    deploy: { replicas: 1, labels: { x: "1" } }\n',
    'b.yaml': 'services:\n  web:\n    image: two\n    dns_search: [b]\n    cap_add: [NET_ADMIN, SYS_PTRACE]\n    deploy: { replicas: 2 }\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.is(s.web?.image, 'two')
  assert.equal(s.web?.dns_search, ['a', 'b'])
  assert.equal(s.web?.cap_add, ['NET_ADMIN', 'SYS_PTRACE'])
  assert.equal(s.web?.deploy?.replicas, 2)
  assert.equal(s.web?.deploy?.labels, { x: '1' })
})

test('merge: command, entrypoint and healthcheck.test are replaced', () => {
  const s = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    command: [a, b]\n    entrypoint: [sh]\n    healthcheck: { test: [CMD, a], retries: 2 }\n',
    'b.yaml': 'services:\n  web:\n    command: [c]\n    entrypoint: bash -c\n    healthcheck: { test: [CMD, b] }\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(s.web?.command, ['c'])
  assert.equal(s.web?.entrypoint, ['bash', '-c'])
  assert.equal(s.web?.healthcheck, { test: ['CMD', 'b'], retries: 2 })
})

test('merge: environment and labels append then de-duplicate by key, later wins', () => {
  const s = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    environment: { FOO: "1", KEEP: k, "NULL": null, EMPTY: "" }\n    labels: { FOO: BAR }\n',
    'b.yaml': 'services:\n  web:\n    environment: { FOO: "3" }\n    labels: [QIX=ZOT]\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(s.web?.environment, { EMPTY: '', FOO: '3', KEEP: 'k', NULL: null })
  assert.equal(s.web?.labels, { FOO: 'BAR', QIX: 'ZOT' })
})

test('merge: ports, volumes, secrets unique by key, later replaces earlier', () => {
  const s = services({
    'a.yaml': [
      'services:',
      '  web:',
      '    image: x',
      '    ports: ["8080:80", { target: 443, published: "8443" }]',
      '    volumes: ["va:/a", { type: bind, source: ./b, target: /b }]',
      '    secrets: [s1]',
      'volumes: { va: {}, vc: {} }',
      'secrets: { s1: { file: ./s1 } }',
    ].join('\n'),
    'b.yaml': 'services:\n  web:\n    ports: ["8080:80", "9000:9000"]\n    volumes: ["vc:/c", "vc:/a"]\n    secrets: [{ source: s1, mode: 0400 }]\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(s.web?.ports?.map((p) => `${p.published}:${p.target}`), ['8080:80', '8443:443', '9000:9000'])
  assert.equal(s.web?.volumes?.map((v) => `${v.source}:${v.target}`), ['vc:/a', './b:/b', 'vc:/c'])
  assert.equal(s.web?.secrets, [{ source: 's1', target: '/run/secrets/s1', mode: 0o400 }])
})

test('merge: depends_on list becomes a map with defaults before merging', () => {
  const s = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    depends_on: [db]\n  db: { image: x }\n  cache: { image: x }\n',
    'b.yaml': 'services:\n  web:\n    depends_on: { cache: { condition: service_healthy } }\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(s.web?.depends_on, {
    db: { condition: 'service_started', required: true },
    cache: { condition: 'service_healthy', required: true },
  })
})

test('merge: service networks list becomes a map; build string becomes an object', () => {
  const s = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    networks: [front]\n    build: ./app\nnetworks: { front: {}, back: {} }\n',
    'b.yaml': 'services:\n  web:\n    networks: { back: { aliases: [api] } }\n    build: { dockerfile: Dockerfile.prod }\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(s.web?.networks, { front: null, back: { aliases: ['api'] } })
  assert.equal(s.web?.build, { context: './app', dockerfile: 'Dockerfile.prod' })
})

test('merge: logging options merge only for the same driver', () => {
  const same = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    logging: { driver: json-file, options: { max-size: 1m } }\n',
    'b.yaml': 'services:\n  web:\n    logging: { options: { max-file: "3" } }\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(same.web?.logging, { driver: 'json-file', options: { 'max-file': '3', 'max-size': '1m' } })
  const other = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    logging: { driver: json-file, options: { max-size: 1m } }\n',
    'b.yaml': 'services:\n  web:\n    logging: { driver: awslogs, options: { awslogs-group: g } }\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(other.web?.logging, { driver: 'awslogs', options: { 'awslogs-group': 'g' } })
})

test('merge: ulimits entries are replaced; extra_hosts are unioned', () => {
  const s = services({
    'a.yaml': 'services:\n  web:\n    image: x\n    ulimits: { nofile: { soft: 1, hard: 2 } }\n    extra_hosts: ["a=1.1.1.1", "b=2.2.2.2"]\n',
    'b.yaml': 'services:\n  web:\n    ulimits: { nofile: 5 }\n    extra_hosts: ["b=2.2.2.2", "c=3.3.3.3"]\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(s.web?.ulimits, { nofile: { soft: 5, hard: 5 } })
  assert.equal(s.web?.extra_hosts, ['a=1.1.1.1', 'b=2.2.2.2', 'c=3.3.3.3'])
})

test('merge: !reset removes, !override replaces', () => {
  const { project } = load({
    'a.yaml': 'services:\n  web:\n    image: x\n    networks: [test]\n    depends_on: [service_a, service_b]\n  service_a: { image: x }\n  service_b: { image: x }\nnetworks: { test: {} }\n',
    'b.yaml': 'services:\n  web:\n    depends_on: !override [service_a]\nnetworks:\n  test: !reset {}\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.equal(project.model.services.web?.depends_on, { service_a: { condition: 'service_started', required: true } })
  assert.not.ok('test' in project.model.networks)
})

test('merge: in the first file, !reset drops the key and !override is only a tag; a later plain file leaves that as it is', () => {
  const first = 'services:\n  web:\n    image: x\n    command: !reset [a]\n    environment: !override { A: "1" }\n'
  const alone = services({ 'a.yaml': first }, { files: ['a.yaml'] })
  assert.not.ok('command' in alone.web!)
  assert.equal(alone.web?.environment, { A: '1' })
  const withPlain = services({ 'a.yaml': first, 'b.yaml': 'services:\n  web:\n    image: y\n' }, { files: ['a.yaml', 'b.yaml'] })
  assert.not.ok('command' in withPlain.web!)
  assert.is(withPlain.web?.image, 'y')
})

test('merge: a mapping overridden by a list is MERGE_TYPE_MISMATCH, pointing at the override', () => {
  const { errors } = load({
    'a.yaml': 'services:\n  web:\n    image: x\n    deploy: { replicas: 1 }\n',
    'b.yaml': 'services:\n  web:\n    deploy: [1]\n',
  }, { files: ['a.yaml', 'b.yaml'] })
  assert.is(errors[0]?.code, 'MERGE_TYPE_MISMATCH')
  assert.match(errors[0]!.message, 'services.web.deploy')
  assert.is(errors[0]?.location?.file, 'b.yaml')
})

test('extends: same file, string and mapping forms, chains', () => {
  const s = services({
    'compose.yaml': [
      'services:',
      '  base: { image: busybox, environment: { A: "1" } }',
      '  mid: { extends: base, environment: { B: "2" } }',
      '  init: { image: alpine }',
      '  another: { extends: { service: mid }, environment: { C: "3" } }',
      '  other: { extends: { service: init } }',
    ].join('\n'),
  })
  assert.equal(s.another?.environment, { A: '1', B: '2', C: '3' })
  assert.is(s.another?.image, 'busybox')
  assert.is(s.other?.image, 'alpine')
  assert.not.ok('extends' in (s.another ?? {}))
})

test('extends: command is replaced and shell-split', () => {
  const s = services({
    'compose.yaml': 'services:\n  base: { image: x, command: [a] }\n  b:\n    extends: base\n    command: "/bin/ash -c \\"rm -rf /tmp/x\\""\n',
  })
  assert.equal(s.b?.command, ['/bin/ash', '-c', 'rm -rf /tmp/x'])
})

test('extends: relative paths resolve against the extended file', () => {
  const s = services({
    'compose.yaml': 'services:\n  app:\n    extends: { file: dir/base.yaml, service: base }\n',
    'dir/base.yaml': 'services:\n  base:\n    extends: { file: sibling.yaml, service: sib }\n    build: .\n',
    'dir/sibling.yaml': 'services:\n  sib:\n    image: x\n    volumes: ["./data:/data"]\n',
  })
  assert.is(s.app?.build?.context, './dir')
  assert.is(s.app?.volumes?.[0]?.source, './dir/data')
})

test('extends: the same ports base twice does not duplicate ports', () => {
  const s = services({
    'compose.yaml': 'services:\n  a: { extends: { file: ports.yaml, service: p } }\n',
    'ports.yaml': 'services:\n  p: { image: x, ports: ["8080:80"] }\n  q: { extends: p, ports: ["8080:80"] }\n',
  })
  assert.is(s.a?.ports?.length, 1)
  const twice = services({ 'compose.yaml': 'services:\n  p: { image: x, ports: ["8080:80"] }\n  q: { extends: p, ports: ["8080:80"] }\n' })
  assert.is(twice.q?.ports?.length, 1)
})

test('extends: a base in another file is interpolated with the caller\'s variables', () => {
  const s = services({
    'compose.yaml': 'services:\n  a: { extends: { file: base.yaml, service: b } }\n',
    'base.yaml': 'services:\n  b: { image: x, volumes: ["${SOURCE:-/dev/null}:/in"] }\n',
  })
  assert.is(s.a?.volumes?.[0]?.source, '/dev/null')
})

test('extends: a missing service name is EXTENDS_SERVICE_REQUIRED', () => {
  const { errors } = load({ 'compose.yaml': 'services:\n  a:\n    image: x\n    extends: { file: compose.yaml }\n' })
  assert.is(errors[0]?.code, 'EXTENDS_SERVICE_REQUIRED')
  assert.match(errors[0]!.message, /extends\.a\.service`? is required/)
})

test('include: string and long form; include env is visible only to included files', () => {
  const s = services({
    'compose.yml': 'include:\n  - path: [./module/compose.yml]\n    env_file: [./custom.env]\nservices:\n  a:\n    image: alpine\n    environment: [VAR_NAME]\n',
    'custom.env': 'VAR_NAME=value\n',
    'module/compose.yml': 'services:\n  b: { image: alpine, environment: [VAR_NAME] }\n  c: { image: alpine, environment: [VAR_NAME] }\n',
  })
  assert.is(s.a?.environment?.VAR_NAME, null)
  assert.is(s.b?.environment?.VAR_NAME, 'value')
  assert.is(s.c?.environment?.VAR_NAME, 'value')
})

test('include: relative paths resolve against the included file', () => {
  const s = services({
    'compose.yaml': 'include: [sub/included.yaml]\nservices: {}\n',
    'sub/included.yaml': 'services:\n  included: { build: ., volumes: ["./:/src"] }\n',
  })
  assert.is(s.included?.build?.context, './sub')
  assert.is(s.included?.volumes?.[0]?.source, './sub')
})

test('include: the root may redefine an included service with !override; root wins', () => {
  const s = services({
    'compose.yaml': 'include: [inc.yaml]\nservices:\n  bar:\n    image: bar\n    environment: !override [ZOT=QIX]\n',
    'inc.yaml': 'services:\n  bar: { image: bar, environment: [FOO=BAR] }\n',
  })
  assert.equal(s.bar?.environment, { ZOT: 'QIX' })
})

test('include: two includes defining the same service differently conflict', () => {
  const { errors } = load({
    'compose.yaml': 'include: [one.yaml, two.yaml]\nservices: {}\n',
    'one.yaml': 'services:\n  bar: { image: one }\n',
    'two.yaml': 'services:\n  bar: { image: two }\n',
  })
  assert.equal(errors.map((e) => e.code), ['INCLUDE_CONFLICT'])
  assert.is(errors[0]?.location?.file, 'two.yaml')
  const same = load({
    'compose.yaml': 'include: [one.yaml, two.yaml]\nservices: {}\n',
    'one.yaml': 'services:\n  bar: { image: one }\n',
    'two.yaml': 'services:\n  bar: { image: one }\n',
  })
  assert.equal(same.errors, [])
})

test('include: cycles are INCLUDE_CYCLE', () => {
  const { errors } = load({
    'compose.yaml': 'include: [b.yaml]\nservices: { a: { image: x } }\n',
    'b.yaml': 'include: [compose.yaml]\nservices: { b: { image: x } }\n',
  })
  assert.is(errors[0]?.code, 'INCLUDE_CYCLE')
  assert.match(errors[0]!.message, 'Include cycle detected')
})

test('profiles: services with profiles are dropped unless one is active', () => {
  const files = { 'compose.yaml': 'services:\n  web: { image: x }\n  dbg: { image: x, profiles: [debug, dev] }\n' }
  assert.equal(Object.keys(services(files)), ['web'])
  assert.equal(Object.keys(services(files, { profiles: ['dev'] })), ['dbg', 'web'])
  assert.equal(Object.keys(services(files, { environment: { COMPOSE_PROFILES: 'debug' } })), ['dbg', 'web'])
  assert.equal(Object.keys(services(files, { profiles: ['*'] })), ['dbg', 'web'])
})

test('profiles: each service left out is a note at its key, naming its profiles and how to activate one', () => {
  const files = { 'compose.yaml': 'services:\n  web: { image: x }\n  dbg: { image: x, profiles: [debug, dev] }\n  mon: { image: x, profiles: [monitoring] }\n' }
  const notes = (options = {}) => load(files, options).diagnostics.filter((d) => d.code === 'PROFILE_INACTIVE')
  assert.equal(notes().map((d) => [d.severity, d.path.join('.'), d.location?.start.line, d.location?.start.column, d.message, d.hint]), [
    ['info', 'services.dbg', 3, 3, '`dbg` is left out: none of its profiles `debug`, `dev` is active.', 'To convert it, activate one with `--profile debug` (or COMPOSE_PROFILES=debug).'],
    ['info', 'services.mon', 4, 3, '`mon` is left out: its profile `monitoring` is not active.', 'To convert it, activate it with `--profile monitoring` (or COMPOSE_PROFILES=monitoring).'],
  ])
  assert.equal(notes({ profiles: ['dev'] }).map((d) => d.path[1]), ['mon'])
  assert.equal(notes({ profiles: ['*'] }), [])
})

test('a long-form port\'s protocol is tcp, udp or sctp in any case; anything else is INVALID_PORT (it became tcp)', () => {
  const ports = (protocol: string) => load({ 'compose.yaml': `services:\n  web:\n    image: x\n    ports:\n      - {target: 80, protocol: ${protocol}}\n` })
  assert.equal(ports('UDP').project.model.services.web!.ports!.map((p) => p.protocol), ['udp'])
  assert.equal(ports('tcp').errors, [])
  const { errors, project } = ports('http')
  assert.equal(errors.map((d) => [d.code, d.path.join('.'), d.location?.start.line, d.location?.start.column]), [['INVALID_PORT', 'services.web.ports.0.protocol', 5, 32]])
  assert.match(errors[0]!.hint ?? '', 'app_protocol')
  assert.equal(project.model.services.web!.ports, [])
})

test('an entry repeated in one written list is a warning (compose keeps the later one); repeats through extends or an override are not', () => {
  const { diagnostics, project } = load({ 'compose.yaml': 'services:\n  web:\n    image: x\n    ports: ["80:80", "8080:80", "80:80"]\n    secrets: [{source: db, x-aws-env: A}, {source: db, x-aws-env: B}]\n    environment: [A=1, B=2, A=3]\nsecrets:\n  db: {file: ./db.txt}\n' })
  assert.equal(diagnostics.filter((d) => d.code === 'DUPLICATE_ENTRY').map((d) => [d.severity, d.path.join('.'), d.location?.start.line]), [
    ['warning', 'services.web.ports.2', 4],
    ['warning', 'services.web.secrets.1', 5],
    ['warning', 'services.web.environment.2', 6],
  ])
  assert.match(diagnostics.find((d) => d.code === 'DUPLICATE_ENTRY')!.message, '`services.web.ports[2]` repeats `services.web.ports[0]`')
  assert.equal(project.model.services.web!.environment, { A: '3', B: '2' })
  const merged = load(
    { 'compose.yaml': 'services:\n  base:\n    image: x\n    ports: ["80:80"]\n  web:\n    extends: base\n    ports: ["80:80"]\n', 'compose.override.yaml': 'services:\n  web:\n    ports: ["80:80"]\n' },
    { files: ['compose.yaml', 'compose.override.yaml'] },
  )
  assert.equal(merged.diagnostics.filter((d) => d.code === 'DUPLICATE_ENTRY'), [])
})

test('one setting written two ways with different values is an error, as in compose; the same value twice is fine', () => {
  const codes = (service: string) => load({ 'compose.yaml': `services:\n  web:\n    image: x\n${service}` }).errors.map((d) => `${d.code} ${d.path.join('.')}`)
  assert.equal(codes('    scale: 3\n    deploy: {replicas: 2}\n'), ['DISTINCT_VALUES services.web.scale'])
  assert.equal(codes('    scale: 2\n    deploy: {replicas: 2}\n'), [])
  assert.equal(codes('    cpus: 2\n    deploy: {resources: {limits: {cpus: "0.5"}}}\n'), ['DISTINCT_VALUES services.web.cpus'])
  assert.equal(codes('    mem_limit: 1g\n    deploy: {resources: {limits: {memory: 1024M}}}\n'), [])
  assert.equal(codes('    mem_reservation: 1g\n    deploy: {resources: {reservations: {memory: 512m}}}\n'), ['DISTINCT_VALUES services.web.mem_reservation'])
  // A limits mapping without the value disagrees too, in compose; without `limits` nothing is compared.
  assert.equal(codes('    mem_limit: 1g\n    deploy: {resources: {limits: {cpus: "1"}}}\n'), ['DISTINCT_VALUES services.web.mem_limit'])
  assert.equal(codes('    mem_limit: 1g\n    deploy: {replicas: 2}\n'), [])
  const [error] = load({ 'compose.yaml': 'services:\n  web:\n    image: x\n    mem_limit: 512m\n    deploy: {resources: {limits: {memory: 1g}}}\n' }).errors
  assert.is(error!.message, '`mem_limit` is 512 MiB but `deploy.resources.limits.memory` is 1024 MiB; compose refuses two values for one setting.')
  assert.equal([error!.location?.start.line, error!.location?.start.column], [4, 5])
})

test('profiles: a depends_on edge into a disabled service is not a cycle', () => {
  const { errors } = load({
    'compose.yaml': [
      'services:',
      '  a: { image: x, depends_on: { b: { condition: service_started, required: false } } }',
      '  b: { image: x, profiles: [p], depends_on: [a] }',
    ].join('\n'),
  })
  assert.equal(errors, [])
})

test('version is accepted with a warning; an empty file is an error', () => {
  const { diagnostics } = load({ 'compose.yaml': 'version: "3"\nservices: { a: { image: x } }\n' })
  assert.equal(diagnostics.map((d) => [d.code, d.severity]), [['OBSOLETE_VERSION', 'warning']])
  const empty = load({ 'compose.yaml': '' })
  assert.equal(empty.errors.map((d) => d.code), ['EMPTY_FILE'])
  assert.match(empty.errors[0]!.message, 'empty')
})

test('a service key named like an Object.prototype member is kept as written, besides its schema error', () => {
  const loaded = load({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    constructor: 1\n    toString: two\n    hasOwnProperty: [a]\n' })
  assert.equal(loaded.errors.map((d) => d.code), ['SCHEMA_UNKNOWN_KEY', 'SCHEMA_UNKNOWN_KEY', 'SCHEMA_UNKNOWN_KEY'])
  const web = loaded.project.model.services.web as Record<string, unknown>
  assert.equal([web.constructor, web.toString, web.hasOwnProperty], [1, 'two', ['a']])
})

test('an empty text attribute is left out, as compose-go leaves it out (`platform: ${DOCKER_PLATFORM:-}`); an x- extension keeps it', () => {
  const { project, errors } = load({ 'compose.yaml': 'services:\n  a:\n    image: nginx\n    platform: ${DOCKER_PLATFORM:-}\n    user: ""\n    working_dir: ""\n    x-note: ""\n    environment: {EMPTY: ""}\n' }, { environment: {} })
  assert.equal(errors, [])
  const a = project.model.services.a!
  assert.equal([a.platform, a.user, a.working_dir, a['x-note'], a.environment], [undefined, undefined, undefined, '', { EMPTY: '' }])
})

test.run()
