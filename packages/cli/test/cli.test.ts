import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { parse } from 'yaml'
import { cli, project } from './support/run-cli.js'

test('config discovers compose.yaml and its override and prints YAML', () => {
  const dir = project({
    'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n',
    'compose.override.yaml': 'services:\n  web:\n    environment: [MODE=dev]\n',
  })
  const { code, stdout, stderr } = cli(['config'], dir)
  assert.is(code, 0, stderr)
  const doc = parse(stdout)
  assert.is(doc.services.web.image, 'nginx')
  assert.equal(doc.services.web.environment, { MODE: 'dev' })
  assert.equal(doc.services.web.ports, [{ mode: 'ingress', protocol: 'tcp', published: '8080', target: 80 }])
})

test('config finds the compose file in a parent directory', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n', 'sub/deeper/.keep': '' })
  const { code, stdout } = cli(['config', '--format', 'json'], join(dir, 'sub', 'deeper'))
  assert.is(code, 0)
  assert.is(JSON.parse(stdout).services.web.image, 'nginx')
})

test('-f is repeatable; -p, --env-file and --profile are honoured', () => {
  const dir = project({
    'base.yaml': 'services:\n  web:\n    image: nginx:${TAG}\n  dbg:\n    image: busybox\n    profiles: [debug]\n',
    'prod.yaml': 'services:\n  web:\n    environment: { STAGE: prod }\n',
    'prod.env': 'TAG=1.27\n',
  })
  const { code, stdout, stderr } = cli(['config', '-f', 'base.yaml', '-f', 'prod.yaml', '-p', 'shop', '--env-file', 'prod.env', '--profile', 'debug', '--format', 'json'], dir)
  assert.is(code, 0, stderr)
  const doc = JSON.parse(stdout)
  assert.is(doc.name, 'shop')
  assert.is(doc.services.web.image, 'nginx:1.27')
  assert.equal(doc.services.web.environment, { STAGE: 'prod' })
  assert.ok(doc.services.dbg)
})

test('COMPOSE_FILE, COMPOSE_PROJECT_NAME and COMPOSE_PROFILES are honoured', () => {
  const dir = project({
    'a.yaml': 'services:\n  web:\n    image: nginx\n  dbg:\n    image: busybox\n    profiles: [debug]\n',
    'b.yaml': 'services:\n  web:\n    image: httpd\n',
  })
  const { code, stdout } = cli(['config', '--format', 'json'], dir, { COMPOSE_FILE: 'a.yaml:b.yaml', COMPOSE_PROJECT_NAME: 'envname', COMPOSE_PROFILES: 'debug' })
  assert.is(code, 0)
  const doc = JSON.parse(stdout)
  assert.is(doc.name, 'envname')
  assert.is(doc.services.web.image, 'httpd')
  assert.ok(doc.services.dbg)
})

test('errors exit 1 with file:line:col, a code frame, the hint and a summary; no colour without a TTY', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports:\n      - true\n' })
  const { code, stdout, stderr } = cli(['config'], dir)
  assert.is(code, 1)
  assert.is(stdout, '')
  assert.match(stderr, 'compose.yaml:5:9: error SCHEMA_TYPE:')
  assert.match(stderr, '> 5 |       - true')
  assert.match(stderr, '^^^^')
  assert.match(stderr, 'hint:')
  assert.match(stderr, '1 error')
  assert.not.match(stderr, '\u001b[')
})

test('colours on a TTY, not with NO_COLOR (unless empty) or TERM=dumb; FORCE_COLOR wins either way', () => {
  const dir = project({ 'compose.yaml': 'version: "3"\nservices:\n  web:\n    image: nginx\n' })
  const colored = (env: Record<string, string>, isTTY: boolean) => cli(['check'], dir, env, isTTY).stderr.includes('\u001b[')
  assert.ok(colored({}, true))
  assert.not.ok(colored({}, false))
  assert.not.ok(colored({ NO_COLOR: '1' }, true))
  assert.ok(colored({ NO_COLOR: '' }, true))
  assert.not.ok(colored({ TERM: 'dumb' }, true))
  assert.ok(colored({ FORCE_COLOR: '1' }, false))
  assert.ok(colored({ FORCE_COLOR: '', NO_COLOR: '1' }, false))
  assert.not.ok(colored({ FORCE_COLOR: '0' }, true))
  assert.not.ok(colored({ FORCE_COLOR: 'false' }, true))
})

test('warnings keep exit 0; --diagnostics json prints machine-readable diagnostics', () => {
  const dir = project({ 'compose.yaml': 'version: "3"\nservices:\n  web:\n    image: nginx\n' })
  const { code, stderr } = cli(['check', '--diagnostics', 'json'], dir)
  assert.is(code, 0)
  const diagnostics = JSON.parse(stderr).filter((d: { severity: string }) => d.severity !== 'info')
  assert.equal(diagnostics.map((d: { code: string }) => d.code), ['OBSOLETE_VERSION'])
  assert.equal(diagnostics[0].location, { file: 'compose.yaml', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } })
})

