import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parsePort, type PortConfig } from '../src/syntax/port.js'

function ports(spec: string | number): PortConfig[] {
  const r = parsePort(spec)
  if (!r.ok) throw new Error(`expected ${String(spec)} to parse, got: ${r.message}`)
  return r.value
}

function failure(spec: string | number): { message: string; hint?: string } {
  const r = parsePort(spec)
  if (r.ok) throw new Error(`expected ${String(spec)} to fail, got ${JSON.stringify(r.value)}`)
  return r
}

const tcp = (target: number, extra: Partial<PortConfig> = {}): PortConfig => ({ mode: 'ingress', target, protocol: 'tcp', ...extra })
const udp = (target: number, extra: Partial<PortConfig> = {}): PortConfig => ({ mode: 'ingress', target, protocol: 'udp', ...extra })

test('a single container port, as string or number', () => {
  assert.equal(ports('80'), [tcp(80)])
  assert.equal(ports(80), [tcp(80)])
  assert.equal(ports(8600), [tcp(8600)])
  assert.equal(ports('65535'), [tcp(65535)])
  assert.equal(ports('1'), [tcp(1)])
})

test('published ports', () => {
  assert.equal(ports('8080:80'), [tcp(80, { published: '8080' })])
  assert.equal(ports('80:8080'), [tcp(8080, { published: '80' })])
  assert.equal(ports('8080:80/tcp'), [tcp(80, { published: '8080' })])
  assert.equal(ports('80:8080/udp'), [udp(8080, { published: '80' })])
  assert.equal(ports('8080:80/udp'), [udp(80, { published: '8080' })])
  assert.equal(ports('90:8090/udp'), [udp(8090, { published: '90' })])
  assert.equal(ports('85:8500'), [tcp(8500, { published: '85' })])
})

test('host IPs', () => {
  assert.equal(ports('127.0.0.1:8080:80'), [tcp(80, { host_ip: '127.0.0.1', published: '8080' })])
  assert.equal(ports('1.1.1.1:80:80'), [tcp(80, { host_ip: '1.1.1.1', published: '80' })])
  assert.equal(ports('0.0.0.0:53:53/udp'), [udp(53, { host_ip: '0.0.0.0', published: '53' })])
  assert.equal(ports('127.0.0.1::80'), [tcp(80, { host_ip: '127.0.0.1' })]) // random published port
  assert.equal(ports('[::1]:8080:80'), [tcp(80, { host_ip: '::1', published: '8080' })])
  assert.equal(ports('[::1]::80'), [tcp(80, { host_ip: '::1' })])
  assert.equal(ports('[2001:db8::1]:443:443'), [tcp(443, { host_ip: '2001:db8::1', published: '443' })])
  assert.equal(ports('[::ffff:10.0.0.1]:80:80'), [tcp(80, { host_ip: '::ffff:10.0.0.1', published: '80' })])
  assert.equal(ports('[127.0.0.1]:80:80'), [tcp(80, { host_ip: '127.0.0.1', published: '80' })])
  // without brackets docker takes everything before the last two colons as the address
  assert.equal(ports('::1:8080:80'), [tcp(80, { host_ip: '::1', published: '8080' })])
  assert.equal(ports('fe80::1:2:80:80'), [tcp(80, { host_ip: 'fe80::1:2', published: '80' })])
})

test('empty host parts mean a random port and any interface', () => {
  assert.equal(ports(':80'), [tcp(80)])
  assert.equal(ports('::80'), [tcp(80)])
  assert.equal(ports('[]:8080:80'), [tcp(80, { published: '8080' })])
})

test('protocols are case-insensitive; an empty one is tcp', () => {
  assert.equal(ports('80/UDP'), [udp(80)])
  assert.equal(ports('80/Tcp'), [tcp(80)])
  assert.equal(ports('80/sctp'), [{ mode: 'ingress', target: 80, protocol: 'sctp' }])
  assert.equal(ports('80/'), [tcp(80)])
})

test('container ranges expand to one entry per port', () => {
  const expanded = ports('3000-3005')
  assert.is(expanded.length, 6)
  assert.equal(expanded, [3000, 3001, 3002, 3003, 3004, 3005].map((p) => tcp(p)))
  assert.equal(ports('3000-3000'), [tcp(3000)])
  assert.equal(ports('53-54/udp'), [udp(53), udp(54)])
})

test('pairwise ranges', () => {
  assert.equal(ports('9090-9091:8080-8081'), [tcp(8080, { published: '9090' }), tcp(8081, { published: '9091' })])
  assert.equal(ports('80-81:8080-8081/tcp'), [tcp(8080, { published: '80' }), tcp(8081, { published: '81' })])
  assert.equal(ports('80-82:8080-8082/udp'), [
    udp(8080, { published: '80' }),
    udp(8081, { published: '81' }),
    udp(8082, { published: '82' }),
  ])
  assert.equal(ports('90-92:8090-8092/udp').length, 3)
  assert.equal(ports('127.0.0.1:80-81:8080-8081'), [
    tcp(8080, { host_ip: '127.0.0.1', published: '80' }),
    tcp(8081, { host_ip: '127.0.0.1', published: '81' }),
  ])
  assert.equal(ports('127.0.0.1::8080-8081'), [tcp(8080, { host_ip: '127.0.0.1' }), tcp(8081, { host_ip: '127.0.0.1' })])
})

