// `composeform check --security`, spawned: the review on stdout, diagnostics on stderr, exit codes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'

const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'composeform.js')

function composeform(args: string[], files: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'composeform-security-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text)
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const app = {
  'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n    secrets: [token]\nsecrets:\n  token:\n    environment: TOKEN\n',
}

test('check --security prints the aligned text review on stdout; diagnostics stay on stderr', () => {
  const { code, stdout, stderr } = composeform(['check', '--security'], app)
  assert.is(code, 0, stderr)
  assert.match(stdout, /^Attention\n {2}plaintext-listener {2}WebTCP80Listener {2}Port 80 listens on HTTP/)
  assert.match(stdout, /\n {2}web \(WebService\)\n {4}public IP {8}parameter AssignPublicIp \(default DISABLED\)\n/)
  assert.match(stdout, /secrets {10}\/run\/secrets\/token from TokenSecret\n/)
  assert.match(stdout, /NoEcho parameters\n {2}TokenSecretValue\n/)
  assert.not.match(stdout, /no problems/)
  assert.match(stderr, /no problems/)
})

test('check --security --format json prints the review as JSON', () => {
  const { code, stdout } = composeform(['check', '--security', '--format', 'json'], app)
  assert.is(code, 0)
  const review = JSON.parse(stdout) as { services: { name: string; secrets: { delivery: string }[] }[]; noEchoParameters: string[] }
  assert.equal(review.services.map((s) => [s.name, s.secrets.map((x) => x.delivery)]), [['web', ['file']]])
  assert.equal(review.noEchoParameters, ['TokenSecretValue'])
})

test('no review when the input has errors (exit 1); --security elsewhere, or another format, is a usage error (exit 2)', () => {
  const broken = composeform(['check', '--security'], { 'compose.yaml': 'services:\n  web:\n    privileged: true\n' })
  assert.is(broken.code, 1)
  assert.is(broken.stdout, '')
  assert.is(composeform(['convert', '--security'], app).code, 2)
  const format = composeform(['check', '--security', '--format', 'sarif'], app)
  assert.is(format.code, 2)
  assert.match(format.stderr, /check --security takes --format text or json/)
})

test('check without --security prints nothing on stdout, as before', () => {
  const { code, stdout } = composeform(['check'], app)
  assert.is(code, 0)
  assert.is(stdout, '')
})

test.run()
