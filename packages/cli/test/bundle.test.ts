// The command runs one bundled file (scripts/bundle.mjs): it must not reach back into
// node_modules or the workspace at run time, or the published package and start-up time differ.
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
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

test.run()
