import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '../src/index.js'

function plaintext(environment: Record<string, string>): string[] {
  const yaml = `services:\n  api:\n    image: acme/api\n    environment:\n${Object.entries(environment).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}\n`).join('')}`
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => (p === 'compose.yaml' ? yaml : undefined), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'PLAINTEXT_SECRET').map((d) => String(d.path.at(-1)))
}

test('variables named like secrets, with a value, are PLAINTEXT_SECRET warnings at the variable', () => {
  const secrets = { POSTGRES_PASSWORD: 'x', PGPASSWORD: 'x', DB_PASS: 'x', MYSQL_PWD: 'x', MYSQL_ROOT_PASSWD: 'x', JWT_SECRET: 'x', GITHUB_TOKEN: 'x', API_KEY: 'x', apikey: 'x', STRIPE_PRIVATE_KEY: 'x', AWS_SECRET_ACCESS_KEY: 'x', GOOGLE_CREDENTIALS: 'x' }
  assert.equal(plaintext(secrets).sort(), Object.keys(secrets).sort())
})

test('a URL with a password is one whatever its name; names that only mention a secret, empty values and container-time variables are not', () => {
  assert.equal(plaintext({ DATABASE_URL: 'postgres://shop:hunter2@db:5432/shop', REDIS_URL: 'redis://:pw@cache:6379', PUBLIC_URL: 'https://example.com/a:b@c' }), ['DATABASE_URL', 'REDIS_URL'])
  assert.equal(plaintext({ POSTGRES_PASSWORD_FILE: '/run/secrets/db', SECRET_NAME: 'prod/db', TOKEN_URL: 'https://auth/token', BYPASS: '1', COMPASS: 'n', PWD: 'app', OLDPWD: 'x', GOOGLE_APPLICATION_CREDENTIALS: '/run/secrets/gcp.json', DB_PASSWORD: '', API_TOKEN: '$${TOKEN}', DATABASE_URL: 'postgres://db:5432/shop' }), [])
})

test('the warning points at the variable and tells how to keep the value in a secret', () => {
  const files = new Map([['compose.yaml', 'services:\n  api:\n    image: acme/api\n    environment:\n      - DB_PASSWORD=hunter2\n']])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  const [warning] = checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'PLAINTEXT_SECRET')
  assert.is(warning!.severity, 'warning')
  assert.equal(warning!.location?.start, { line: 5, column: 9, offset: 62 })
  assert.is(warning!.message, '`DB_PASSWORD` looks like a secret, and its value is written in plain text into the task definition and the template.')
  assert.match(warning!.hint!, 'secrets: [{source: db_password, x-aws-env: DB_PASSWORD}]')
})

test.run()