test('check reports ECS problems; --strict turns ignored attributes into errors; --verbose shows notes', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    hostname: web\n' })
  const plain = cli(['check'], dir)
  assert.is(plain.code, 0)
  assert.match(plain.stderr, 'warning UNSUPPORTED_ATTRIBUTE')
  assert.match(plain.stderr, 'notes hidden')
  assert.not.match(plain.stderr, 'DEFAULT_APPLIED')
  assert.match(cli(['check', '--verbose'], dir).stderr, 'info DEFAULT_APPLIED')
  const strict = cli(['check', '--strict'], dir)
  assert.is(strict.code, 1)
  assert.match(strict.stderr, 'error UNSUPPORTED_ATTRIBUTE')
  const loose = cli(['check', '--loose'], dir)
  assert.is(loose.code, 0)
  assert.not.match(loose.stderr, 'UNSUPPORTED_ATTRIBUTE')
  assert.is(cli(['check', '--strict', '--loose'], dir).code, 2)
})

test('no compose file is an error (exit 1) that says how to fix it', () => {
  const dir = project({ 'README.md': 'nothing' })
  const { code, stderr } = cli(['config'], dir)
  assert.is(code, 1)
  assert.match(stderr, 'NO_CONFIG_FILE')
})

test('usage errors exit 2; --help and --version exit 0', () => {
  const dir = project({})
  assert.is(cli([], dir).code, 2)
  assert.is(cli(['explode'], dir).code, 2)
  assert.is(cli(['config', '--bogus'], dir).code, 2)
  assert.is(cli(['config', '--format', 'xml'], dir).code, 2)
  const help = cli(['--help'], dir)
  assert.is(help.code, 0)
  assert.match(help.stdout, 'Usage: composeform')
  assert.match(cli(['--version'], dir).stdout, /^composeform \d+\.\d+\.\d+/)
})

test('output that would share stdout with SARIF or GitHub annotations, or be several JSON documents, needs -o (exit 2)', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n  api:\n    image: nginx\n' })
  for (const argv of [['convert', '--diagnostics', 'sarif'], ['convert', '--diagnostics', 'github'], ['graph', '--diagnostics', 'sarif'], ['convert', '--format', 'ecs-json'], ['convert', '--format', 'ecs-services-json']]) {
    const { code, stdout, stderr } = cli(argv, dir)
    assert.is(code, 2, argv.join(' '))
    assert.is(stdout, '', argv.join(' '))
    assert.match(stderr, /writes to stdout|needs -o DIR/, argv.join(' '))
  }
  const sarif = cli(['convert', '--diagnostics', 'sarif', '-o', 'out'], dir)
  assert.is(sarif.code, 0, sarif.stderr)
  assert.ok(JSON.parse(sarif.stdout).runs, 'stdout is the SARIF document alone')
  const json = cli(['convert', '--diagnostics', 'json', '-o', 'out2'], dir)
  assert.ok(Array.isArray(JSON.parse(json.stderr)), 'no `wrote` lines after the JSON diagnostics')
})

test('-o that cannot be written is a usage error naming the path, not a stack trace; --project-directory must be a directory', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n', 'afile': 'x', 'taken/template.yaml/.keep': '' })
  for (const [out, why] of [['afile', 'a file stands where -o needs a directory'], ['taken', 'a directory stands where the file goes'], ['x'.repeat(5000), 'the path is too long']] as const) {
    const { code, stderr } = cli(['convert', '-o', out], dir)
    assert.is(code, 2, out.slice(0, 20))
    assert.match(stderr, `: ${why}`)
    assert.not.match(stderr, 'internal error')
  }
  for (const where of ['nope', 'compose.yaml']) {
    const { code, stderr } = cli(['config', '--project-directory', where], dir)
    assert.is(code, 2, where)
    assert.match(stderr, `--project-directory \`${where}\` is not a directory`)
  }
})

test('file discovery follows compose-go: docker-compose.yml before .yaml, and the first override file whatever the main file is called', () => {
  const image = (dir: string) => (parse(cli(['config'], dir).stdout) as { services: { web: { image: string } } }).services.web.image
  const web = (tag: string) => `services:\n  web:\n    image: nginx:${tag}\n`
  assert.is(image(project({ 'compose.yaml': web('main'), 'compose.override.yml': web('yml') })), 'nginx:yml')
  assert.is(image(project({ 'compose.yaml': web('main'), 'docker-compose.override.yml': web('docker') })), 'nginx:docker')
  assert.is(image(project({ 'compose.yaml': web('main'), 'compose.override.yml': web('yml'), 'compose.override.yaml': web('yaml') })), 'nginx:yml')
  assert.is(image(project({ 'docker-compose.yaml': web('yaml'), 'docker-compose.yml': web('yml') })), 'nginx:yml')
})

