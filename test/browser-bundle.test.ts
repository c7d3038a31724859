// Every library package bundles for the browser with no node built-ins or globals and no run-time code
// generation (a strict Content-Security-Policy forbids `new Function` and `eval`).
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { buildSync } from 'esbuild'

const root = join(import.meta.dirname, '..')
const libraries = ['model', 'validate', 'convert', 'emit-cfn', 'emit-json', 'composeform']
// Node's globals: a library that reads one would bundle fine and fail in a browser. esbuild
// replaces each free use with a marker (strings and properties that merely share the name stay).
const nodeGlobals = ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate']
const markers = Object.fromEntries(nodeGlobals.map((name) => [name, `NODE_GLOBAL_${name}`]))

for (const name of libraries) {
  test(`packages/${name} bundles for the browser without node built-ins, node globals or eval`, () => {
    const result = buildSync({
      entryPoints: [join(root, 'packages', name, 'src', 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      minify: true,
      conditions: ['source'],
      logLevel: 'silent',
      define: markers,
    })
    assert.equal(result.errors, [])
    const code = result.outputFiles[0]!.text
    assert.not.match(code, /\bnew Function\(/, 'no new Function')
    assert.not.match(code, /\beval\(/, 'no eval')
    for (const [name, marker] of Object.entries(markers)) assert.not.ok(code.includes(marker), `uses node's global ${name}`)
  })
}

test.run()
