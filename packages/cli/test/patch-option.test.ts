import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cli, project } from './support/run-cli.js'

const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'

test('convert --patch applies the files in order to the template', () => {
  const dir = project({
    'compose.yaml': compose,
    'a.json': '[{"op": "replace", "path": "/Resources/WebService/Properties/DesiredCount", "value": 3}]',
    'b.yaml': '- {op: test, path: /Resources/WebService/Properties/DesiredCount, value: 3}\n- {op: add, path: /Outputs/Extra, value: {Value: x}}\n',
  })
  const { code, stdout, stderr } = cli(['convert', '--format', 'cfn-json', '--patch', 'a.json', '--patch', 'b.yaml'], dir)
  assert.is(code, 0, stderr)
  const template = JSON.parse(stdout)
  assert.is(template.Resources.WebService.Properties.DesiredCount, 3)
  assert.equal(template.Outputs.Extra, { Value: 'x' })
})

test('a patch that does not apply fails check and convert with its position (exit 1)', () => {
  const dir = project({ 'compose.yaml': compose, 'p.yaml': '- op: remove\n  path: /Resources/WebServce\n' })
  for (const command of ['check', 'convert']) {
    const { code, stdout, stderr } = cli([command, '--patch', 'p.yaml'], dir)
    assert.is(code, 1)
    assert.is(stdout, '')
    assert.match(stderr, /p\.yaml:1:3: error PATCH_FAILED: Operation 0 of p\.yaml \(`remove` at `\/Resources\/WebServce`\)/)
    assert.match(stderr, /Did you mean `WebService`\?/)
  }
})

test('an invalid or missing patch file is reported (exit 1); config refuses --patch (exit 2)', () => {
  const dir = project({ 'compose.yaml': compose, 'p.json': '{"op": "add"}' })
  assert.match(cli(['check', '--patch', 'p.json'], dir).stderr, /p\.json:1:1: error PATCH_INVALID/)
  const missing = cli(['convert', '--patch', 'nope.json'], dir)
  assert.is(missing.code, 1)
  assert.match(missing.stderr, /FILE_NOT_FOUND: The file `nope\.json` given to --patch does not exist/)
  assert.is(cli(['config', '--patch', 'p.json'], dir).code, 2)
})

test('graph --patch, which would draw the graph before the patch, is a usage error (exit 2); beside a template it is a note', () => {
  const dir = project({ 'compose.yaml': compose, 'p.json': '[{"op": "replace", "path": "/Resources/WebService/Properties/DesiredCount", "value": 3}]' })
  for (const argv of [['graph'], ['graph', '--format', 'mermaid'], ['convert', '--format', 'graph-json', '--format', 'mermaid', '-o', 'g']]) {
    const { code, stdout, stderr } = cli([...argv, '--patch', 'p.json'], dir)
    assert.equal([code, stdout], [2, ''], argv.join(' '))
    assert.match(stderr, /^composeform: --patch changes the CloudFormation template, which (graph-json|mermaid|graph-json and mermaid) do(es)? not show/, argv.join(' '))
    assert.match(stderr, 'add --format cfn-yaml or cfn-json to write the patched template, check the patch with `composeform check --patch`, or leave --patch out')
  }
  const both = cli(['graph', '--format', 'mermaid', '--format', 'cfn-json', '-o', 'out', '--patch', 'p.json'], dir)
  assert.is(both.code, 0, both.stderr)
  assert.match(both.stderr, 'note: --patch changes the CloudFormation template only; mermaid shows the resources before it\n')
  assert.is(JSON.parse(readFileSync(join(dir, 'out', 'template.json'), 'utf8')).Resources.WebService.Properties.DesiredCount, 3)
  // Without graph files there is nothing to say.
  assert.not.match(cli(['convert', '--format', 'cfn-json', '-o', 'o2', '--patch', 'p.json'], dir).stderr, 'note: --patch')
  assert.is(cli(['graph'], dir).code, 0)
})

test.run()
