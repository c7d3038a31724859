// The command runs one bundled file (scripts/bundle.mjs): it must not reach back into
// node_modules or the workspace at run time, or the published package and start-up time differ.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'

const cli = join(import.meta.dirname, '..')

test('bin/composeform.js runs the bundle', () => {
  assert.match(readFileSync(join(cli, 'bin', 'composeform.js'), 'utf8'), /^import "\.\.\/dist\/composeform\.js"$/m)
})

test('the bundle imports nothing but node built-ins', () => {
  const code = readFileSync(join(cli, 'dist', 'composeform.js'), 'utf8')
  const specifiers = [...code.matchAll(/(?:^|[;\s})])import\s*(?:[\w$*{][^;"']*?from\s*)?["']([^"']+)["']|\bimport\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? m[2]!)
  assert.ok(['node:fs', 'node:path', 'node:util'].every((s) => specifiers.includes(s)), 'the scan finds the CLI\'s own imports')
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
  assert.equal(specifiers.filter((s) => !builtins.has(s)), [])
  assert.not.match(code, /\bfrom\s*["'](?:@composeform\/|composeform|yaml|ajv)/)
})

// Node 20 reads `--env-file` anywhere in its own command line, after the script too, and stops
// on a file it cannot read (exit 9) before the command runs; `node --` ends its options.
test('the shebang ends node\'s options, so --env-file reaches the command', () => {
  const bin = join(cli, 'bin', 'composeform.js')
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env -S node --\n/)
  const dir = mkdtempSync(join(tmpdir(), 'composeform-bin-'))
  try {
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n')
    const run = spawnSync(bin, ['check', '--env-file', 'missing.env'], { cwd: dir, encoding: 'utf8' })
    assert.is(run.status, 1, run.stderr)
    assert.match(run.stderr, 'FILE_NOT_FOUND')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a reader that goes away (| head) ends the output quietly, without a stack trace', () => {
  const bin = join(cli, 'bin', 'composeform.js')
  const dir = mkdtempSync(join(tmpdir(), 'composeform-pipe-'))
  try {
    // Enough services that the template outgrows the pipe's buffer.
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n' + Array.from({ length: 60 }, (_, i) => `  s${i}:\n    image: nginx\n`).join(''))
    const run = spawnSync('sh', ['-c', `"${bin}" convert --format cfn-json | head -c 10 >/dev/null`], { cwd: dir, encoding: 'utf8' })
    assert.is(run.status, 0, run.stderr)
    assert.not.match(run.stderr, /Error|at /)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test.run()
