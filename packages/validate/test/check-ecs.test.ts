import { test } from 'uvu'
import * as assert from 'uvu/assert'
import fc from 'fast-check'
import { joinPath, loadProject, type Diagnostic } from '@composeform/model'
import { attributeTable, checkEcs, fargateSizesFor, type CheckOptions } from '../src/index.js'
import { ruleNames } from '../src/check-service.js'

function check(yaml: string, options: CheckOptions = {}) {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value, options)
}
const codes = (diagnostics: Diagnostic[], severity?: Diagnostic['severity']) =>
  diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.code)

test('every rule the attribute table names exists', () => {
  for (const [pattern, support] of attributeTable) {
    if (support.status === 'checked') assert.ok((ruleNames as readonly string[]).includes(support.rule), `${pattern} → ${support.rule}`)
  }
})

test('a plain service gets the Fargate defaults, each reported as info', () => {
  const { value, diagnostics } = check('services:\n  web:\n    image: nginx\n')
  const web = value.services.web!
  assert.equal([web.cpu, web.memory, web.desiredCount], [256, 512, 1])
  assert.equal(web.runtimePlatform, { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' })
  assert.equal(web.deployment, { minimumHealthyPercent: 100, maximumPercent: 200, circuitBreaker: { enable: true, rollback: true } })
  assert.equal(value.settings.logsRetentionDays, 30)
  assert.ok(diagnostics.length >= 5)
  assert.ok(diagnostics.every((d) => d.severity === 'info' && d.code === 'DEFAULT_APPLIED'))
})

test('unsupported attributes: warning by default, error in strict mode, silent in loose mode', () => {
  const yaml = 'services:\n  web:\n    image: nginx\n    hostname: web.local\n'
  const warn = check(yaml).diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')!
  assert.is(warn.severity, 'warning')
  assert.equal(warn.path, ['services', 'web', 'hostname'])
  assert.equal(warn.location?.start.line, 4)
  assert.match(warn.message, 'awsvpc')
  assert.is(check(yaml, { mode: 'strict' }).diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')?.severity, 'error')
  assert.not.ok(check(yaml, { mode: 'loose' }).diagnostics.some((d) => d.code === 'UNSUPPORTED_ATTRIBUTE'))
})

test('severity overrides apply per code', () => {
  const { diagnostics } = check('services:\n  web:\n    image: nginx\n    hostname: x\n', { severity: { UNSUPPORTED_ATTRIBUTE: 'error', DEFAULT_APPLIED: 'off' } })
  assert.equal(codes(diagnostics), ['UNSUPPORTED_ATTRIBUTE'])
  assert.is(diagnostics[0]!.severity, 'error')
})

test('false or empty values of ignored attributes say nothing', () => {
  const { diagnostics } = check('services:\n  web:\n    image: nginx\n    privileged: false\n    dns: []\n')
  assert.not.ok(diagnostics.some((d) => d.severity !== 'info'))
})

test('incompatible attributes are errors with their own codes', () => {
  const { diagnostics } = check(
    [
      'services:',
      '  web:',
      '    build: .',
      '    privileged: true',
      '    cap_add: [NET_ADMIN, SYS_PTRACE]',
      '    volumes: ["./src:/src"]',
      '    sysctls: { kernel.pid_max: 100 }',
      '    deploy: { mode: global }',
    ].join('\n'),
  )
  assert.equal(codes(diagnostics, 'error').sort(), [
    'BIND_MOUNT_UNSUPPORTED',
    'CAPABILITY_UNSUPPORTED',
    'GLOBAL_MODE_UNSUPPORTED',
    'IMAGE_REQUIRED',
    'PRIVILEGED_UNSUPPORTED',
    'SYSCTL_UNSUPPORTED',
  ])
  for (const d of diagnostics.filter((x) => x.severity === 'error')) {
    assert.ok(d.location, `${d.code} has a position`)
    assert.ok(d.hint, `${d.code} has a hint`)
  }
})

test('published ports may differ from container ports; HTTP is recognised', () => {
  const { value } = check('services:\n  web:\n    image: nginx\n    ports: ["80:8080", "9000"]\n    expose: ["9100"]\n')
  assert.equal(
    value.services.web!.ports.map(({ origin: _o, ...p }) => p),
    [{ containerPort: 8080, listenerPort: 80, protocol: 'tcp', appProtocol: 'http' }, { containerPort: 9000, protocol: 'tcp' }, { containerPort: 9100, protocol: 'tcp' }],
  )
})

test('two services publishing one port conflict', () => {
  const { diagnostics } = check('services:\n  a:\n    image: x\n    ports: ["80:80"]\n  b:\n    image: y\n    ports: ["80:3000"]\n')
  const conflict = diagnostics.find((d) => d.code === 'PUBLISHED_PORT_CONFLICT')!
  assert.equal(conflict.path, ['services', 'b', 'ports', 0, 'published'])
})

test('stop_grace_period and healthcheck values are clamped to what ECS accepts', () => {
  const { value, diagnostics } = check(
    'services:\n  web:\n    image: nginx\n    stop_grace_period: 5m\n    healthcheck:\n      test: curl -f localhost\n      interval: 1s\n      retries: 20\n',
  )
  assert.is(value.services.web!.stopTimeout, 120)
  assert.equal(value.services.web!.healthCheck, { command: ['CMD-SHELL', 'curl -f localhost'], interval: 5, timeout: 30, retries: 10 })
  assert.equal(codes(diagnostics, 'warning').sort(), ['HEALTHCHECK_CLAMPED', 'HEALTHCHECK_CLAMPED', 'STOP_TIMEOUT_CLAMPED'])
})

test('a health check interval, timeout or retries of 0 is Docker\'s default (30 s, 30 s, 3), not clamped; a start period of 0 is none', () => {
  const { value, diagnostics } = check('services:\n  web:\n    image: nginx\n    healthcheck:\n      test: curl -f localhost\n      interval: 0s\n      timeout: 0s\n      retries: 0\n      start_period: 0s\n')
  assert.equal(value.services.web!.healthCheck, { command: ['CMD-SHELL', 'curl -f localhost'], interval: 30, timeout: 30, retries: 3 })
  assert.not.ok(codes(diagnostics).includes('HEALTHCHECK_CLAMPED'))
})

test("a health check timeout above ECS's 60 s is clamped to 60 s; without one it is compose's 30 s", () => {
  const timeout = (line: string) => check(`services:\n  web:\n    image: nginx\n    healthcheck:\n      test: curl -f localhost\n${line}`)
  const long = timeout('      timeout: 90s\n')
  assert.is(long.value.services.web!.healthCheck!.timeout, 60)
  assert.equal(long.diagnostics.filter((d) => d.code === 'HEALTHCHECK_CLAMPED').map((d) => d.message), ['ECS allows a health check `timeout` of 2–60 s, not 90 s; using 60 s.'])
  assert.is(timeout('').value.services.web!.healthCheck!.timeout, 30)
})

test('update_config parallelism gives the deployment percentages; x-aws values win', () => {
  const { value } = check('services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 4\n      update_config: { parallelism: 2 }\n')
  assert.equal(value.services.web!.deployment, { minimumHealthyPercent: 50, maximumPercent: 150, circuitBreaker: { enable: true, rollback: true } })
  // Swarm's parallelism 0 updates every task at once (it was taken for no parallelism at all).
  const all = check('services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 4\n      update_config: { parallelism: 0 }\n')
  assert.equal(all.value.services.web!.deployment, { minimumHealthyPercent: 0, maximumPercent: 200, circuitBreaker: { enable: true, rollback: true } })
})

test('stop-first without parallelism replaces one task at a time; percentages with no room to move are a warning (both stalled deployments)', () => {
  const deploy = (replicas: number, update: string) => check(`services:\n  web:\n    image: nginx\n    deploy:\n      replicas: ${replicas}\n      update_config: ${update}\n`)
  assert.equal(deploy(1, '{ order: stop-first }').value.services.web!.deployment, { minimumHealthyPercent: 0, maximumPercent: 100, circuitBreaker: { enable: true, rollback: true } })
  assert.equal(deploy(4, '{ order: stop-first }').value.services.web!.deployment.minimumHealthyPercent, 75)
  const stalls = (replicas: number, update: string) => deploy(replicas, update).diagnostics.filter((d) => d.code === 'DEPLOYMENT_CANNOT_PROGRESS').map((d) => [d.severity, d.path.join('.')])
  assert.equal(stalls(2, '{ x-aws-min_percent: 100, x-aws-max_percent: 100 }'), [['warning', 'services.web.deploy.update_config']])
  assert.equal(stalls(1, '{ x-aws-max_percent: 150 }'), [['warning', 'services.web.deploy.update_config']], '150 % of one task rounds down to one')
  assert.equal(stalls(2, '{ x-aws-max_percent: 150 }'), [])
  assert.equal(stalls(1, '{ order: stop-first }'), [])
  assert.equal(stalls(3, '{ parallelism: 1, order: start-first }'), [])
})

test('an x-aws percentage that contradicts `order` wins, and `order` is reported as not what ECS does', () => {
  const order = (update: string) =>
    check(`services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 4\n      update_config: ${update}\n`).diagnostics.filter((d) => d.code === 'UNSUPPORTED_ATTRIBUTE').map((d) => [d.path.join('.'), d.message])
  const ignored = [['services.web.deploy.update_config.order', '`services.web.deploy.update_config.order` is ignored: the x-aws percentages decide the order.']]
  assert.equal(order('{ order: stop-first, x-aws-max_percent: 150 }'), ignored)
  assert.equal(order('{ order: start-first, x-aws-min_percent: 50 }'), ignored)
  assert.equal(order('{ order: stop-first, x-aws-min_percent: 50, x-aws-max_percent: 100 }'), [])
  assert.equal(order('{ order: start-first, x-aws-min_percent: 100, x-aws-max_percent: 300 }'), [])
})

test('restart policies that stop restarting are reported and mark the service one-shot', () => {
  const { value, diagnostics } = check('services:\n  job:\n    image: busybox\n    restart: "no"\n')
  assert.is(value.services.job!.oneShot, true)
  assert.ok(codes(diagnostics).includes('RESTART_POLICY_NOT_HONOURED'))
})

test('a log group of the user\'s is a note: retention does not apply, and it must exist unless ECS creates it', () => {
  const note = (options: string) => {
    const found = check(`services:\n  web:\n    image: nginx\n    logging:\n      options: {${options}}\n`).diagnostics.filter((d) => d.code === 'LOG_GROUP_EXISTING')
    return found.map((d) => [d.severity, d.path.join('.'), d.message, d.hint])
  }
  assert.equal(note('awslogs-stream-prefix: web'), [])
  assert.equal(note('awslogs-group: /shared/apps'), [
    ['info', 'services.web.logging.options.awslogs-group', "`web` writes its logs to `/shared/apps`, not to the project's log group: `x-aws-logs_retention` does not apply to it, and it must exist before a task starts.", 'Create the group first, or set `awslogs-create-group: "true"` to let ECS create it; leave `awslogs-group` out to use the project\'s.'],
  ])
  assert.match(note('awslogs-group: /apps, awslogs-create-group: "true"')[0]![2]!, 'ECS creates it when a task starts (`awslogs-create-group`), with no retention.')
})

test('awslogs options the driver would refuse stop the check: an option it does not know, a group name CloudWatch Logs refuses, a mode it does not have', () => {
  const found = (options: string) => check(`services:\n  web:\n    image: nginx\n    logging:\n      options: {${options}}\n`).diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => [d.code, d.path.slice(4).join('.')])
  const valid = 'awslogs-group: /ecs/web_1#a.b-c, awslogs-create-group: "true", awslogs-datetime-format: "%Y", awslogs-multiline-pattern: "^x", mode: non-blocking, max-buffer-size: 4m'
  assert.equal(found(valid), [])
  assert.equal(found('awslogs-grup: /ecs/web'), [['UNSUPPORTED_ATTRIBUTE', 'awslogs-grup']])
  assert.equal(found('awslogs-group: "my logs"'), [['LOG_OPTION_INVALID', 'awslogs-group']])
  assert.equal(found(`awslogs-group: /${'a'.repeat(512)}`), [['LOG_OPTION_INVALID', 'awslogs-group']])
  assert.equal(found('mode: nonblocking'), [['LOG_OPTION_INVALID', 'mode']])
})

test("a task shared with a sidecar is sized, and reported, as a whole: no container's own size notes, and a warning when the combined size more than doubles the request", () => {
  const { value, diagnostics } = check(
    'services:\n  vpn:\n    image: gluetun\n    deploy: {resources: {limits: {cpus: "0.5", memory: 256M}}}\n  torrent:\n    image: qbittorrent\n    network_mode: "service:vpn"\n    deploy: {resources: {limits: {cpus: "1", memory: 1G}}}\n',
  )
  assert.equal([value.services.vpn!.cpu, value.services.vpn!.memory], [2048, 4096])
  const sizes = diagnostics.filter((d) => /^(FARGATE_SIZE|TASK_SIZE)/.test(d.code) || (d.code === 'DEFAULT_APPLIED' && d.message.includes('deploy.resources')))
  assert.equal(sizes.map((d) => [d.code, d.severity, d.path.join('.'), d.message, d.hint]), [
    ['FARGATE_SIZE_OVERSIZED', 'warning', 'services.vpn', "`vpn`'s task runs `vpn`, `torrent`: together 1.5 vCPU / 1280 MiB → 2 vCPU / 4 GiB, more than double.", 'Ask for 2 vCPU / 4 GiB (or a size closer to a Fargate combination) to pay for what you use.'],
  ])
  const fits = check('services:\n  web:\n    image: nginx\n    deploy: {resources: {limits: {cpus: "0.5", memory: 768M}}}\n  proxy:\n    image: envoy\n    x-aws-task: web\n    deploy: {resources: {limits: {cpus: "0.5", memory: 256M}}}\n')
  assert.equal(fits.diagnostics.filter((d) => /^(FARGATE_SIZE|TASK_SIZE)/.test(d.code)).map((d) => [d.code, d.message]), [['TASK_SIZE_COMBINED', "`web`'s task runs `web`, `proxy`: together 1 vCPU / 1 GiB → 1 vCPU / 2 GiB."]])
})

test('a relative mount target or working directory is an error (Docker starts no container with one); Windows paths are absolute too', () => {
  const relative = (yaml: string) => check(yaml).diagnostics.filter((d) => d.code === 'CONTAINER_PATH_RELATIVE').map((d) => [d.severity, d.path.join('.'), d.message])
  assert.equal(relative('services:\n  app:\n    image: node\n    working_dir: app\n    volumes: ["data:data", {type: volume, source: data, target: also/relative}, "data:/ok"]\nvolumes:\n  data: {}\n'), [
    ['error', 'services.app.working_dir', 'The working directory `app` is a relative path; Docker starts no container with it.'],
    ['error', 'services.app.volumes.0', 'The mount target `data` is a relative path; Docker starts no container with it.'],
    ['error', 'services.app.volumes.1', 'The mount target `also/relative` is a relative path; Docker starts no container with it.'],
  ])
  assert.equal(relative('services:\n  app:\n    image: node\n    working_dir: /srv/app\n'), [])
  assert.equal(relative('services:\n  app:\n    image: mcr.microsoft.com/iis\n    platform: windows/amd64\n    working_dir: C:\\inetpub\n'), [])
})

test("a bind mount of the host's own files gets a hint to leave it out, not to make it a volume", () => {
  const hint = (mount: string) => check(`services:\n  app:\n    image: traefik\n    volumes: ["${mount}"]\n`).diagnostics.find((d) => d.code === 'BIND_MOUNT_UNSUPPORTED')!.hint!
  assert.match(hint('/var/run/docker.sock:/var/run/docker.sock:ro'), 'has no host to share it with')
  assert.match(hint('/etc/localtime:/etc/localtime:ro'), 'set `TZ`')
  assert.match(hint('./conf:/etc/traefik'), 'Use a named volume (e.g. `data:/etc/traefik`')
})

test('a health check list that starts with neither CMD nor CMD-SHELL runs as CMD, with a warning (Docker would run no check)', () => {
  const { value, diagnostics } = check('services:\n  db:\n    image: postgres\n    healthcheck: {test: ["pg_isready", "-U", "postgres"]}\n')
  assert.equal(value.services.db!.healthCheck!.command, ['CMD', 'pg_isready', '-U', 'postgres'])
  assert.equal(diagnostics.filter((d) => d.code === 'HEALTHCHECK_TEST_PREFIXED').map((d) => [d.severity, d.path.join('.')]), [['warning', 'services.db.healthcheck.test']])
  assert.equal(check('services:\n  db:\n    image: postgres\n    healthcheck: {test: ["CMD", "pg_isready"]}\n').diagnostics.filter((d) => d.code === 'HEALTHCHECK_TEST_PREFIXED'), [])
})

test('logs retention snaps up to a CloudWatch period', () => {
  const { value, diagnostics } = check('x-aws-logs_retention: 10\nservices:\n  web:\n    image: nginx\n')
  assert.is(value.settings.logsRetentionDays, 14)
  const d = diagnostics.find((x) => x.code === 'LOGS_RETENTION_ROUNDED')!
  assert.equal(d.location?.start.line, 1)
})

test('sizing: rounding is info, more than double is a warning, too large is an error naming the largest size', () => {
  const rounded = check('services:\n  web:\n    image: x\n    deploy: { resources: { limits: { cpus: "0.3", memory: 700M } } }\n')
  const info = rounded.diagnostics.find((d) => d.code === 'FARGATE_SIZE_ROUNDED')!
  assert.is(info.message, '0.3 vCPU / 700 MiB → 0.5 vCPU / 1 GiB, the smallest Fargate size that fits.')
  assert.equal([rounded.value.services.web!.cpu, rounded.value.services.web!.memory], [512, 1024])
  const big = check('services:\n  web:\n    image: x\n    deploy: { resources: { limits: { cpus: "32" } } }\n')
  assert.match(big.diagnostics.find((d) => d.code === 'FARGATE_SIZE_TOO_LARGE')!.message, '16 vCPU / 120 GiB')
})

// A generated service: any mix of the attributes that drive the checker's decisions.
const serviceArb = fc.record(
  {
    image: fc.constantFrom('nginx', 'acme/app:1'),
    platform: fc.constantFrom('linux/amd64', 'linux/arm64', 'windows/amd64', 'linux/s390x'),
    cpus: fc.double({ min: 0.01, max: 40, noNaN: true }).map((n) => n.toFixed(2)),
    mem_limit: fc.integer({ min: 1, max: 200_000 }).map((m) => `${m}m`),
    stop_grace_period: fc.integer({ min: 0, max: 1000 }).map((s) => `${s}s`),
    restart: fc.constantFrom('no', 'always', 'on-failure', 'unless-stopped'),
    ports: fc.array(fc.integer({ min: 1, max: 65535 }).map(String), { maxLength: 3 }),
    cap_add: fc.array(fc.constantFrom('SYS_PTRACE', 'NET_ADMIN'), { maxLength: 2 }),
    hostname: fc.constant('h'),
    deploy: fc.record(
      {
        replicas: fc.integer({ min: 0, max: 10 }),
        resources: fc.record({ limits: fc.record({ cpus: fc.double({ min: 0.01, max: 20, noNaN: true }).map((n) => n.toFixed(2)), memory: fc.integer({ min: 1, max: 150 }).map((g) => `${g}G`) }, { requiredKeys: [] }) }),
        update_config: fc.record({ parallelism: fc.integer({ min: 1, max: 12 }), order: fc.constantFrom('start-first', 'stop-first') }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['image'] },
)

test('property: checkEcs never throws, never mutates, and picks a valid size at least as big as asked', () => {
  fc.assert(
    fc.property(serviceArb, (service) => {
      const files = new Map([['compose.yaml', JSON.stringify({ services: { svc: service } })]])
      const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
      const before = JSON.stringify(loaded.value.model)
      const { value, diagnostics } = checkEcs(loaded.value)
      assert.is(JSON.stringify(loaded.value.model), before)
      for (const d of diagnostics) assert.ok(d.code && d.message && d.severity)
      const ecs = value.services.svc!
      const os = ecs.runtimePlatform.operatingSystemFamily === 'LINUX' ? 'linux' : 'windows'
      const table = fargateSizesFor({ os, arch: ecs.runtimePlatform.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64' })
      assert.ok(table.some((row) => row.cpu === ecs.cpu && row.memory.includes(ecs.memory)), `${ecs.cpu}/${ecs.memory} is a valid size`)
      if (!diagnostics.some((d) => d.code === 'FARGATE_SIZE_TOO_LARGE')) {
        const s = loaded.value.model.services.svc!
        const cpus = s.deploy?.resources?.limits?.cpus ?? s.cpus
        const memory = s.deploy?.resources?.limits?.memory ?? s.mem_limit
        if (cpus !== undefined) assert.ok(ecs.cpu >= cpus * 1024 - 1e-6, `cpu ${ecs.cpu} ≥ ${cpus} vCPU`)
        if (memory !== undefined) assert.ok(ecs.memory * 1048576 >= memory, `memory ${ecs.memory} MiB ≥ ${memory} bytes`)
      }
    }),
    { seed: 42, numRuns: 300 },
  )
})

test('a sidecar of an internal-only task cannot publish ports either (PUBLISHED_PORT_INTERNAL)', () => {
  const yaml = 'services:\n  db:\n    image: db\n    networks: [back]\n  proxy:\n    image: envoy\n    network_mode: service:db\n    ports: ["80:8080"]\nnetworks:\n  back: {internal: true}\n'
  assert.equal(check(yaml).diagnostics.filter((d) => d.code === 'PUBLISHED_PORT_INTERNAL').map((d) => d.path.join('.')), ['services.proxy.ports.0.published'])
})


test('ECS Exec beside read_only is a warning where exec is turned on; Windows drops read_only, so not there', () => {
  const { value, diagnostics } = check(
    'services:\n  locked:\n    image: nginx\n    read_only: true\n    x-aws-exec: true\n  win:\n    image: mcr.microsoft.com/windows/servercore\n    platform: windows/amd64\n    read_only: true\n    x-aws-exec: true\n  open:\n    image: nginx\n    x-aws-exec: true\n',
  )
  const found = diagnostics.filter((d) => d.code === 'EXEC_NEEDS_WRITABLE_ROOT')
  assert.equal(found.map((d) => [d.severity, d.path.join('.')]), [['warning', 'services.locked.x-aws-exec']])
  assert.equal([value.services.locked!.enableExecuteCommand, value.services.open!.enableExecuteCommand], [true, true])
})

test("a volume root directory owned by root: the hint names a writer's own uid and gid when its user is numeric, else 1000", () => {
  const hint = (users: string[]) =>
    check(`services:\n${users.map((u, i) => `  s${i}:\n    image: app\n    user: "${u}"\n    volumes: ["data:/data"]\n`).join('')}volumes:\n  data: {}\n`).diagnostics.find((d) => d.code === 'VOLUME_OWNER_UNKNOWN')?.hint
  assert.match(hint(['postgres', '999:998']) ?? '', '{uid: "999", gid: "998"}')
  assert.match(hint(['1001', '1002']) ?? '', '{uid: "1001", gid: "1001"}')
  assert.match(hint(['postgres']) ?? '', '{uid: "1000", gid: "1000"}')
  assert.is(hint(['1001', '1001']), undefined)
})

test.run()
