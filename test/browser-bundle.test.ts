// Every library package bundles for the browser with no node built-ins and no run-time code
// generation (a strict Content-Security-Policy forbids `new Function` and `eval`).
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { buildSync } from 'esbuild'

const root = join(import.meta.dirname, '..')
const libraries = ['model', 'validate', 'convert', 'emit-cfn', 'emit-json', 'composeform']

for (const name of libraries) {
  test(`packages/${name} bundles for the browser without node built-ins or eval`, () => {
    const result = buildSync({
      entryPoints: [join(root, 'packages', name, 'src', 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      minify: true,
      conditions: ['source'],
      logLevel: 'silent',
    })
    assert.equal(result.errors, [])
    const code = result.outputFiles[0]!.text
    assert.not.match(code, /\bnew Function\(/, 'no new Function')
    assert.not.match(code, /\beval\(/, 'no eval')
  })
}

test.run()
