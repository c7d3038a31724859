import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '../src/index.js'

function check(ports: string, expose = '') {
  const yaml = `services:\n  web:\n    image: nginx\n    ports:\n${ports}${expose ? `    expose: ${expose}\n` : ''}`
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  const { value, diagnostics } = checkEcs(loaded.value)
  return { ports: value.services.web!.ports, notes: diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.path.join('.')}`) }
}

test('x-aws-protocol or app_protocol tcp on 80 or 443 is plain TCP (the port number made it HTTP)', () => {
  assert.equal(check('      - {target: 53, published: "80", x-aws-protocol: tcp}\n').ports.map((p) => p.appProtocol), [undefined])
  assert.equal(check('      - {target: 53, published: "443", app_protocol: TCP}\n').ports.map((p) => p.appProtocol), [undefined])
  assert.equal(check('      - {target: 80, published: "80"}\n      - {target: 443, published: "443"}\n').ports.map((p) => p.appProtocol), ['http', 'https'])
  assert.equal(check('      - {target: 80, published: "8080", app_protocol: grpc}\n').ports.map((p) => p.appProtocol), ['grpc'])
})

test('x-aws-protocol or app_protocol udp or tcp is also the port\'s transport (it only meant "no HTTP")', () => {
  assert.equal(check('      - {target: 53, published: "53", x-aws-protocol: udp}\n').ports.map((p) => [p.protocol, p.appProtocol]), [['udp', undefined]])
  assert.equal(check('      - {target: 53, published: "53", protocol: udp, x-aws-protocol: tcp}\n').ports.map((p) => [p.protocol, p.appProtocol]), [['tcp', undefined]])
  assert.equal(check('      - {target: 53, published: "53", protocol: udp, app_protocol: UDP}\n').ports.map((p) => p.protocol), ['udp'])
  assert.equal(check('      - {target: 53, published: "53", protocol: udp}\n').ports.map((p) => p.protocol), ['udp'])
})

test('a protocol composeform does not know is a warning saying how the port is treated', () => {
  const unpublished = check('      - {target: 9000, app_protocol: http2}\n')
  assert.equal(unpublished.notes, ['APP_PROTOCOL_UNKNOWN services.web.ports.0.app_protocol'])
  assert.equal(unpublished.ports.map((p) => p.appProtocol), [undefined])
  const on80 = check('      - {target: 9000, published: "80", app_protocol: ws}\n')
  assert.equal(on80.ports.map((p) => p.appProtocol), ['http'])
})

test('a port\'s name is its ECS port-mapping name, for every entry of that container port; invalid or doubled names are errors', () => {
  const named = check('      - {target: 8080, published: "80", name: web-http}\n      - {target: 8080, published: "443"}\n', '["8080"]')
  assert.equal(named.notes, [])
  // The exposed 8080 is the published one already.
  assert.equal(named.ports.map((p) => [p.containerPort, p.listenerPort, p.name]), [[8080, 80, 'web-http'], [8080, 443, 'web-http']])
  assert.equal(check('      - {target: 8080, name: Web}\n').notes, ['PORT_NAME_INVALID services.web.ports.0.name'])
  assert.equal(check('      - {target: 8080, name: app}\n      - {target: 9090, name: app}\n').notes, ['PORT_NAME_INVALID services.web.ports.1.name'])
  // 81 is plain TCP, which makes the load balancer a network one.
  assert.equal(check('      - {target: 8080, published: "80", name: a}\n      - {target: 8080, published: "81", name: b}\n').notes.sort(), ['LOAD_BALANCER_NETWORK services.web.ports.1.published', 'PORT_NAME_INVALID services.web.ports.1.name'])
})

test('one published port that is not HTTP makes the load balancer a network one, and the warning names the first such port; all TCP, all HTTP or an existing load balancer say nothing', () => {
  const lb = (ports: string, top = '') => {
    const yaml = `${top}services:\n  web:\n    image: nginx\n    ports:\n${ports}`
    const files = new Map([['compose.yaml', yaml]])
    const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
    return checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'LOAD_BALANCER_NETWORK').map((d) => [d.severity, d.path.join('.'), d.message])
  }
  assert.equal(lb('      - "80:8080"\n      - "8080:80"\n      - "5432:5432"\n'), [
    ['warning', 'services.web.ports.1.published', '`web` publishes port 8080/tcp, which is not HTTP, so the load balancer is a network one: its HTTP ports get TCP listeners, HTTPS ones TLS.'],
  ])
  assert.equal(lb('      - "80:8080"\n      - target: 8080\n        published: "8080"\n        app_protocol: http\n'), [])
  assert.equal(lb('      - "5432:5432"\n      - "6379:6379"\n'), [])
  assert.equal(lb('      - "80:8080"\n      - "5432:5432"\n', 'x-aws-loadbalancer: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/db/0123456789abcdef\n'), [])
})

test('expose with a protocol other than tcp or udp is an error, as in ports (it became tcp)', () => {
  const { ports, notes } = check('      - {target: 80}\n', '["53/sctp", "53/udp"]')
  assert.equal(notes, ['PORT_PROTOCOL_UNSUPPORTED services.web.expose.0'])
  assert.equal(ports.map((p) => `${p.containerPort}/${p.protocol}`), ['80/tcp', '53/udp'])
})

test('a port bound to 127.0.0.1 or ::1 stays off the load balancer (only the project\'s services reach it); another address is published, host_ip ignored', () => {
  const local = check('      - "127.0.0.1:5432:5432"\n      - "[::1]:6379:6379"\n      - "127.0.0.2:9000:9000"\n')
  assert.equal(local.ports.map((p) => [p.containerPort, p.listenerPort]), [[5432, undefined], [6379, undefined], [9000, undefined]])
  assert.equal(local.notes, ['UNSUPPORTED_ATTRIBUTE services.web.ports.0.host_ip', 'UNSUPPORTED_ATTRIBUTE services.web.ports.1.host_ip', 'UNSUPPORTED_ATTRIBUTE services.web.ports.2.host_ip'])
  assert.equal(check('      - "10.0.0.5:80:8080"\n      - "0.0.0.0:443:8443"\n').ports.map((p) => [p.containerPort, p.listenerPort]), [[8080, 80], [8443, 443]])
})

test.run()
