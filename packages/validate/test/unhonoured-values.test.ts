import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, type Diagnostic } from '@composeform/model'
import { checkEcs, type CheckOptions } from '../src/index.js'

// Values ECS cannot honour that were once left out without a word: each must be reported.

function check(yaml: string, options: CheckOptions = {}) {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value, options)
}
/** `code path` of every diagnostic that is not a default note. */
const found = (diagnostics: Diagnostic[], code?: string) =>
  diagnostics.filter((d) => (code ? d.code === code : d.code !== 'DEFAULT_APPLIED' && d.code !== 'TASK_SIZE_COMBINED')).map((d) => `${d.code} ${d.path.join('.')}`)

test('healthcheck.start_interval is unsupported; the other healthcheck keys are not', () => {
  const { diagnostics } = check('services:\n  web:\n    image: nginx\n    healthcheck:\n      test: curl -f localhost\n      interval: 10s\n      timeout: 3s\n      retries: 3\n      start_period: 30s\n      start_interval: 2s\n')
  assert.equal(found(diagnostics), ['UNSUPPORTED_ATTRIBUTE services.web.healthcheck.start_interval'])
  assert.is(diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')!.location?.start.line, 10)
})

test('a Windows task reports init, read_only, cap_add and cap_drop, which ECS does not take for Windows', () => {
  const yaml = (platform: string) => `services:\n  web:\n    image: mcr.microsoft.com/windows/servercore\n    platform: ${platform}\n    init: true\n    read_only: true\n    cap_add: [NET_ADMIN]\n    cap_drop: [ALL]\n`
  assert.equal(found(check(yaml('windows/amd64')).diagnostics), [
    'UNSUPPORTED_ATTRIBUTE services.web.init',
    'UNSUPPORTED_ATTRIBUTE services.web.read_only',
    'UNSUPPORTED_ATTRIBUTE services.web.cap_add',
    'UNSUPPORTED_ATTRIBUTE services.web.cap_drop',
  ])
  // On Linux they are honoured; only the capability Fargate refuses is reported.
  assert.equal(found(check(yaml('linux/amd64')).diagnostics), ['CAPABILITY_UNSUPPORTED services.web.cap_add.0'])
})

test('a Windows task reports ulimits and sysctls, which ECS does not take for Windows, and does not check their values', () => {
  const yaml = (platform: string) => `services:\n  web:\n    image: mcr.microsoft.com/windows/servercore\n    platform: ${platform}\n    ulimits: {nofile: 1024, bogus: 1}\n    sysctls: {vm.swappiness: "10"}\n`
  assert.equal(found(check(yaml('windows/amd64')).diagnostics), ['UNSUPPORTED_ATTRIBUTE services.web.ulimits', 'UNSUPPORTED_ATTRIBUTE services.web.sysctls'])
  assert.equal(found(check(yaml('linux/amd64')).diagnostics), ['ULIMIT_UNSUPPORTED services.web.ulimits.bogus', 'SYSCTL_UNSUPPORTED services.web.sysctls.vm.swappiness'])
})

test('a deploy.mode compose does not know is ignored with a warning: the service runs replicated', () => {
  const { diagnostics } = check('services:\n  web:\n    image: nginx\n    deploy:\n      mode: replicate\n')
  const warning = diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')!
  assert.equal([warning.severity, warning.path.join('.')], ['warning', 'services.web.deploy.mode'])
  assert.match(warning.message, '`replicate` is not a deployment mode')
  assert.not.ok(check('services:\n  web:\n    image: nginx\n    deploy:\n      mode: replicated\n').diagnostics.some((d) => d.path.join('.') === 'services.web.deploy.mode'))
})

test('job modes are errors: an ECS service cannot run a task to completion', () => {
  for (const mode of ['replicated-job', 'global-job']) {
    const { diagnostics } = check(`services:\n  migrate:\n    image: acme/migrate\n    deploy:\n      mode: ${mode}\n`)
    const job = diagnostics.find((d) => d.code === 'JOB_MODE_UNSUPPORTED')
    assert.ok(job, mode)
    assert.is(job!.severity, 'error')
    assert.equal(job!.path, ['services', 'migrate', 'deploy', 'mode'])
    assert.is(job!.location?.start.line, 5)
    assert.match(job!.hint!, 'aws ecs run-task')
  }
  assert.equal(found(check('services:\n  web:\n    image: nginx\n    deploy:\n      mode: global\n').diagnostics, 'GLOBAL_MODE_UNSUPPORTED'), ['GLOBAL_MODE_UNSUPPORTED services.web.deploy.mode'])
  assert.equal(found(check('services:\n  web:\n    image: nginx\n    deploy:\n      mode: replicated\n').diagnostics), [])
})

const sidecar = (deploy: string) => `services:\n  web:\n    image: nginx\n  proxy:\n    image: envoyproxy/envoy\n    x-aws-task: web\n    deploy:\n${deploy}`

test('a sidecar\'s deploy.labels are ignored (the owner\'s tag the ECS service) and say so', () => {
  const { diagnostics } = check(sidecar('      labels: { team: edge }\n'))
  assert.equal(found(diagnostics), ['SIDECAR_SETTING_IGNORED services.proxy.deploy.labels'])
  assert.match(diagnostics.find((d) => d.code === 'SIDECAR_SETTING_IGNORED')!.message, '`deploy.labels` is ignored')
})

test('a sidecar\'s restart_policy delay, max_attempts and window are unsupported, as on its owner', () => {
  const { diagnostics } = check(sidecar('      restart_policy: { condition: any, delay: 5s, max_attempts: 3, window: 1m }\n'))
  assert.equal(found(diagnostics), [
    'UNSUPPORTED_ATTRIBUTE services.proxy.deploy.restart_policy.delay',
    'UNSUPPORTED_ATTRIBUTE services.proxy.deploy.restart_policy.max_attempts',
    'UNSUPPORTED_ATTRIBUTE services.proxy.deploy.restart_policy.window',
  ])
  assert.match(diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')!.message, 'whole task')
})

const volume = (definition: string) => `services:\n  web:\n    image: nginx\n    volumes: [data:/data]\nvolumes:\n  data:\n${definition}`

test('an existing file system: its file-system driver_opts and a root-level permissions are ignored, and say so', () => {
  const { diagnostics } = check(volume('    external: true\n    name: fs-0123456789abcdef0\n    driver_opts: { performance_mode: maxIO, kms_key_id: alias/x, backup_policy: ENABLED, uid: "1000", permissions: "0700" }\n'))
  assert.equal(found(diagnostics), [
    'EFS_OPTION_IGNORED volumes.data.driver_opts.backup_policy',
    'EFS_OPTION_IGNORED volumes.data.driver_opts.kms_key_id',
    'EFS_OPTION_IGNORED volumes.data.driver_opts.performance_mode',
    'EFS_OPTION_IGNORED volumes.data.driver_opts.permissions',
  ])
  assert.ok(diagnostics.filter((d) => d.code === 'EFS_OPTION_IGNORED').every((d) => d.severity === 'warning' && d.location && d.hint))
  // With a directory for EFS to create, permissions apply.
  assert.equal(found(check(volume('    external: true\n    name: fs-0123456789abcdef0\n    driver_opts: { root_directory: /app, permissions: "0700" }\n')).diagnostics), [])
})

test('permissions with root_directory: / are ignored: EFS creates no directory', () => {
  assert.equal(found(check(volume('    driver_opts: { root_directory: /, permissions: "0700" }\n')).diagnostics), ['EFS_OPTION_IGNORED volumes.data.driver_opts.permissions'])
  assert.equal(found(check(volume('    driver_opts: { performance_mode: maxIO, permissions: "0700" }\n')).diagnostics), [])
})

test('a secret delivered as a variable (x-aws-env) ignores its target, and says so', () => {
  const yaml = (reference: string) => `services:\n  app:\n    image: acme/app\n    secrets:\n      - ${reference}\nsecrets:\n  db:\n    external: true\n    name: prod/db\n`
  const { diagnostics } = check(yaml('{ source: db, target: /etc/app/db, x-aws-env: DB_PASSWORD }'))
  assert.equal(found(diagnostics), ['UNSUPPORTED_ATTRIBUTE services.app.secrets.0.target'])
  assert.match(diagnostics.find((d) => d.code === 'UNSUPPORTED_ATTRIBUTE')!.message, 'the variable `DB_PASSWORD`')
  assert.match(found(check(yaml('{ source: db, target: creds, x-aws-env: { DB_USER: username, DB_PASSWORD: password } }')).diagnostics).join(), 'secrets.0.target')
  // Without a target, or delivered as a file, there is nothing to say.
  assert.equal(found(check(yaml('{ source: db, x-aws-env: DB_PASSWORD }')).diagnostics), [])
  assert.equal(found(check(yaml('{ source: db, target: /etc/app/db }')).diagnostics), [])
})


test('labels of an external network, volume or secret are ignored, and say so (nothing is created to tag)', () => {
  const { diagnostics } = check(
    'services:\n  web:\n    image: nginx\n    networks: [front]\n    volumes: [data:/data]\n    secrets: [db]\nnetworks:\n  front: {external: true, name: sg-0123456789abcdef0, labels: {team: web}}\nvolumes:\n  data: {external: true, name: fs-12345678, labels: [team=web]}\nsecrets:\n  db: {external: true, name: prod/db, labels: {team: web}}\n',
  )
  assert.equal(found(diagnostics).filter((d) => d.endsWith('.labels')), ['UNSUPPORTED_ATTRIBUTE networks.front.labels', 'UNSUPPORTED_ATTRIBUTE volumes.data.labels', 'UNSUPPORTED_ATTRIBUTE secrets.db.labels'])
  const created = check('services:\n  web:\n    image: nginx\n    networks: [front]\nnetworks:\n  front: {labels: {team: web}}\n')
  assert.equal(found(created.diagnostics).filter((d) => d.endsWith('.labels')), [])
})

test('bind or tmpfs options on a named volume are ignored, and say so (short-syntax z and rshared set them)', () => {
  const { diagnostics } = check(
    'services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data:ro,z\n      - data:/p:rshared\n      - {type: volume, source: data, target: /t, tmpfs: {size: 100}}\nvolumes:\n  data: {}\n',
  )
  assert.equal(found(diagnostics), ['UNSUPPORTED_ATTRIBUTE services.web.volumes.0.bind', 'UNSUPPORTED_ATTRIBUTE services.web.volumes.1.bind', 'UNSUPPORTED_ATTRIBUTE services.web.volumes.2.tmpfs'])
})

test('a service name ECS cannot take as a container name (a dot) is SERVICE_NAME_INVALID', () => {
  assert.equal(found(check('services:\n  my.app:\n    image: nginx\n  my-app_2:\n    image: nginx\n').diagnostics, 'SERVICE_NAME_INVALID'), ['SERVICE_NAME_INVALID services.my.app'])
})

test('replicas outside x-aws-autoscaling\'s range are a warning (Application Auto Scaling moves the service into it); min is 1 when left out', () => {
  const scaled = (replicas: string, range: string) => found(check(`services:\n  web:\n    image: nginx\n    deploy:\n      ${replicas}\n      x-aws-autoscaling: ${range}\n`).diagnostics, 'AUTOSCALING_REPLICAS_OUTSIDE')
  assert.equal(scaled('replicas: 5', '{min: 0, max: 2, cpu: 70}'), ['AUTOSCALING_REPLICAS_OUTSIDE services.web.deploy.replicas'])
  assert.equal(scaled('replicas: 0', '{max: 4, cpu: 70}'), ['AUTOSCALING_REPLICAS_OUTSIDE services.web.deploy.replicas'])
  assert.equal(scaled('replicas: 2', '{max: 4, cpu: 70}'), [])
  assert.equal(scaled('labels: {a: b}', '{min: 2, max: 4, cpu: 70}'), [], 'without replicas nothing is compared')
  // An empty range is X_AWS_INVALID alone.
  assert.equal(scaled('replicas: 3', '{min: 5, max: 2, cpu: 50}'), [])
  assert.equal(scaled('replicas: 3', '{max: 0, cpu: 50}'), [])
})

test('a healthcheck without a test is reported: compose would time the image\'s HEALTHCHECK, which ECS never runs', () => {
  assert.equal(found(check('services:\n  web:\n    image: nginx\n    healthcheck:\n      interval: 10s\n      retries: 3\n').diagnostics), ['UNSUPPORTED_ATTRIBUTE services.web.healthcheck'])
  assert.equal(check('services:\n  web:\n    image: nginx\n    healthcheck:\n      interval: 10s\n').value.services.web!.healthCheck, undefined)
  assert.equal(found(check('services:\n  web:\n    image: nginx\n    healthcheck:\n      disable: true\n').diagnostics), [])
})

test('a memory reservation above the limit is an error, as compose refuses it (ECS would refuse the container)', () => {
  const reserved = (resources: string) => found(check(`services:\n  web:\n    image: nginx\n${resources}`).diagnostics, 'RESERVATION_ABOVE_LIMIT')
  assert.equal(reserved('    deploy:\n      resources:\n        limits: {memory: 512m}\n        reservations: {memory: 1g}\n'), ['RESERVATION_ABOVE_LIMIT services.web.deploy.resources.reservations.memory'])
  assert.equal(reserved('    mem_limit: 512m\n    mem_reservation: 600m\n'), ['RESERVATION_ABOVE_LIMIT services.web.mem_reservation'])
  assert.equal(reserved('    deploy:\n      resources:\n        limits: {memory: 1g}\n        reservations: {memory: 512m}\n'), [])
  assert.equal(reserved('    deploy:\n      resources:\n        reservations: {memory: 1g}\n'), [], 'without a limit, the reservation sizes the task')
})

test.run()
