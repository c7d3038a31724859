import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const container = (attributes: string) => {
  const graph = convert(`services:\n  web:\n    image: nginx\n${attributes}`)
  return (node(graph, 'WebTaskDefinition').properties.ContainerDefinitions as Record<string, any>[])[0]!
}

test('capabilities in ECS\'s spelling: docker\'s CAP_ prefix and lower case are accepted and written as ECS takes them', () => {
  assert.equal(container('    cap_add: [CAP_SYS_PTRACE]\n    cap_drop: [cap_net_raw, all]\n').LinuxParameters.Capabilities, { Add: ['SYS_PTRACE'], Drop: ['NET_RAW', 'ALL'] })
  assert.equal(container('    cap_drop: [NET_RAW]\n    init: true\n').LinuxParameters, { InitProcessEnabled: true, Capabilities: { Drop: ['NET_RAW'] } })
})

test.run()
