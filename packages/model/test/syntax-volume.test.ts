import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parseVolume, type ServiceVolume } from '../src/syntax/volume.js'

function volume(spec: string): ServiceVolume {
  const r = parseVolume(spec)
  if (!r.ok) throw new Error(`expected ${spec} to parse, got: ${r.message}`)
  return r.value
}

function failure(spec: string): { message: string; hint?: string } {
  const r = parseVolume(spec)
  if (r.ok) throw new Error(`expected ${spec} to fail, got ${JSON.stringify(r.value)}`)
  return r
}

const bind = (source: string, target: string, extra: Partial<ServiceVolume> = {}): ServiceVolume => ({
  type: 'bind',
  source,
  target,
  bind: { create_host_path: true },
  ...extra,
})

test('anonymous volumes', () => {
  assert.equal(volume('/data'), { type: 'volume', target: '/data' })
  assert.equal(volume('/path'), { type: 'volume', target: '/path' })
  assert.equal(volume('/path/foo'), { type: 'volume', target: '/path/foo' })
  assert.equal(volume('.'), { type: 'volume', target: '.' })
  assert.equal(volume('/a'), { type: 'volume', target: '/a' })
})

test('anonymous volumes with Windows targets', () => {
  assert.equal(volume('C:\\path'), { type: 'volume', target: 'C:\\path' })
  assert.equal(volume('Z:\\path\\foo'), { type: 'volume', target: 'Z:\\path\\foo' })
})

test('named volumes', () => {
  assert.equal(volume('db:/var/lib/db'), { type: 'volume', source: 'db', target: '/var/lib/db' })
  assert.equal(volume('myvolume:/data/${VAR:-default}/path'), {
    type: 'volume',
    source: 'myvolume',
    target: '/data/${VAR:-default}/path',
  })
  assert.equal(volume('name:/target:nocopy'), { type: 'volume', source: 'name', target: '/target', volume: { nocopy: true } })
  assert.equal(volume('0123456789name:/x'), { type: 'volume', source: '0123456789name', target: '/x' })
})

test('bind mounts: sources starting with . / ~ get create_host_path', () => {
  for (const source of ['./foo', '~/thing', '../other', '/foo', '/home/user', '.', '~']) {
    assert.equal(volume(`${source}:/target`), bind(source, '/target'), source)
  }
  assert.equal(volume('~/x:/y'), bind('~/x', '/y')) // kept as written
})

test('bind mounts with Windows sources and targets', () => {
  assert.equal(volume('C:\\x:/y'), bind('C:\\x', '/y'))
  for (const source of ['./foo', '~/thing', '../other', 'D:\\path', '/home/user']) {
    assert.equal(volume(`${source}:d:\\target`), bind(source, 'd:\\target'), source)
  }
  assert.equal(
    volume('C:\\source\\foo:D:\\target:ro,rprivate'),
    bind('C:\\source\\foo', 'D:\\target', { read_only: true, bind: { create_host_path: true, propagation: 'rprivate' } }),
  )
  assert.equal(volume('c:/:d:/forward/slashes/are/good/too'), bind('c:/', 'd:/forward/slashes/are/good/too'))
  assert.equal(volume('c:\\program files:d:\\s p a c e'), bind('c:\\program files', 'd:\\s p a c e'))
  assert.equal(volume('c:\\:d:\\:xyzzy'), bind('c:\\', 'd:\\')) // unknown mode ignored
  assert.equal(volume('C:\\foo\\:/foo'), bind('C:\\foo\\', '/foo'))
})

test('Windows named pipes are binds', () => {
  assert.equal(volume('\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\inside'), bind('\\\\.\\pipe\\docker_engine', '\\\\.\\pipe\\inside'))
})

test('a drive-like colon is not a separator in any part', () => {
  assert.equal(volume('name:D:'), { type: 'volume', source: 'name', target: 'D:' })
  assert.equal(volume('name:D::rW'), { type: 'volume', source: 'name', target: 'D:' }) // `rW` is unknown, ignored
  assert.equal(volume('C:\\foo:d:'), bind('C:\\foo', 'd:'))
  assert.equal(volume('d:\\pathandmode:rw'), bind('d:\\pathandmode', 'rw')) // compose reads `rw` as the target here
  assert.equal(volume('a:b'), { type: 'volume', target: 'a:b' }) // one letter + colon is a drive
})

test('read-only and read-write', () => {
  assert.equal(volume('./src:/app:ro'), bind('./src', '/app', { read_only: true }))
  assert.equal(volume('./foo:/target:ro'), bind('./foo', '/target', { read_only: true }))
  assert.equal(volume('/home/user:/target:rw'), bind('/home/user', '/target'))
  assert.equal(volume('/a:/b:ro,rw'), bind('/a', '/b')) // last wins
  assert.equal(volume('/a:/b:rw,ro'), bind('/a', '/b', { read_only: true }))
  assert.equal(volume('db:/b:ro'), { type: 'volume', source: 'db', target: '/b', read_only: true })
})

test('SELinux and propagation options', () => {
  assert.equal(volume('/host:/c:rw,z'), bind('/host', '/c', { bind: { create_host_path: true, selinux: 'z' } }))
  assert.equal(volume('/source:/target:ro,z'), bind('/source', '/target', { read_only: true, bind: { create_host_path: true, selinux: 'z' } }))
  assert.equal(volume('/source:/target:ro,Z'), bind('/source', '/target', { read_only: true, bind: { create_host_path: true, selinux: 'Z' } }))
  assert.equal(volume('/source:/target:slave'), bind('/source', '/target', { bind: { create_host_path: true, propagation: 'slave' } }))
  for (const p of ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']) {
    assert.equal(volume(`/s:/t:${p}`).bind, { create_host_path: true, propagation: p })
  }
  assert.equal(volume('/s:/t:z,shared,ro').bind, { create_host_path: true, propagation: 'shared', selinux: 'z' })
})

