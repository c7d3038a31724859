import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { Value } from '@composeform/model'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const container = (yaml: string) => (node(convert(yaml), 'WebTaskDefinition').properties.ContainerDefinitions as Record<string, Value>[])[0]!

test('a Windows container carries no LinuxParameters, ReadonlyRootFilesystem, Ulimits, SystemControls or User (ECS on Fargate refuses them); Linux keeps them', () => {
  const service = (platform: string) =>
    `services:\n  web:\n    image: app\n    platform: ${platform}\n    init: true\n    read_only: true\n    user: app\n    ulimits: {nofile: 4096}\n    sysctls: {net.core.somaxconn: "1024"}\n`
  const windows = container(service('windows/amd64'))
  for (const key of ['LinuxParameters', 'ReadonlyRootFilesystem', 'Ulimits', 'SystemControls', 'User']) assert.not.ok(key in windows, key)
  const linux = container(service('linux/amd64'))
  assert.equal([linux.LinuxParameters, linux.ReadonlyRootFilesystem, linux.Ulimits, linux.SystemControls, linux.User], [
    { InitProcessEnabled: true },
    true,
    [{ Name: 'nofile', SoftLimit: 4096, HardLimit: 4096 }],
    [{ Namespace: 'net.core.somaxconn', Value: '1024' }],
    'app',
  ])
})

test.run()
