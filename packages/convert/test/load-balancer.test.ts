import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { type ResourceGraph } from '@composeform/model'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const ids = (graph: ResourceGraph, type: string) => graph.nodes.filter((n) => n.type === type).map((n) => n.id)
const literal = { mode: 'literal', vpc: 'vpc-1', subnets: ['subnet-private1', 'subnet-private2'] } as const

const web = (port: string) => `
services:
  web:
    image: nginx
    ports: ["${port}"]
`

test('literal mode: the load balancer takes loadBalancerSubnets, else the tasks\' subnets; no LoadBalancerSubnets parameter', () => {
  const split = convert(web('80:80'), { environment: { ...literal, loadBalancerSubnets: ['subnet-public1', 'subnet-public2'] } })
  assert.equal(node(split, 'LoadBalancer').properties.Subnets, ['subnet-public1', 'subnet-public2'])
  assert.equal(node(split, 'WebService').properties.NetworkConfiguration, { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED', SecurityGroups: [{ $ref: 'DefaultNetwork', attribute: 'GroupId' }, { $ref: 'WebServiceSecurityGroup', attribute: 'GroupId' }], Subnets: ['subnet-private1', 'subnet-private2'] } })
  assert.equal(split.parameters.map((p) => p.id).filter((id) => id.includes('Subnets')), [])
  const same = convert(web('80:80'), { environment: literal })
  assert.equal(node(same, 'LoadBalancer').properties.Subnets, ['subnet-private1', 'subnet-private2'])
})

test('parameters mode: LoadBalancerSubnets (a String, default empty) only when a load balancer is needed', () => {
  const graph = convert(web('80:80'))
  assert.equal(graph.parameters.find((p) => p.id === 'LoadBalancerSubnets'), { id: 'LoadBalancerSubnets', type: 'String', description: graph.parameters.find((p) => p.id === 'LoadBalancerSubnets')!.description, default: '' })
  assert.equal(graph.conditions.find((c) => c.id === 'LoadBalancerInTaskSubnets')?.expression, { $equals: [{ $ref: 'LoadBalancerSubnets' }, ''] })
  const none = convert('services:\n  worker:\n    image: busybox\n')
  assert.equal(none.parameters.map((p) => p.id).filter((id) => id.startsWith('LoadBalancer')), [])
})

test('internal scheme: listener ports open to LoadBalancerIngressCidr, which a rule requires only when the load balancer is created', () => {
  const graph = convert(`x-aws-loadbalancer_scheme: internal\n${web('443:8443')}`)
  assert.is(node(graph, 'LoadBalancer').properties.Scheme, 'internal')
  for (const id of ['LoadBalancerTCP443Ingress', 'LoadBalancerTCP80Ingress']) assert.equal(node(graph, id).properties.CidrIp, { $ref: 'LoadBalancerIngressCidr' })
  // Empty by default, so that a stack given ExistingLoadBalancer needs no placeholder.
  assert.is(graph.parameters.find((p) => p.id === 'LoadBalancerIngressCidr')?.default, '')
  const rule = graph.rules?.find((r) => r.id === 'LoadBalancerIngressCidrGiven')
  assert.equal(rule?.when, { $equals: [{ $ref: 'ExistingLoadBalancer' }, ''] })
  assert.equal(rule?.assertions.map((a) => a.assert), [{ $not: { $equals: [{ $ref: 'LoadBalancerIngressCidr' }, ''] } }])
  const open = convert(web('80:80'))
  assert.is(node(open, 'LoadBalancer').properties.Scheme, 'internet-facing')
  assert.is(node(open, 'LoadBalancerTCP80Ingress').properties.CidrIp, '0.0.0.0/0')
  assert.not.ok(open.parameters.some((p) => p.id === 'LoadBalancerIngressCidr'))
  assert.is(open.rules, undefined)
})

test('HTTPS on 443 without 80: a 301 redirect on port 80 of the created load balancer only', () => {
  const graph = convert(web('443:8443'))
  const redirect = node(graph, 'LoadBalancerTCP80Listener')
  assert.is(redirect.condition, 'CreateLoadBalancer')
  assert.equal(redirect.properties.DefaultActions, [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }])
  // A service publishing 80 itself keeps it.
  assert.equal(ids(convert(web('443:8443", "80:8080')), 'AWS::ElasticLoadBalancingV2::Listener'), ['WebTCP443Listener', 'WebTCP80Listener'])
  // A TCP port makes it a network load balancer, whose 443 is TLS: no redirect.
  const tls = convert(`${web('443:8443')}  mqtt:\n    image: eclipse-mosquitto\n    ports: ["1883:1883"]\n`)
  assert.not.ok(ids(tls, 'AWS::ElasticLoadBalancingV2::Listener').includes('LoadBalancerTCP80Listener'))
})

test('rules: explicit priorities kept, the others 10, 20, … most specific first, skipping taken numbers', () => {
  const graph = convert(`
services:
  site:
    image: site
    ports: ["80:80"]
  a:
    image: a
    ports:
      - {target: 80, published: "80", x-aws-rule: {path: /a/*, priority: 10}}
  b:
    image: b
    ports:
      - {target: 80, published: "80", x-aws-rule: {path: /b/*}}
  c:
    image: c
    ports:
      - {target: 80, published: "80", x-aws-rule: {host: c.example.com, path: /c/*}}
  d:
    image: d
    ports:
      - {target: 80, published: "80", x-aws-rule: {path: /dddd/*}}
`)
  const priority = (id: string) => node(graph, id).properties.Priority
  assert.equal(['ATCP80ListenerRule', 'CTCP80ListenerRule', 'DTCP80ListenerRule', 'BTCP80ListenerRule'].map(priority), [10, 20, 30, 40])
  assert.equal(ids(graph, 'AWS::ElasticLoadBalancingV2::Listener'), ['LoadBalancerTCP80Listener'])
  assert.equal(node(graph, 'LoadBalancerTCP80Listener').properties.DefaultActions, [{ Type: 'forward', TargetGroupArn: { $ref: 'SiteTCP80TargetGroup' } }])
  assert.equal(node(graph, 'SiteService').dependsOn, ['LoadBalancerTCP80Listener'])
  assert.equal(node(graph, 'BService').dependsOn, ['BTCP80ListenerRule'])
})

test('a service only on internal networks gets AssignPublicIp DISABLED; one also on another network keeps the parameter', () => {
  const graph = convert(`
services:
  web:
    image: web
    networks: [front, back]
  db:
    image: db
    networks: [back]
networks:
  front: {}
  back: {internal: true}
`)
  const publicIp = (id: string) => (node(graph, id).properties.NetworkConfiguration as { AwsvpcConfiguration: { AssignPublicIp: unknown } }).AwsvpcConfiguration.AssignPublicIp
  assert.is(publicIp('DbService'), 'DISABLED')
  assert.equal(publicIp('WebService'), { $ref: 'AssignPublicIp' })
  // A sidecar of network_mode: service:db joins no network of its own: the task stays internal.
  const sidecar = convert(`
services:
  db:
    image: db
    networks: [back]
  exporter:
    image: exporter
    network_mode: service:db
networks:
  back: {internal: true}
`)
  assert.is((node(sidecar, 'DbService').properties.NetworkConfiguration as { AwsvpcConfiguration: { AssignPublicIp: unknown } }).AwsvpcConfiguration.AssignPublicIp, 'DISABLED')
})

test('an existing load balancer: a name leaves ExistingLoadBalancer without a default; a network one gets TCP listeners for HTTP ports', () => {
  const byName = convert('x-aws-loadbalancer: web-lb\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n')
  assert.not.ok('default' in byName.parameters.find((p) => p.id === 'ExistingLoadBalancer')!, 'a name is no ARN: the deployment passes one')
  const nlb = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/web-lb/0123456789abcdef'
  const graph = convert(`x-aws-loadbalancer: ${nlb}\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n`)
  assert.is(graph.parameters.find((p) => p.id === 'ExistingLoadBalancer')!.default, nlb)
  const listeners = graph.nodes.filter((n) => n.type === 'AWS::ElasticLoadBalancingV2::Listener')
  assert.equal(listeners.map((l) => l.properties.Protocol), ['TCP'])
})

test('TCP and UDP on one port: one TCP_UDP listener and target group on the network load balancer, ingress for both; Service Connect names TCP ports only', () => {
  const graph = convert('services:\n  dns:\n    image: coredns/coredns\n    ports: ["53:53/udp", "53:53/tcp", "5353:5353/udp"]\n')
  assert.equal(ids(graph, 'AWS::ElasticLoadBalancingV2::Listener'), ['DnsTCPUDP53Listener', 'DnsUDP5353Listener'])
  assert.equal([node(graph, 'DnsTCPUDP53Listener').properties.Protocol, node(graph, 'DnsTCPUDP53TargetGroup').properties.Protocol], ['TCP_UDP', 'TCP_UDP'])
  assert.equal(node(graph, 'DnsService').properties.LoadBalancers, [
    { ContainerName: 'dns', ContainerPort: 53, TargetGroupArn: { $ref: 'DnsTCPUDP53TargetGroup' } },
    { ContainerName: 'dns', ContainerPort: 5353, TargetGroupArn: { $ref: 'DnsUDP5353TargetGroup' } },
  ])
  assert.equal(ids(graph, 'AWS::EC2::SecurityGroupIngress').filter((id) => id.startsWith('Dns') && !id.includes('Existing')), ['DnsTCP5353Ingress', 'DnsTCP53Ingress', 'DnsUDP5353Ingress', 'DnsUDP53Ingress'], 'UDP targets are health-checked over TCP on their port')
  const connect = (node(graph, 'DnsService').properties.ServiceConnectConfiguration as { Services: { PortName: string }[] }).Services
  assert.equal(connect.map((s) => s.PortName), ['tcp-53'])
})

const grpc = (published: number) => `
services:
  api:
    image: acme/greeter
    ports:
      - { target: 50051, published: ${published}, app_protocol: grpc }
`

test('gRPC: an application load balancer with an HTTPS listener, a GRPC target group checked by a call any server answers', () => {
  const graph = convert(grpc(50051))
  assert.is(node(graph, 'LoadBalancer').properties.Type, 'application')
  const listener = node(graph, 'ApiTCP50051Listener').properties
  assert.is(listener.Protocol, 'HTTPS', 'gRPC needs HTTP/2, which an ALB speaks on HTTPS listeners only')
  assert.equal(listener.Certificates, [{ CertificateArn: { $ref: 'CertificateArn' } }])
  const group = node(graph, 'ApiTCP50051TargetGroup').properties
  assert.equal([group.Protocol, group.ProtocolVersion, group.HealthCheckPath, group.Matcher], ['HTTP', 'GRPC', '/AWS.ALB/healthcheck', { GrpcCode: '12' }])
  assert.ok(graph.outputs.some((o) => o.id === 'ApiTCP50051Url' && JSON.stringify(o.value).includes('https://')))
  // On 443 there is no HTTP redirect to add: gRPC clients never speak plain HTTP on 80.
  assert.not.ok(ids(convert(grpc(443)), 'AWS::ElasticLoadBalancingV2::Listener').includes('LoadBalancerTCP80Listener'))
  // Beside a plain TCP port the load balancer is a network one, which passes gRPC through as TCP.
  const nlb = convert(`${grpc(443)}  mqtt:\n    image: eclipse-mosquitto\n    ports: ["1883:1883"]\n`)
  assert.is(node(nlb, 'LoadBalancer').properties.Type, 'network')
  assert.is(node(nlb, 'ApiTCP443Listener').properties.Protocol, 'TCP')
  assert.is(node(nlb, 'ApiTCP443TargetGroup').properties.ProtocolVersion, undefined)
  // HTTPS and gRPC share an HTTPS listener, each service by its rule.
  const shared = convert(`services:\n  web:\n    image: nginx\n    ports: ["443:8080"]\n  api:\n    image: acme/greeter\n    ports:\n      - { target: 50051, published: 443, app_protocol: grpc, x-aws-rule: { host: api.example.com } }\n`)
  assert.is(node(shared, 'LoadBalancerTCP443Listener').properties.Protocol, 'HTTPS')
  assert.is(node(shared, 'ApiTCP443TargetGroup').properties.ProtocolVersion, 'GRPC')
  assert.ok(node(shared, 'ApiTCP443ListenerRule'))
  // An existing application load balancer takes it too.
  const alb = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/0123456789abcdef'
  assert.is(node(convert(`x-aws-loadbalancer: ${alb}\n${grpc(443)}`), 'ApiTCP443Listener').properties.Protocol, 'HTTPS')
})

test("the target group checks the health check's own HTTP path, without its fragment; a path with a shell variable, which the load balancer cannot call, becomes /", () => {
  const path = (url: string) => {
    const graph = convert(`services:\n  g:\n    image: x\n    ports: [{target: 7002, published: "80", app_protocol: http}]\n    healthcheck: {test: ["CMD", "curl", "-f", "${url}"]}\n`)
    return graph.nodes.find((n) => n.type === 'AWS::ElasticLoadBalancingV2::TargetGroup')!.properties.HealthCheckPath
  }
  assert.is(path('http://localhost:7002/healthz?full=1'), '/healthz?full=1')
  assert.is(path('http://localhost:7002/healthz#top'), '/healthz')
  assert.is(path('http://localhost:7002/$${PREFIX}/health'), '/')
  assert.is(path('http://localhost:9999/healthz'), '/')
})

test.run()
