import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, type Diagnostic } from '@composeform/model'
import { checkEcs, ECS_RESERVED_MEMORY_MIB, GPU_INSTANCE_TYPES, taskMemoryOf } from '../src/index.js'

function check(service: string) {
  const yaml = `services:\n  app:\n    image: acme/app\n${service.replace(/^/gm, '    ')}\n`
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  const { value, diagnostics } = checkEcs(loaded.value)
  return { app: value.services.app!, diagnostics }
}
const only = (diagnostics: Diagnostic[], prefix: string) => diagnostics.filter((d) => d.code.startsWith(prefix))
function checkTask(yaml: string) {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value)
}
const devices = (lines: string) => `deploy:\n  resources:\n    reservations:\n      devices:\n${lines.replace(/^/gm, '        ')}`

test('a service without GPU reservations stays on Fargate', () => {
  const { app, diagnostics } = check('ports: ["80:80"]')
  assert.is(app.launchType, 'FARGATE')
  assert.is(app.gpu, undefined)
  assert.equal(only(diagnostics, 'GPU_'), [])
})

test('a device reservation runs on the smallest instance that fits, in ECS CPU units (not milli-CPU)', () => {
  const { app, diagnostics } = check(`deploy:\n  resources:\n    limits: {cpus: "6", memory: 20G}\n    reservations:\n      devices:\n        - {driver: nvidia, count: 1, capabilities: [gpu]}`)
  assert.is(app.launchType, 'EC2')
  assert.equal(app.gpu, { count: 1, instanceType: { name: 'g4dn.2xlarge', vcpus: 8, memoryMiB: 32768, gpus: 1 } })
  assert.equal([app.cpu, app.memory], [6144, 20480])
  const chosen = only(diagnostics, 'GPU_')
  assert.equal(chosen.map((d) => [d.code, d.severity]), [['GPU_INSTANCE_CHOSEN', 'info']])
  assert.match(chosen[0]!.message, 'g4dn.2xlarge')
  // No Fargate sizing was reported for it.
  assert.not.ok(diagnostics.some((d) => d.code.startsWith('FARGATE_SIZE') || d.message.includes('Fargate size')))
})

test('memory that fills the installed memory needs the next size: the system keeps its share', () => {
  assert.ok(taskMemoryOf(GPU_INSTANCE_TYPES[0]!) < 16 * 1024 - ECS_RESERVED_MEMORY_MIB)
  const { app } = check(`deploy:\n  resources:\n    limits: {memory: 16G}\n    reservations:\n      devices: [{capabilities: [gpu], count: 1}]`)
  assert.is(app.gpu?.instanceType.name, 'g4dn.2xlarge')
})

test('without a size the task takes the whole instance; `all` is every GPU of it', () => {
  const { app } = check('gpus: all')
  assert.equal(app.gpu, { count: 1, instanceType: { name: 'g4dn.xlarge', vcpus: 4, memoryMiB: 16384, gpus: 1 } })
  assert.equal([app.cpu, app.memory], [4096, taskMemoryOf(app.gpu!.instanceType)])
  const pinned = check(`gpus: all\ndeploy:\n  placement:\n    constraints: ["node.machine == g5.12xlarge"]`).app
  assert.equal([pinned.gpu?.count, pinned.gpu?.instanceType.name], [4, 'g5.12xlarge'])
})

test('`count: all` (or -1, or no count) takes every GPU of the type node.machine names', () => {
  for (const count of ['count: all', 'count: -1', '']) {
    const { app } = check(`deploy:\n  placement:\n    constraints: [node.machine==g6.48xlarge]\n  resources:\n    reservations:\n      devices: [{capabilities: [gpu]${count ? `, ${count}` : ''}}]`)
    assert.equal([app.gpu?.count, app.gpu?.instanceType.name], [8, 'g6.48xlarge'], count)
  }
})

test('several GPUs pick a multi-GPU type; counts of several devices add up', () => {
  assert.is(check(devices('- {capabilities: [gpu], count: 2}')).app.gpu?.instanceType.name, 'g4dn.12xlarge')
  const { app } = check(devices('- {capabilities: [gpu], count: 4}\n- {capabilities: [gpu, compute], count: 2}'))
  assert.equal([app.gpu?.count, app.gpu?.instanceType.name], [6, 'g4dn.metal'])
})

test('generic resources and `gpus` device lists count as GPUs too', () => {
  const generic = check('deploy:\n  resources:\n    reservations:\n      generic_resources:\n        - discrete_resource_spec: {kind: gpu, value: 2}').app
  assert.equal(generic.gpu?.count, 2)
  assert.equal(check('gpus:\n  - count: 1').app.gpu?.count, 1)
})

test('device_ids are counted, with a warning that ECS picks the GPUs', () => {
  const { app, diagnostics } = check(devices('- {capabilities: [gpu], device_ids: ["0", "1"]}'))
  assert.is(app.gpu?.count, 2)
  const ignored = diagnostics.find((d) => d.code === 'GPU_SETTING_IGNORED')!
  assert.equal([ignored.severity, ignored.path.at(-1)], ['warning', 'device_ids'])
})

