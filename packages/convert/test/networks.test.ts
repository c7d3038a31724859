import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const groups = (yaml: string) => node(convert(yaml), 'WebService').properties.NetworkConfiguration as { AwsvpcConfiguration: { SecurityGroups: unknown[] } }

const web = (networks: string) => `
services:
  web:
    image: nginx
    networks: [front]
networks:
  front:
${networks}`

test('an external network is the security group its name gives; a name that is no id becomes a parameter, noted', () => {
  assert.equal(groups(web('    external: true\n    name: sg-0123456789abcdef0\n')).AwsvpcConfiguration.SecurityGroups, ['sg-0123456789abcdef0'])
  const graph = convert(web('    external: true\n    name: my-net\n'))
  assert.equal((node(graph, 'WebService').properties.NetworkConfiguration as any).AwsvpcConfiguration.SecurityGroups, [{ $ref: 'FrontNetwork' }])
  const parameter = graph.parameters.find((p) => p.id === 'FrontNetwork')!
  assert.equal([parameter.type, parameter.default], ['AWS::EC2::SecurityGroup::Id', undefined])
  const files = new Map([['compose.yaml', web('    external: true\n    name: my-net\n')]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  const notes = checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'NETWORK_EXTERNAL_ID')
  assert.equal(notes.map((d) => [d.severity, d.path.join('.'), d.location?.start.line]), [['info', 'networks.front', 7]])
})

test('x-aws-securitygroup (deprecated) still names the network\'s existing group, as its deprecation note says', () => {
  const graph = convert(web('    x-aws-securitygroup: sg-0123456789abcdef0\n'))
  assert.equal((node(graph, 'WebService').properties.NetworkConfiguration as any).AwsvpcConfiguration.SecurityGroups, ['sg-0123456789abcdef0'])
  assert.not.ok(graph.nodes.some((n) => n.id === 'FrontNetwork'), 'no group is created for it')
})

test.run()
