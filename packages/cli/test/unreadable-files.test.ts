import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { decodeUtf8 } from '../src/decode-utf8.js'
import { run } from '../src/index.js'
import { cli, project } from './support/run-cli.js'

const compose = 'services:\n  web:\n    image: nginx\n'

test('a directory named as a compose, env or patch file is FILE_UNREADABLE, not FILE_NOT_FOUND (exit 1)', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    env_file: settings\n' })
  mkdirSync(join(dir, 'settings'))
  mkdirSync(join(dir, 'other.yaml'))
  const envDir = cli(['check'], dir)
  assert.is(envDir.code, 1)
  assert.match(envDir.stderr, /compose\.yaml:4:15: error FILE_UNREADABLE: The env file `settings` cannot be read: it is a directory\./)
  const composeDir = cli(['check', '-f', 'other.yaml'], dir)
  assert.is(composeDir.code, 1)
  assert.match(composeDir.stderr, /error FILE_UNREADABLE: The compose file `other\.yaml` cannot be read: it is a directory\./)
  assert.not.match(composeDir.stderr, /FILE_NOT_FOUND/)
  const patchDir = cli(['convert', '--patch', 'settings'], dir)
  assert.is(patchDir.code, 1)
  assert.match(patchDir.stderr, /FILE_UNREADABLE: The file `settings` given to --patch cannot be read: it is a directory\./)
  assert.match(cli(['check', '-f', 'missing.yaml'], dir).stderr, /FILE_NOT_FOUND: The compose file `missing\.yaml` does not exist\./)
})

test('a .env that is a directory is skipped, as compose skips it; an --env-file that is one is not', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx:${TAG:-1}\n' })
  mkdirSync(join(dir, '.env'))
  const skipped = cli(['config'], dir)
  assert.is(skipped.code, 0, skipped.stderr)
  assert.match(skipped.stdout, /image: nginx:1/)
  const named = cli(['config', '--env-file', '.env'], dir)
  assert.is(named.code, 1)
  assert.match(named.stderr, /FILE_UNREADABLE: The env file `\.env` cannot be read: it is a directory\./)
})

test('a file that is not UTF-8 is refused with the line and column of its first bad byte, as docker compose refuses it', () => {
  const dir = project({ 'compose.yaml': compose })
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('services:\n  web:\n    image: caf\xe9\n', 'latin1'))
  const { code, stdout, stderr } = cli(['convert', '-f', 'latin1.yaml'], dir)
  assert.is(code, 1)
  assert.is(stdout, '')
  assert.match(stderr, /FILE_UNREADABLE: The compose file `latin1\.yaml` cannot be read: it is not UTF-8 text \(byte 0xE9 at line 3, column 15\)\./)
})

test('standard input (-f -) is decoded as UTF-8 too', () => {
  let stderr = ''
  const io = (bytes: Uint8Array) => ({ stdout: () => {}, stderr: (t: string) => (stderr += t), env: {}, cwd: project({}), isTTY: false, readStdin: () => bytes })
  assert.is(run(['check', '-f', '-'], io(new TextEncoder().encode('services:\n  web:\n    image: nginx\n    labels: {team: café}\n'))), 0, stderr)
  stderr = ''
  assert.is(run(['check', '-f', '-'], io(Buffer.from([...Buffer.from('services: {a: {image: x}}\n# '), 0xff]))), 1)
  assert.match(stderr, /The compose file `-` cannot be read: it is not UTF-8 text \(byte 0xFF at line 2, column 3\)/)
})

test('decodeUtf8 counts columns in characters and finds truncated sequences', () => {
  assert.equal(decodeUtf8(new TextEncoder().encode('a: é\n')), { text: 'a: é\n' })
  assert.equal(decodeUtf8(Buffer.from([0x61, 0x0a, 0xc3, 0xa9, 0xe2, 0x82])), { problem: 'it is not UTF-8 text (byte 0xE2 at line 2, column 2)' })
  assert.equal(decodeUtf8(Buffer.from([0xc0, 0x80])), { problem: 'it is not UTF-8 text (byte 0xC0 at line 1, column 1)' })
})

test('a named pipe (-f <(…)) is read, once', async () => {
  const dir = project({})
  const fifo = join(dir, 'compose.pipe')
  execFileSync('mkfifo', [fifo])
  const writer = spawn('sh', ['-c', `printf '${compose.replace(/\n/g, '\\n')}' > compose.pipe`], { cwd: dir, stdio: 'ignore' })
  const { code, stdout, stderr } = cli(['convert', '-f', fifo], dir)
  await new Promise((done) => writer.on('exit', done))
  assert.is(code, 0, stderr)
  assert.match(stdout, /WebService:/)
})

test.run()
