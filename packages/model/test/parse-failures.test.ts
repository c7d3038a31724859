import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject } from '../src/index.js'

const load = (yaml: string) => {
  const files = new Map([['compose.yaml', yaml]])
  return loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} }).diagnostics.filter((d) => d.severity === 'error')
}

test("a value a parser refuses is one error, written as sentences; the schema's type error at that value, which says less, is left out", () => {
  assert.equal(load('services:\n  web:\n    image: nginx\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10\n').map((d) => [d.code, d.message, d.hint]), [
    ['INVALID_DURATION', '`10` is not a valid duration because a bare number has no unit.', 'Write it as a string with a unit, e.g. `10s` for seconds.'],
  ])
  assert.equal(load('services:\n  web:\n    image: nginx\n    command: "echo \\"hi"\n').map((d) => [d.code, d.message, d.hint]), [['INVALID_COMMAND', '`echo "hi` has an unterminated double quote.', 'Close it with `"`.']])
})

test('a type error no parser reports stays', () => {
  assert.equal(load('services:\n  web:\n    image: nginx\n    stop_signal: 9\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10\n').map((d) => [d.code, d.path.join('.')]), [
    ['SCHEMA_TYPE', 'services.web.stop_signal'],
    ['INVALID_DURATION', 'services.web.healthcheck.interval'],
  ])
})

test('a command string compose cuts at a shell operator says where, with … when the dropped part is long', () => {
  const truncated = (command: string) => {
    const files = new Map([['compose.yaml', `services:\n  web:\n    image: python\n    command: ${JSON.stringify(command)}\n`]])
    return loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} }).diagnostics.filter((d) => d.code === 'COMMAND_TRUNCATED').map((d) => d.message)
  }
  assert.equal(truncated('python manage.py migrate && python manage.py collectstatic --noinput && gunicorn app'), ['`services.web.command` stops at `&& python manage.py collectstatic --noin…`: compose does not run a shell, so that part is dropped.'])
  assert.equal(truncated('echo hi > /tmp/x'), ['`services.web.command` stops at `> /tmp/x`: compose does not run a shell, so that part is dropped.'])
})

test.run()
