import { execFileSync, spawn } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cli, project } from './support/run-cli.js'

const files = {
  'compose.yaml': 'services:\n  web:\n    image: nginx:${TAG:-default}\n',
  'deploy/a.yaml': 'services:\n  web:\n    image: nginx:a\n',
  'deploy/b.yaml': 'services:\n  web:\n    environment: { FROM: b }\n',
}

function image(result: { code: number; stdout: string; stderr: string }): string {
  assert.is(result.code, 0, result.stderr)
  return JSON.parse(result.stdout).services.web.image
}

test('COMPOSE_FILE and COMPOSE_PATH_SEPARATOR may come from .env in the working directory, as docker compose reads them', () => {
  const dir = project({ ...files, '.env': 'COMPOSE_PATH_SEPARATOR=;\nCOMPOSE_FILE=deploy/a.yaml;deploy/b.yaml\n' })
  const result = cli(['config', '--format', 'json'], dir)
  assert.is(image(result), 'nginx:a')
  assert.equal(JSON.parse(result.stdout).services.web.environment, { FROM: 'b' })
  // The process environment wins over .env; -f over both.
  assert.is(image(cli(['config', '--format', 'json'], dir, { COMPOSE_FILE: 'compose.yaml' })), 'nginx:default')
  assert.is(image(cli(['config', '--format', 'json', '-f', 'compose.yaml'], dir)), 'nginx:default')
})

test('the .env read for COMPOSE_FILE is the one in --project-directory, or the --env-file given', () => {
  const dir = project({ ...files, 'deploy/.env': 'COMPOSE_FILE=deploy/a.yaml\n', 'settings.env': 'COMPOSE_FILE=deploy/b.yaml:deploy/a.yaml\n' })
  assert.is(image(cli(['config', '--format', 'json', '--project-directory', 'deploy'], dir)), 'nginx:a')
  assert.is(image(cli(['config', '--format', 'json'], dir)), 'nginx:default')
  assert.is(image(cli(['config', '--format', 'json', '--env-file', 'settings.env'], dir)), 'nginx:a')
})

test('COMPOSE_ENV_FILES names the env files when --env-file is not given', () => {
  const dir = project({ ...files, '.env': 'TAG=dotenv\n', 'one.env': 'TAG=one\n', 'two.env': 'TAG=two\n' })
  assert.is(image(cli(['config', '--format', 'json'], dir)), 'nginx:dotenv')
  assert.is(image(cli(['config', '--format', 'json'], dir, { COMPOSE_ENV_FILES: 'one.env,two.env' })), 'nginx:two')
  assert.is(image(cli(['config', '--format', 'json', '--env-file', 'one.env'], dir, { COMPOSE_ENV_FILES: 'two.env' })), 'nginx:one')
  const missing = cli(['config'], dir, { COMPOSE_ENV_FILES: 'nope.env' })
  assert.is(missing.code, 1)
  assert.match(missing.stderr, /FILE_NOT_FOUND: The env file `nope\.env` does not exist/)
})

test('COMPOSE_DISABLE_ENV_FILE leaves the project .env unread; a value that is not a boolean is a usage error', () => {
  const dir = project({ ...files, '.env': 'TAG=dotenv\n' })
  assert.is(image(cli(['config', '--format', 'json'], dir, { COMPOSE_DISABLE_ENV_FILE: 'true' })), 'nginx:default')
  assert.is(image(cli(['config', '--format', 'json'], dir, { COMPOSE_DISABLE_ENV_FILE: '0' })), 'nginx:dotenv')
  assert.is(image(cli(['config', '--format', 'json', '--env-file', '.env'], dir, { COMPOSE_DISABLE_ENV_FILE: '1' })), 'nginx:dotenv')
  const bad = cli(['config'], dir, { COMPOSE_DISABLE_ENV_FILE: 'yes' })
  assert.is(bad.code, 2)
  assert.match(bad.stderr, /COMPOSE_DISABLE_ENV_FILE must be true or false/)
})

test('-p with a name compose refuses is a usage error (exit 2), not an input error', () => {
  const dir = project(files)
  const bad = cli(['convert', '-p', 'My App'], dir)
  assert.is(bad.code, 2)
  assert.is(bad.stdout, '')
  assert.match(bad.stderr, /composeform: -p `My App` is not a valid project name/)
  assert.is(cli(['check', '-p', 'my-app_2'], join(dir, 'deploy')).code, 0)
})

test('an --env-file that is a named pipe is read once, for COMPOSE_FILE and for the project alike', async () => {
  const dir = project(files)
  execFileSync('mkfifo', [join(dir, 'settings.pipe')])
  const writer = spawn('sh', ['-c', "printf 'COMPOSE_FILE=deploy/a.yaml\\nTAG=piped\\n' > settings.pipe"], { cwd: dir, stdio: 'ignore' })
  const result = cli(['config', '--format', 'json', '--env-file', 'settings.pipe'], dir)
  await new Promise((done) => writer.on('exit', done))
  assert.is(image(result), 'nginx:a')
})

test.run()
