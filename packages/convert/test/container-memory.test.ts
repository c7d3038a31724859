import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const containers = (yaml: string) => (node(convert(yaml), 'WebTaskDefinition').properties.ContainerDefinitions as Record<string, any>[])

const clamped = (yaml: string) => {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {}, projectDirectory: '.', directoryName: 'fixture' })
  return checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'MEMORY_CLAMPED').map((d) => ({ path: d.path, message: d.message, severity: d.severity }))
}

test('a reservation is written in whole MiB, rounded up, whichever key sets it', () => {
  assert.is(containers('services:\n  web:\n    image: nginx\n    mem_reservation: 100m\n')[0]!.MemoryReservation, 100)
  assert.is(containers('services:\n  web:\n    image: nginx\n    mem_reservation: 104858112\n')[0]!.MemoryReservation, 101)
  assert.is(containers('services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        reservations:\n          memory: 1g\n')[0]!.MemoryReservation, 1024)
})

test('a reservation under 6 MiB becomes 6 MiB, with a warning at the key that set it', () => {
  assert.is(containers('services:\n  web:\n    image: nginx\n    mem_reservation: 4m\n')[0]!.MemoryReservation, 6)
  assert.equal(clamped('services:\n  web:\n    image: nginx\n    mem_reservation: 4m\n'), [
    { path: ['services', 'web', 'mem_reservation'], message: '4 MiB is less than the 6 MiB a container needs; using 6 MiB.', severity: 'warning' },
  ])
  assert.equal(clamped('services:\n  web:\n    image: nginx\n    mem_reservation: 4m\n    deploy:\n      resources:\n        reservations:\n          memory: 5000k\n').map((d) => d.path), [
    ['services', 'web', 'deploy', 'resources', 'reservations', 'memory'],
  ])
  assert.equal(clamped('services:\n  web:\n    image: nginx\n    mem_reservation: 6m\n'), [])
})

test("a container's limit is written, and raised to 6 MiB, only in a task of several containers", () => {
  // Alone, the limit sizes the task (at least 512 MiB on Fargate): no container limit, nothing to report.
  assert.is(containers('services:\n  web:\n    image: nginx\n    mem_limit: 4m\n')[0]!.Memory, undefined)
  assert.equal(clamped('services:\n  web:\n    image: nginx\n    mem_limit: 4m\n'), [])
  const grouped = 'services:\n  web:\n    image: nginx\n    mem_limit: 512m\n  proxy:\n    image: envoy\n    network_mode: service:web\n    mem_limit: 3m\n    mem_reservation: 2m\n'
  const proxy = containers(grouped).find((c) => c.Name === 'proxy')!
  assert.equal([proxy.Memory, proxy.MemoryReservation], [6, 6])
  assert.equal(clamped(grouped).map((d) => d.path), [['services', 'proxy', 'mem_reservation'], ['services', 'proxy', 'mem_limit']])
})

test.run()
