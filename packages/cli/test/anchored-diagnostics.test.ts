import { convert } from 'composeform'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { formatDiagnosticsText, summary } from '../src/format-diagnostics.js'

const compose = [
  'x-logging: &logging',
  '  driver: json-file',
  'services:',
  '  db:',
  '    image: postgres',
  '    logging: *logging',
  '  web:',
  '    image: nginx',
  '    logging: *logging',
  '    stop_signal: SIGINT',
  '',
].join('\n')

test('a finding in an anchor that several services merge is printed once, naming each service it holds for; the counts stay per service', () => {
  const { diagnostics } = convert({ sources: { 'compose.yaml': compose } })
  const replaced = diagnostics.filter((d) => d.code === 'LOG_DRIVER_REPLACED')
  assert.is(replaced.length, 2, 'the library reports it for each service')
  const text = formatDiagnosticsText(diagnostics.filter((d) => d.severity !== 'info'), { color: false, text: () => compose })
  assert.is(text.split('LOG_DRIVER_REPLACED').length - 1, 1)
  assert.match(text, '  for each of services.db.logging.driver, services.web.logging.driver\n')
  // A finding of one service alone says nothing more.
  assert.not.match(text.slice(text.indexOf('UNSUPPORTED_ATTRIBUTE')), 'for each of')
  assert.match(text, `${summary(diagnostics.filter((d) => d.severity !== 'info'))}\n`)
  assert.match(summary(diagnostics.filter((d) => d.severity === 'warning')), '3 warnings')
})

test('findings of one code at one place that name their service get a line each, and share one code frame and hint', () => {
  const text = [
    'x-wait: &wait',
    '  depends_on:',
    '    db: {condition: service_healthy}',
    'services:',
    '  db: {image: postgres, expose: ["5432"], healthcheck: {test: ["CMD", "pg_isready"]}}',
    '  web: {<<: *wait, image: nginx}',
    '  api: {<<: *wait, image: node}',
    '',
  ].join('\n')
  const { diagnostics } = convert({ sources: { 'compose.yaml': text } })
  const out = formatDiagnosticsText(diagnostics.filter((d) => d.code === 'DEPENDS_ON_CONDITION_NOT_ENFORCED'), { color: false, text: () => text })
  const lines = out.split('\n')
  assert.equal(lines.filter((l) => l.startsWith('compose.yaml:3:')).map((l) => /but `(\w+)`/.exec(l)![1]), ['api', 'web'])
  assert.is(lines.filter((l) => l.startsWith('> 3 |')).length, 1, 'one code frame')
  assert.is(lines.filter((l) => l.startsWith('  hint:')).length, 1, 'one hint')
  assert.match(out, '2 warnings\n')
})

test.run()