test('options and words a command would ignore are usage errors (exit 2)', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' })
  for (const argv of [['convert', 'extra'], ['check', '-o', 'out'], ['config', '-o', 'out'], ['check', '--format', 'bogus'], ['config', '--param', 'A=b']]) {
    const { code, stdout } = cli(argv, dir)
    assert.is(code, 2, argv.join(' '))
    assert.is(stdout, '', argv.join(' '))
  }
  const sarif = cli(['check', '--diagnostics', 'sarif'], dir)
  assert.ok(sarif.stdout.endsWith('}\n') && !sarif.stdout.endsWith('\n\n'), 'the SARIF document ends its line, once')
})

test('--severity CODE=LEVEL changes what a code reports, or drops it (off); an unknown code or level is a usage error', () => {
  const dir = project({ 'compose.yaml': 'version: "3"\nservices:\n  web:\n    image: nginx\n    hostname: web\n' })
  const codes = (argv: string[]) => {
    const { code, stderr } = cli([...argv, '--diagnostics', 'json'], dir)
    return [code, (JSON.parse(stderr) as { code: string; severity: string }[]).filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.severity}`)]
  }
  assert.equal(codes(['check']), [0, ['OBSOLETE_VERSION warning', 'UNSUPPORTED_ATTRIBUTE warning']])
  assert.equal(codes(['check', '--severity', 'OBSOLETE_VERSION=off', '--severity', 'UNSUPPORTED_ATTRIBUTE=error']), [1, ['UNSUPPORTED_ATTRIBUTE error']])
  assert.equal(codes(['config', '--severity', 'OBSOLETE_VERSION=off']), [0, []])
  for (const bad of ['NO_SUCH_CODE=off', 'OBSOLETE_VERSION=loud', 'OBSOLETE_VERSION']) assert.is(cli(['check', '--severity', bad], dir).code, 2, bad)
  // A load error cannot be lowered: an unclosed list would convert into a template without the project's services.
  for (const level of ['off', 'warning', 'info']) {
    const lowered = cli(['convert', '--severity', `YAML_SYNTAX=${level}`], dir)
    assert.equal([lowered.code, lowered.stdout], [2, ''], level)
    assert.match(lowered.stderr, 'YAML_SYNTAX means the project did not load as its files say, so it stays an error')
  }
  assert.is(cli(['check', '--severity', 'YAML_SYNTAX=error'], dir).code, 0)
})

test('a mistyped command or option gets a suggestion; an option without its value says so (exit 2)', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n' })
  const command = cli(['convrt'], dir)
  assert.is(command.code, 2)
  assert.match(command.stderr, /^composeform: unknown command `convrt`; did you mean `convert`\?\n/)
  const option = cli(['convert', '--frmat', 'cfn-json'], dir)
  assert.is(option.code, 2)
  assert.match(option.stderr, /^composeform: unknown option `--frmat`; did you mean `--format`\?\n/)
  assert.match(cli(['check', '--envfile', 'x'], dir).stderr, /^composeform: unknown option `--envfile`; did you mean `--env-file`\?/)
  assert.match(cli(['check', '--zzz'], dir).stderr, /^composeform: unknown option `--zzz`\n/)
  assert.match(cli(['convert', '--format'], dir).stderr, /^composeform: --format needs a value\n/)
  assert.match(cli(['convert', '-f'], dir).stderr, /^composeform: --file needs a value\n/)
})

test('composeform <command> --help and composeform help <command> show that command and only its options', () => {
  const dir = project({})
  const convert = cli(['convert', '--help'], dir)
  assert.is(convert.code, 0)
  assert.match(convert.stdout, /^Usage: composeform convert \[options\]\n\nWrite the deployment/)
  assert.match(convert.stdout, '--nested-stacks')
  assert.not.match(convert.stdout, '--security')
  assert.is(cli(['help', 'convert'], dir).stdout, convert.stdout)
  const config = cli(['config', '-h'], dir).stdout
  assert.match(config, /--format FORMAT +yaml \(default\) or json\n/)
  for (const option of ['--output', '--param', '--patch', '--nested-stacks', '--security']) assert.not.match(config, option)
  assert.match(cli(['check', '--help'], dir).stdout, /--security/)
  assert.match(cli(['help'], dir).stdout, /^Usage: composeform <command> \[options\]/)
})

test('errors that stop before the conversion say that its own checks run once they are fixed; errors of the conversion do not', () => {
  const note = 'note: the conversion, and its checks'
  const early = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n    volumes: ["./html:/usr/share/nginx/html"]\n' })
  const text = cli(['check'], early)
  assert.is(text.code, 1)
  assert.match(text.stderr, `1 error (6 notes hidden; --verbose shows them)\n${note}`)
  assert.not.match(cli(['check', '--diagnostics', 'json'], early).stderr, note)
  const late = project({ 'compose.yaml': 'services:\n  my-app:\n    image: nginx\n  myapp:\n    image: nginx\n' })
  const collision = cli(['check'], late)
  assert.is(collision.code, 1)
  assert.match(collision.stderr, 'LOGICAL_ID_COLLISION')
  assert.not.match(collision.stderr, note)
})

test.run()