test('driver options and capabilities beyond compute and utility are reported, with the variable that grants them', () => {
  const { app, diagnostics } = check(devices('- {capabilities: [gpu, utility, video, graphics], count: 1, options: {virtualization: "false"}}'))
  assert.is(app.gpu?.count, 1)
  const ignored = diagnostics.filter((d) => d.code === 'GPU_SETTING_IGNORED')
  assert.equal(ignored.map((d) => d.path.slice(-2).join('.')), ['0.capabilities', '0.options'])
  assert.match(ignored[0]!.message, /not `video`, `graphics`/)
  assert.is(ignored[0]!.hint, 'Set `NVIDIA_DRIVER_CAPABILITIES: compute,utility,video,graphics` in `environment`.')
  assert.equal(only(check(devices('- {capabilities: [gpu, compute, utility], count: 1, options: {}}')).diagnostics, 'GPU_SETTING'), [])
  assert.equal(only(check(`environment: {NVIDIA_DRIVER_CAPABILITIES: all}\n${devices('- {capabilities: [gpu, video]}')}`).diagnostics, 'GPU_SETTING'), [], 'the variable, once set, grants them')
  assert.equal(only(check('gpus:\n  - {count: 1, capabilities: [display]}').diagnostics, 'GPU_SETTING').map((d) => d.path.join('.')), ['services.app.gpus.0.capabilities'])
})

test('node.machine chooses the type, also one never chosen automatically', () => {
  const { app, diagnostics } = check(`deploy:\n  placement:\n    constraints: [node.machine==p3.2xlarge]\n  resources:\n    reservations:\n      devices: [{capabilities: [gpu], count: 1}]`)
  assert.is(app.gpu?.instanceType.name, 'p3.2xlarge')
  assert.match(diagnostics.find((d) => d.code === 'GPU_INSTANCE_CHOSEN')!.message, 'node.machine')
  assert.not.ok(check(devices('- {capabilities: [gpu], count: 1}\n')).app.gpu?.instanceType.name.startsWith('p3'))
})

test('errors: no type fits, unknown or too small machine, not a GPU, another driver, ARM64 and Windows', () => {
  const errors = (service: string) => check(service).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)
  assert.equal(errors(devices('- {capabilities: [gpu], count: 9}')), ['GPU_NO_INSTANCE_FITS'])
  assert.equal(errors(`deploy:\n  resources:\n    limits: {cpus: "200"}\n    reservations:\n      devices: [{capabilities: [gpu], count: 1}]`), ['GPU_NO_INSTANCE_FITS'])
  assert.equal(errors(`gpus: all\ndeploy:\n  placement:\n    constraints: [node.machine==x9.huge]`), ['GPU_NO_INSTANCE_FITS'])
  assert.equal(errors(`gpus: all\ndeploy:\n  placement:\n    constraints: [node.machine==g4dn.xlarge]\n  resources:\n    limits: {cpus: "8"}`), ['GPU_NO_INSTANCE_FITS'])
  assert.equal(errors(devices('- {capabilities: [tpu]}')), ['GPU_RESERVATION_UNSUPPORTED'])
  assert.equal(errors(devices('- {capabilities: [gpu], driver: amd}')), ['GPU_RESERVATION_UNSUPPORTED'])
  assert.equal(errors(devices('- {capabilities: [gpu], count: 0}')), ['GPU_RESERVATION_UNSUPPORTED'])
  assert.equal(errors('deploy:\n  resources:\n    reservations:\n      generic_resources:\n        - discrete_resource_spec: {kind: fpga, value: 1}'), ['GPU_RESERVATION_UNSUPPORTED'])
  assert.equal(errors('platform: linux/arm64\ngpus: all'), ['GPU_PLATFORM_UNSUPPORTED'])
  assert.equal(errors('platform: windows/amd64\ngpus: all'), ['GPU_PLATFORM_UNSUPPORTED'])
})

test('Fargate-only settings of a GPU service are ignored with a warning, not applied', () => {
  const { app, diagnostics } = check('gpus: all\nstorage_opt: {size: 50G}\nx-aws-capacity_provider_strategy: FARGATE_SPOT')
  assert.equal([app.ephemeralStorageGiB, app.capacityProviderStrategy], [undefined, undefined])
  assert.equal(diagnostics.filter((d) => d.code === 'GPU_SETTING_IGNORED').map((d) => d.path.at(-1)), ['x-aws-capacity_provider_strategy', 'storage_opt'])
})

test('the instance table is ordered smallest first within each GPU count, and every row is x86-64 NVIDIA', () => {
  const names = new Set<string>()
  for (const [i, t] of GPU_INSTANCE_TYPES.entries()) {
    assert.not.ok(names.has(t.name), `${t.name} twice`)
    names.add(t.name)
    assert.match(t.name, /^(g4dn|g5|g6|p3)\./)
    const next = GPU_INSTANCE_TYPES[i + 1]
    if (next) assert.ok(t.gpus < next.gpus || (t.gpus === next.gpus && t.vcpus <= next.vcpus), `${t.name} before ${next.name}`)
  }
})

test('in a task: a GPU sidecar of a Fargate owner is an error; a GPU owner\'s sidecar merges ECS Exec and reports storage_opt', () => {
  const gpu = '    deploy: {resources: {reservations: {devices: [{capabilities: [gpu], count: 1}]}}}\n'
  const fargateOwner = checkTask(`services:\n  web:\n    image: nginx\n  b:\n    image: cuda\n    x-aws-task: web\n${gpu}`)
  assert.equal(fargateOwner.diagnostics.filter((d) => d.code === 'TASK_GROUP_INVALID').map((d) => [d.severity, d.path.join('.')]), [['error', 'services.b']])
  const gpuOwner = checkTask(`services:\n  web:\n    image: cuda\n${gpu}  side:\n    image: busybox\n    x-aws-task: web\n    x-aws-exec: true\n    storage_opt: {size: 50G}\n`)
  assert.is(gpuOwner.value.services.web!.enableExecuteCommand, true, 'the sidecar\'s x-aws-exec enables ECS Exec for the EC2 task too')
  assert.equal(gpuOwner.diagnostics.filter((d) => d.code === 'GPU_SETTING_IGNORED').map((d) => d.path.join('.')), ['services.side.storage_opt'])
})

test.run()
