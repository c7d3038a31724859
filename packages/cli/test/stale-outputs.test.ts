import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cli, project } from './support/run-cli.js'

test('files of a kind convert -o writes per service, left in DIR by an earlier run for a service since removed, are named (not deleted)', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n  api:\n    image: nginx\n' })
  assert.is(cli(['convert', '-o', 'out', '--format', 'ecs-json', '--format', 'ecs-services-json'], dir).code, 0)
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n')
  writeFileSync(join(dir, 'out', 'ecs', 'notes.json'), '{}')
  const again = cli(['convert', '-o', 'out', '--format', 'ecs-json', '--format', 'ecs-services-json'], dir)
  assert.is(again.code, 0, again.stderr)
  const named = again.stderr.split('\n').filter((line) => line.startsWith('left from an earlier run'))
  assert.equal(named, [
    'left from an earlier run, not written now: out/ecs/api.taskdef.json (remove it)',
    'left from an earlier run, not written now: out/ecs/api.service.json (remove it)',
  ])
  // A run that writes no task definitions says nothing about the ones there.
  assert.not.match(cli(['convert', '-o', 'out'], dir).stderr, 'left from an earlier run')
})

test('a run without nested stacks after one with them names the stacks left behind', () => {
  const dir = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n  api:\n    image: nginx\n' })
  assert.is(cli(['convert', '-o', 'out', '--nested-stacks'], dir).code, 0)
  const flat = cli(['convert', '-o', 'out'], dir)
  assert.equal(flat.stderr.split('\n').filter((line) => line.startsWith('left from an earlier run')), [
    'left from an earlier run, not written now: out/stacks/ApiStack.yaml (remove it)',
    'left from an earlier run, not written now: out/stacks/WebStack.yaml (remove it)',
  ])
})

test.run()
