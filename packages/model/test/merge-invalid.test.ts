import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { load, located } from './load-helper.js'

// Compose checks each file against the schema before merging; composeform checks the merged
// tree. A value the merge's form conversions would drop, flatten or coerce must still reach
// that check, from whichever file it is in.
const BASE = 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n    environment: {A: x}\n    labels: [a=b]\n    dns: 1.1.1.1\n    networks: [front]\n    extra_hosts: {h: 1.2.3.4}\n  db:\n    image: postgres\nnetworks:\n  front: {}\n'
const merged = (override: string, base = BASE) => load({ 'compose.yaml': base, 'compose.override.yaml': `services:\n  web:\n${override}` }, { files: ['compose.yaml', 'compose.override.yaml'] })

test('an invalid value in the later file is a schema error there, not dropped or flattened', () => {
  const cases: [string, string, string][] = [
    ['    depends_on:\n      - [1]\n', 'services.web.depends_on[0]', '4:9'],
    ['    networks:\n      - {a: 1}\n', 'services.web.networks[0]', '4:9'],
    ['    environment:\n      B: [1, 2]\n', 'services.web.environment.B', '4:10'],
    ['    environment:\n      B: {c: 1}\n', 'services.web.environment.B', '4:10'],
    ['    labels:\n      c: [1]\n', 'services.web.labels.c', '4:10'],
    ['    dns: {a: b}\n', 'services.web.dns', '3:10'],
    ['    extra_hosts:\n      h2: [[1]]\n', 'services.web.extra_hosts.h2[0]', '4:12'],
  ]
  for (const [override, where, position] of cases) {
    const { errors } = merged(override)
    const error = errors.find((e) => e.message.includes(`\`${where}\``))
    assert.ok(error, `${override}: ${JSON.stringify(errors.map((e) => e.message))}`)
    assert.is(error!.code, 'SCHEMA_TYPE', override)
    assert.is(located(error!, true), `compose.override.yaml:${position}`, override)
  }
})

test('an invalid value in the earlier file is reported too, whatever the later file says', () => {
  const base = BASE.replace('environment: {A: x}', 'environment: {A: [1]}').replace('depends_on: [db]', 'depends_on: [[db]]')
  const { errors } = merged('    environment:\n      B: y\n    depends_on: [db]\n', base)
  assert.equal(errors.map((e) => `${e.code} ${e.location?.file}:${e.location?.start.line}`).sort(), ['SCHEMA_TYPE compose.yaml:4', 'SCHEMA_TYPE compose.yaml:5'])
})

test('valid values merge as compose merges them', () => {
  const { project, errors } = merged('    environment:\n      B: 2\n    labels: {c: d}\n    dns: [8.8.8.8]\n    networks: [back]\n    extra_hosts:\n      h2: [1.1.1.1, "::1"]\n', BASE.replace('front: {}', 'front: {}\n  back: {}'))
  assert.equal(errors, [])
  const web = project.model.services['web']!
  assert.equal(web.environment, { A: 'x', B: '2' })
  assert.equal(web.labels, { a: 'b', c: 'd' })
  assert.equal(web.dns, ['1.1.1.1', '8.8.8.8'])
  assert.equal(Object.keys(web.networks ?? {}), ['back', 'front'])
  assert.equal(web.extra_hosts, ['h=1.2.3.4', 'h2=1.1.1.1', 'h2=::1'])
})

test.run()
