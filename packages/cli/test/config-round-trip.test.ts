import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { goDuration } from '../src/commands/config-units.js'
import { cli, project } from './support/run-cli.js'

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures')

test('config prints durations and byte sizes as compose writes them', () => {
  assert.equal([0, 0.5, 1.5, 45, 90, 3600, 3723.25, 0.1 + 0.2].map(goDuration), ['0s', '500ms', '1.5s', '45s', '1m30s', '1h0m0s', '1h2m3.25s', '300ms'])
})

test('what config prints loads again, with no diagnostic, to the same application (every fixture config accepts; ecs-cli migration keeps that file)', () => {
  const out = mkdtempSync(join(tmpdir(), 'composeform-config-'))
  let checked = 0
  for (const name of readdirSync(fixtures).sort()) {
    const dir = join(fixtures, name)
    if (!existsSync(join(dir, 'compose.yaml')) || existsSync(join(dir, 'options.json'))) continue
    const first = cli(['config'], dir)
    if (first.code !== 0) continue
    const file = join(out, `${name}.yaml`)
    writeFileSync(file, first.stdout)
    const again = cli(['config', '-f', file, '--project-directory', '.'], dir)
    assert.is(again.code, 0, `${name}: ${again.stderr}`)
    assert.not.match(again.stderr, /error|warning/, `${name}: ${again.stderr}`)
    assert.is(again.stdout, first.stdout, name)
    checked++
  }
  assert.ok(checked >= 20, `${checked} fixtures`)
})

test('config quotes text a YAML 1.1 reader (docker compose, PyYAML) or a YAML 1.2 one would take for a boolean, a number or null', () => {
  const dir = project({ 'compose.yaml': 'services:\n  app:\n    image: nginx\n    environment: {A: "no", B: "on", C: "0o17", D: "0755", E: "y", F: "~", G: plain}\n' })
  const { code, stdout } = cli(['config'], dir)
  assert.is(code, 0)
  for (const line of ['A: "no"', 'B: "on"', 'C: "0o17"', 'D: "0755"', 'E: "y"', 'F: "~"', 'G: plain']) assert.match(stdout, `      ${line}\n`)
})

test.run()
