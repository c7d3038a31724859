import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { Value } from '@composeform/model'
import { convertCompose as convert, convertComposeWithDiagnostics, nodeOf as node } from './support/convert-compose.js'

const containers = (graph: ReturnType<typeof convert>, id: string) => node(graph, id).properties.ContainerDefinitions as Record<string, Value>[]

test('one container port published on two listeners, and exposed too, is one port mapping and one Service Connect entry (was two, both `tcp-8080`)', () => {
  const graph = convert('services:\n  web:\n    image: nginx\n    ports: ["80:8080", "443:8080"]\n    expose: ["8080"]\n')
  assert.equal(containers(graph, 'WebTaskDefinition')[0]!.PortMappings, [{ ContainerPort: 8080, Protocol: 'tcp', Name: 'tcp-8080', AppProtocol: 'http' }])
  const connect = (node(graph, 'WebService').properties.ServiceConnectConfiguration as { Services: { PortName: string }[] }).Services
  assert.equal(connect.map((s) => s.PortName), ['tcp-8080'])
  assert.equal(graph.nodes.filter((n) => n.type === 'AWS::ElasticLoadBalancingV2::Listener').length, 2, 'both listeners stay')
})

test('a port\'s own name names its port mapping and its Service Connect entry', () => {
  const graph = convert('services:\n  api:\n    image: api\n    ports:\n      - {target: 8080, name: api-http, app_protocol: http}\n')
  assert.equal(containers(graph, 'ApiTaskDefinition')[0]!.PortMappings, [{ ContainerPort: 8080, Protocol: 'tcp', Name: 'api-http', AppProtocol: 'http' }])
  const connect = (node(graph, 'ApiService').properties.ServiceConnectConfiguration as { Services: Record<string, Value>[] }).Services
  assert.equal(connect.map((s) => [s.PortName, s.DiscoveryName]), [['api-http', 'api-api-http']])
})

test('x-aws-protocol: tcp on port 80 makes a TCP listener on a network load balancer', () => {
  const graph = convert('services:\n  dns:\n    image: coredns\n    ports:\n      - {target: 53, published: "80", x-aws-protocol: tcp}\n')
  assert.equal(node(graph, 'LoadBalancer').properties.Type, 'network')
  assert.equal(containers(graph, 'DnsTaskDefinition')[0]!.PortMappings, [{ ContainerPort: 53, Protocol: 'tcp', Name: 'tcp-53' }])
})

test('Service Connect names are lowercase (an uppercase service name gave one ECS refuses); too long or shared ones are DISCOVERY_NAME_INVALID', () => {
  const graph = convert('services:\n  Web:\n    image: nginx\n    expose: ["80"]\n')
  const connect = (node(graph, 'WebService').properties.ServiceConnectConfiguration as { Services: Record<string, Value>[] }).Services
  assert.equal(connect.map((s) => s.DiscoveryName), ['web-tcp-80'])
  assert.equal(connect.map((s) => s.ClientAliases), [[{ Port: 80, DnsName: 'web' }]], 'ECS takes lowercase client aliases only')
  const shared = convertComposeWithDiagnostics('services:\n  a:\n    image: x\n    ports: [{target: 80, name: b-web}]\n  a-b:\n    image: y\n    ports: [{target: 81, name: web}]\n')
  assert.equal(shared.diagnostics.filter((d) => d.code === 'DISCOVERY_NAME_INVALID').map((d) => [d.severity, d.path.join('.')]), [['error', 'services.a-b.ports.0']])
  const long = convertComposeWithDiagnostics(`services:\n  ${'s'.repeat(60)}:\n    image: x\n    expose: ["8080"]\n`)
  assert.match(long.diagnostics.find((d) => d.code === 'DISCOVERY_NAME_INVALID')!.message, 'at most 64')
})

test.run()
