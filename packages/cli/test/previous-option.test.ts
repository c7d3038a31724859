import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cli, project } from './support/run-cli.js'

const web = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n'

test('check --previous and convert --previous report what the update would break; the deployed template may be the one -o overwrites', () => {
  const dir = project({ 'compose.yaml': web })
  assert.is(cli(['convert', '-o', 'out'], dir).code, 0)
  const deployed = readFileSync(join(dir, 'out', 'template.yaml'), 'utf8')
  assert.equal(cli(['check', '--previous', 'out/template.yaml'], dir).code, 0, 'nothing changed')
  const renamed = project({ 'compose.yaml': 'services:\n  frontend:\n    image: nginx\n    ports: ["80:8080"]\n', 'out/template.yaml': deployed })
  const check = cli(['check', '--previous', 'out/template.yaml'], renamed)
  assert.is(check.code, 1)
  assert.match(check.stderr, /compose\.yaml:4:13: error UPDATE_FAILS: Port 80's listener is `FrontendTCP80Listener` now and `WebTCP80Listener` in the deployed stack/)
  assert.match(check.stderr, /hint: Deploy once without this port \(its listener goes\), then with it \(docs\/updates\.md\)\./)
  const convert = cli(['convert', '-o', 'out', '--previous', 'out/template.yaml'], renamed)
  assert.is(convert.code, 1)
  assert.is(readFileSync(join(renamed, 'out', 'template.yaml'), 'utf8'), deployed, 'nothing is written over the deployed template')
  const allowed = cli(['convert', '-o', 'out', '--previous', 'out/template.yaml', '--severity', 'UPDATE_FAILS=warning'], renamed)
  assert.is(allowed.code, 0, allowed.stderr)
})

test('a --previous that is missing or not a template is reported with its position; with config, graph or --nested-stacks it is a usage error', () => {
  const dir = project({ 'compose.yaml': web, 'bad.yaml': 'Resources:\n  A: [\n' })
  const missing = cli(['check', '--previous', 'nope.yaml'], dir)
  assert.is(missing.code, 1)
  assert.match(missing.stderr, /FILE_NOT_FOUND: The file `nope\.yaml` given to --previous does not exist/)
  const bad = cli(['check', '--previous', 'bad.yaml'], dir)
  assert.is(bad.code, 1)
  assert.match(bad.stderr, /^bad\.yaml:\d+:\d+: error PREVIOUS_TEMPLATE_INVALID: The previous template `bad\.yaml` is not JSON or YAML/m)
  for (const argv of [['config', '--previous', 'bad.yaml'], ['graph', '--previous', 'bad.yaml'], ['convert', '-o', 'out', '--nested-stacks', '--previous', 'bad.yaml']]) {
    const { code, stderr } = cli(argv, dir)
    assert.is(code, 2, argv.join(' '))
    assert.match(stderr, /--previous/)
  }
})

test.run()
