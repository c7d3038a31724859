import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '@composeform/model'
import { checkEcs } from '../src/index.js'

function unreachable(services: string): string[] {
  const files = new Map([['compose.yaml', `services:\n${services}`]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value).diagnostics.filter((d) => d.code === 'SERVICE_UNREACHABLE').map((d) => `${d.path.join('.')}: ${d.message}`)
}

test('a service with no port that another task depends on, or names in an address, is reported once, with the first such service', () => {
  assert.equal(unreachable('  app: {image: a, depends_on: [redis, db], environment: {DATABASE_URL: "postgres://u:p@db:5432/x"}}\n  db: {image: postgres}\n  redis: {image: redis}\n'), [
    'services.db: `db` lists no port, so no other task can reach it by name, but `app` depends on it.',
    'services.redis: `redis` lists no port, so no other task can reach it by name, but `app` depends on it.',
  ])
  for (const value of ['redis://cache:6379/0', 'amqp://guest:guest@cache', 'cache:11211', 'a:1,cache:11211', 'http://cache/']) {
    assert.equal(unreachable(`  app: {image: a, environment: {URL: "${value}"}}\n  cache: {image: c}\n`), ['services.cache: `cache` lists no port, so no other task can reach it by name, but `app` names it in `URL`.'], value)
  }
})

test('nothing to say when the service lists a port, is called only by its own task, runs once, or is only waited for', () => {
  assert.equal(unreachable('  app: {image: a, depends_on: [db]}\n  db: {image: postgres, expose: ["5432"]}\n'), [])
  assert.equal(unreachable('  app: {image: a, depends_on: [agent]}\n  agent: {image: b, x-aws-task: app}\n'), [])
  assert.equal(unreachable('  app: {image: a, depends_on: {migrate: {condition: service_completed_successfully}}}\n  migrate: {image: m}\n'), [])
  assert.equal(unreachable('  app: {image: a, depends_on: [migrate]}\n  migrate: {image: m, restart: "no"}\n'), [])
  // A word that is also a service's name is not an address.
  assert.equal(unreachable('  app: {image: a, environment: {ROLE: worker, QUEUE: worker-jobs, HOST: dbworker:5432}}\n  worker: {image: w}\n'), [])
})

test.run()
