// `check --security` in process: formats, usage errors, and the review of an x-aws-cloudformation overlay.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { run } from '../src/index.js'

function cli(argv: string[], files: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'composeform-cli-security-'))
  for (const [path, text] of Object.entries(files)) writeFileSync(join(cwd, path), text)
  let stdout = ''
  let stderr = ''
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd, isTTY: false })
  return { code, stdout, stderr }
}

const web = 'name: app\nservices:\n  web:\n    image: nginx\n'

test('text is the default; --format text says the same; --format json is the review object', () => {
  const text = cli(['check', '--security'], { 'compose.yaml': web })
  assert.is(text.code, 0)
  assert.match(text.stdout, /^Attention\n {2}none\n/)
  assert.is(cli(['check', '--security', '--format', 'text'], { 'compose.yaml': web }).stdout, text.stdout)
  const json = JSON.parse(cli(['check', '--security', '--format', 'json'], { 'compose.yaml': web }).stdout) as { services: { name: string }[]; logs: { retentionDays: number }[] }
  assert.equal(json.services.map((s) => s.name), ['web'])
  assert.equal(json.logs.map((l) => l.retentionDays), [30])
})

test('what an x-aws-cloudformation overlay changes is reviewed too', () => {
  const overlay = web + 'x-aws-cloudformation:\n  Resources:\n    WebService:\n      Properties:\n        NetworkConfiguration:\n          AwsvpcConfiguration:\n            AssignPublicIp: ENABLED\n'
  const { code, stdout } = cli(['check', '--security'], { 'compose.yaml': overlay })
  assert.is(code, 0)
  assert.match(stdout, /public-ip {2}WebService {2}Tasks of web always get public IP addresses\./)
})

test('--security on another command, or with another format, is a usage error', () => {
  for (const argv of [['convert', '--security'], ['config', '--security'], ['check', '--security', '--format', 'yaml']]) {
    const { code, stdout, stderr } = cli(argv, { 'compose.yaml': web })
    assert.is(code, 2, argv.join(' '))
    assert.is(stdout, '')
    assert.match(stderr, /--security/)
  }
})

test('what a --patch file changes is reviewed too: the template convert would write', () => {
  const patch = '- op: add\n  path: /Resources/WebService/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp\n  value: ENABLED\n'
  const { code, stdout } = cli(['check', '--security', '--patch', 'open.yaml'], { 'compose.yaml': web, 'open.yaml': patch })
  assert.is(code, 0)
  assert.match(stdout, /public-ip {2}WebService {2}Tasks of web always get public IP addresses\./)
})

test('--security with --diagnostics sarif or github, which also write to stdout, is a usage error', () => {
  for (const format of ['sarif', 'github']) {
    const { code, stdout, stderr } = cli(['check', '--security', '--diagnostics', format], { 'compose.yaml': web })
    assert.is(code, 2, format)
    assert.is(stdout, '')
    assert.match(stderr, `--diagnostics ${format} writes to stdout`)
  }
})

test.run()