test('a host range onto one container port stays ONE entry (compose-go)', () => {
  assert.equal(ports('8000-8002:80'), [tcp(80, { published: '8000-8002' })])
  assert.equal(ports('80-90:8080'), [tcp(8080, { published: '80-90' })])
  assert.equal(ports('80-82:8080/udp'), [udp(8080, { published: '80-82' })])
  assert.equal(ports('80-80:8080/tcp'), [tcp(8080, { published: '80' })])
})

test('entries come sorted by the text of the container port, like compose-go', () => {
  assert.equal(
    ports('98-101').map((p) => p.target),
    [100, 101, 98, 99],
  )
  assert.equal(
    ports('1098-1101:98-101').map((p) => [p.target, p.published]),
    [
      [100, '1100'],
      [101, '1101'],
      [98, '1098'],
      [99, '1099'],
    ],
  )
})

test('port numbers are normalised', () => {
  assert.equal(ports('08080:080'), [tcp(80, { published: '8080' })])
  assert.equal(ports('+80'), [tcp(80)])
})

test('mismatched range sizes are errors', () => {
  const f = failure('9090-9092:8080-8081')
  assert.is(
    f.message,
    '`9090-9092:8080-8081` is not a valid port mapping because the host range `9090-9092` and the container range `8080-8081` differ in size',
  )
  failure('8080:80-81')
  failure('80-81:8080-8082')
})

test('out-of-range, zero and non-numeric ports are errors', () => {
  assert.is(failure('9999999').message, '`9999999` is not a valid port mapping because the container port `9999999` is not a number from 1 to 65535')
  failure('65536')
  failure('0')
  failure(0)
  failure('0:80')
  failure('8080:0')
  failure('0-5')
  failure('tcp')
  failure('udp')
  failure('http')
  failure('80a')
  failure('8o')
  failure(' 80')
  failure('80 ')
  failure('80.5')
  failure(80.5)
  failure(-80)
  failure(Number.NaN)
  failure(1e21)
  failure('99999999999999999999999')
  failure('abc:80')
  failure('80:abc')
})

test('bad ranges are errors', () => {
  failure('81-80')
  assert.match(failure('81-80').message, 'runs backwards')
  failure('80-')
  failure('-80')
  failure('1-2-3')
  failure('80-65536')
  failure('9000-9001:81-80')
  failure('--')
})

test('invalid protocols are errors', () => {
  assert.is(failure('80/xyz').message, '`80/xyz` is not a valid port mapping because `xyz` is not a protocol')
  failure('80/tcp/udp')
  failure('8080:80/http')
  failure('80/ tcp')
})

test('a protocol in the wrong place gets a helpful hint', () => {
  const f = failure('8080:80:tcp')
  assert.is(f.message, '`8080:80:tcp` is not a valid port mapping because the container port `tcp` is not a number from 1 to 65535')
  assert.match(f.hint ?? '', '`8080:80/tcp`')
})

test('invalid host IPs are errors', () => {
  for (const spec of [
    'localhost:8080:80',
    '256.0.0.1:80:80',
    '1.2.3:80:80',
    '01.2.3.4:80:80',
    '1.2.3.4.5:80:80',
    '[::1:80:80',
    '[::1]x:80:80',
    '[[::1]]:80:80',
    '[::1]]:80:80',
    '::1::2:80:80',
    ':::80',
    '12345::1:80:80',
    '1:2:3:4:5:6:7:8:9:80:80',
    '1:2:3:4:5:6:7:80:80',
    '1.2.3.4::1:80:80',
    'fe80::1%eth0:80:80',
    '[fe80::1%eth0]:80:80',
    'g::1:80:80',
  ]) {
    failure(spec)
  }
  assert.ok(parsePort('1:2:3:4:5:6:7:8:80:80').ok)
  assert.ok(parsePort('1:2:3:4:5:6:1.2.3.4:80:80').ok)
  assert.ok(parsePort('1::2:3:4:5:6:7:80:80').ok)
  assert.ok(!parsePort('1::2:3:4:5:6:7:8:80:80').ok) // `::` must stand for at least one group
})

test('empty specs and missing container ports', () => {
  assert.is(failure('').message, 'A port mapping cannot be empty')
  failure('8080:')
  failure('/udp')
  failure('127.0.0.1:8080:')
  failure(':')
})

test('messages are single sentences without position text', () => {
  for (const spec of ['8080:80:tcp', '80/xyz', '0', 'a:b:c', '9090-9092:8080-8081']) {
    const f = failure(spec)
    assert.not.match(f.message, /\n|line \d|column|position/)
    assert.ok(f.hint !== undefined)
  }
})

test('hostile input: 100k-character specs are linear and messages short', () => {
  const started = Date.now()
  assert.ok(failure('1'.repeat(100_000)).message.length < 300)
  failure(':'.repeat(100_000))
  failure(`${'1:'.repeat(50_000)}80`)
  failure(`[${':'.repeat(100_000)}]:80:80`)
  failure(`${'a'.repeat(100_000)}:80:80`)
  failure(`80/${'x'.repeat(100_000)}`)
  failure(`${'9'.repeat(100_000)}-1`)
  failure('-'.repeat(100_000))
  assert.is(ports('1-65535').length, 65535)
  assert.ok(Date.now() - started < 3000, 'took too long')
})

test.run()