test('bind options on a named volume are kept, as compose-go does', () => {
  assert.equal(volume('db:/t:z'), { type: 'volume', source: 'db', target: '/t', bind: { selinux: 'z' } })
})

test('nocopy on a bind is recorded under volume, as compose-go does', () => {
  assert.equal(volume('/s:/t:nocopy'), bind('/s', '/t', { volume: { nocopy: true } }))
})

test('consistency and unknown options are ignored like compose-go', () => {
  for (const mode of ['consistent', 'cached', 'delegated', 'bogus', 'RO', '', 'ro,,']) {
    const v = parseVolume(`name:/target:${mode}`)
    if (mode === '') {
      assert.is(v.ok, false)
      continue
    }
    assert.ok(v.ok, mode)
    if (v.ok) assert.is(v.value.consistency, undefined)
  }
  assert.equal(volume('./a:/b:cached'), bind('./a', '/b'))
  assert.equal(volume('./a:/b:ro,,'), bind('./a', '/b', { read_only: true }))
})

test('targets are cleaned like Go path.Clean', () => {
  assert.equal(volume('db:/var/lib/db/').target, '/var/lib/db')
  assert.equal(volume('db://a//b/./c/../d').target, '/a/b/d')
  assert.equal(volume('/a:/../x').target, '/x')
  assert.equal(volume('/a:rel/../../x').target, '../x')
  assert.equal(volume('/data/').target, '/data')
  assert.equal(volume('//').target, '/')
  assert.equal(volume('./src:/app/').source, './src') // sources are untouched
})

test('${...} keeps its colons', () => {
  assert.equal(volume('/tmp:/tmp/${BUG_HERE:-DEFAULT}/path'), bind('/tmp', '/tmp/${BUG_HERE:-DEFAULT}/path'))
  assert.equal(volume('/tmp/${VAR:-default}:/target'), bind('/tmp/${VAR:-default}', '/target'))
  assert.equal(volume('/tmp:/tmp/${TIME:-12:30:45}/path'), bind('/tmp', '/tmp/${TIME:-12:30:45}/path'))
  assert.equal(volume('/tmp:/tmp/${VAR:-default}/path:ro'), bind('/tmp', '/tmp/${VAR:-default}/path', { read_only: true }))
  assert.equal(volume('/tmp:/tmp/${VAR:-{default}}/path'), bind('/tmp', '/tmp/${VAR:-{default}}/path'))
  assert.equal(
    volume('/src:/target/${VAR:-default}/path:slave,ro'),
    bind('/src', '/target/${VAR:-default}/path', { read_only: true, bind: { create_host_path: true, propagation: 'slave' } }),
  )
  assert.equal(volume('C:\\source:D:\\target\\${VAR:-default}\\path'), bind('C:\\source', 'D:\\target\\${VAR:-default}\\path'))
  assert.equal(volume('/a:/b}c'), bind('/a', '/b}c')) // a stray `}` is plain text
})

test('errors: empty spec, empty parts, too many colons', () => {
  assert.is(failure('').message, 'A volume entry cannot be empty')
  assert.is(failure('/foo:/foo:ro:foo').message, '`/foo:/foo:ro:foo` is not a valid volume because it has too many colons')
  assert.is(failure(':foo').message, '`:foo` is not a valid volume because it has an empty part between colons')
  failure('/foo::ro')
  failure('/foo::rw')
  failure('/foo:')
  failure('/foo:/bar:')
  failure(':C:\\foo:d:')
  failure('ab:cd:ef:gh')
  // single letters before a colon are drives, so this is source `a:b`, target `c:d`, mode `e`
  assert.equal(volume('a:b:c:d:e'), bind('a:b', 'c:d'))
  failure(':::')
  assert.ok(failure('/a::b').hint !== undefined)
})

test('errors: unterminated ${ and NUL characters', () => {
  assert.is(failure('/tmp:/x/${FOO').message, '`/tmp:/x/${FOO` is not a valid volume because a `${` is never closed')
  failure('${FOO')
  failure('/a:/b:ro${')
  assert.is(failure('/a\u0000:/b').message, '`/a\\u0000:/b` is not a valid volume because it contains a NUL character')
})

test('very short specs are anonymous targets, as compose-go does', () => {
  assert.equal(volume('a'), { type: 'volume', target: 'a' })
  assert.equal(volume('é'), { type: 'volume', target: 'é' }) // two UTF-8 bytes
  assert.equal(volume('日本:/x'), { type: 'volume', source: '日本', target: '/x' })
  assert.equal(volume('é:/x'), { type: 'volume', target: 'é:/x' }) // a one-letter part + colon is a drive
})

test('hostile input: 100k-character specs are linear and messages short', () => {
  const started = Date.now()
  const long = `/${'a'.repeat(100_000)}`
  assert.equal(volume(`${long}:${long}`), bind(long, long))
  assert.ok(failure(':'.repeat(100_000)).message.length < 300)
  failure('${'.repeat(50_000))
  assert.equal(volume(`/x:/${'${a:b}'.repeat(20_000)}`).target, `/${'${a:b}'.repeat(20_000)}`)
  failure(`/a:/b:${'ro,'.repeat(30_000)}:x`)
  assert.equal(volume(`/a:/b:${'ro,'.repeat(30_000)}`).read_only, true)
  assert.equal(volume(`${'/..'.repeat(30_000)}/x`).target, '/x')
  assert.ok(Date.now() - started < 2000, 'took too long')
})

test.run()
