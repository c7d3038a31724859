// The real binary, spawned: exit codes, stdout vs stderr, files written, NO_COLOR, stdin.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'

const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'composeform.js')

function composeform(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'composeform-e2e-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const good = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n'

test('convert prints the YAML template on stdout and nothing else', () => {
  const dir = project({ 'compose.yaml': good })
  const { code, stdout, stderr } = composeform(['convert'], { cwd: dir })
  assert.is(code, 0, stderr)
  assert.match(stdout, /^AWSTemplateFormatVersion: "2010-09-09"/)
  assert.match(stdout, 'WebService:')
  assert.not.match(stderr, 'error')
})

test('convert -o writes the files and lists them on stderr', () => {
  const dir = project({ 'compose.yaml': good })
  const { code, stdout, stderr } = composeform(['convert', '--format', 'cfn-json', '--format', 'cfn-yaml', '-o', 'out'], { cwd: dir })
  assert.is(code, 0, stderr)
  assert.is(stdout, '')
  assert.ok(existsSync(join(dir, 'out', 'template.json')))
  assert.ok(existsSync(join(dir, 'out', 'template.yaml')))
  assert.match(stderr, 'wrote out/template.json')
  assert.ok(JSON.parse(readFileSync(join(dir, 'out', 'template.json'), 'utf8')).Resources.WebService)
})

test('-f - reads the compose file from stdin', () => {
  const dir = project({})
  const { code, stdout } = composeform(['convert', '-f', '-', '-p', 'piped', '--format', 'cfn-json'], { cwd: dir, input: good })
  assert.is(code, 0)
  assert.is(JSON.parse(stdout).Resources.Cluster.Properties.ClusterName, 'piped')
})

test('errors in the input: exit 1, positioned diagnostics on stderr, no template, no colour without a TTY', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    privileged: true\n' })
  const { code, stdout, stderr } = composeform(['convert'], { cwd: dir })
  assert.is(code, 1)
  assert.is(stdout, '')
  assert.match(stderr, 'compose.yaml:4:5: error PRIVILEGED_UNSUPPORTED')
  assert.not.match(stderr, '\u001b[')
  assert.not.match(stderr, '    at ')
  // FORCE_COLOR asks for colours off a terminal (CI logs), as node and most tools read it.
  assert.match(composeform(['convert'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stderr, '\u001b[')
})

test('--strict fails on warnings; usage errors exit 2', () => {
  const dir = project({ 'compose.yaml': 'version: "3"\n' + good })
  assert.is(composeform(['check'], { cwd: dir }).code, 0)
  assert.is(composeform(['check', '--strict'], { cwd: dir }).code, 1)
  assert.is(composeform(['convert', '--format', 'pdf'], { cwd: dir }).code, 2)
  assert.is(composeform([], { cwd: dir }).code, 2)
  const param = composeform(['convert', '--format', 'ecs-json', '-o', 'out', '--param', 'Subnet=subnet-1'], { cwd: dir })
  assert.equal([param.code, param.stdout, existsSync(join(dir, 'out'))], [2, '', false])
  assert.match(param.stderr, /^composeform: --param `Subnet` names no template parameter, pseudo parameter or value the template refers to; did you mean `Subnets`\?\n/)
})

test('ECS JSON for a service with a 250-character name: file names within 255 bytes, written (exit 0)', () => {
  const long = 'a'.repeat(250)
  const dir = project({ 'compose.yaml': `services:\n  ${long}:\n    image: nginx\n  ${'a'.repeat(249)}b:\n    image: nginx\n  web:\n    image: nginx\n` })
  const { code, stderr } = composeform(['convert', '--format', 'ecs-json', '--format', 'ecs-services-json', '-o', 'out'], { cwd: dir })
  assert.is(code, 0, stderr)
  const written = readdirSync(join(dir, 'out', 'ecs')).sort()
  assert.is(written.length, 6)
  assert.ok(written.includes('web.taskdef.json') && written.includes('web.service.json'))
  for (const name of written) assert.ok(Buffer.byteLength(name) <= 255, name)
  assert.is(written.filter((name) => name.startsWith('aaa')).length, 4)
  const taskdef = written.find((name) => name.endsWith('.taskdef.json') && name.startsWith('aaa'))!
  assert.is(JSON.parse(readFileSync(join(dir, 'out', 'ecs', taskdef), 'utf8')).containerDefinitions[0].name.length, 250)
})

test('--diagnostics sarif prints a SARIF log on stdout', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    hostname: x\n' })
  const { code, stdout } = composeform(['check', '--diagnostics', 'sarif'], { cwd: dir })
  assert.is(code, 0)
  const log = JSON.parse(stdout)
  assert.is(log.version, '2.1.0')
  assert.ok(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'UNSUPPORTED_ATTRIBUTE'))
})

test.run()
