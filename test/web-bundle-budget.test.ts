// The playground's bundle budget: the conversion core (everything but the editor and the
// diagram renderer) bundled as the page bundles it, minified and gzipped, stays within budget;
// and the page script is a classic script that a strict Content-Security-Policy allows.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { CORE_BUDGET_BYTES, measureBundles, type BundleSize } from '../packages/web/scripts/bundle-sizes.mjs'

let sizes: Record<string, BundleSize>

test.before(async () => {
  sizes = Object.fromEntries((await measureBundles()).map((s) => [s.name, s]))
})

test('the conversion core is within its min+gzip budget', () => {
  const core = sizes.core!
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
  assert.ok(core.gzip <= CORE_BUDGET_BYTES, `core is ${kib(core.gzip)} min+gzip, over its ${kib(CORE_BUDGET_BYTES)} budget; pnpm bench:bundle shows where the bytes come from`)
  assert.ok(core.gzip < core.min, 'gzip measured')
})

test('the core holds the converter, and neither the editor, the diagram library nor the full YAML reader', () => {
  const sources = Object.keys(sizes.core!.sources)
  for (const name of ['model', 'validate', 'convert', 'emit-cfn', 'emit-json', 'composeform']) assert.ok(sources.includes(name), `core lacks ${name}`)
  assert.not.ok(sources.some((s) => s.startsWith('@codemirror/') || s.startsWith('@dagrejs/') || s === 'yaml'), sources.join(', '))
  assert.ok(Object.keys(sizes.editor!.sources).includes('@codemirror/view'))
  assert.ok(Object.keys(sizes.diagram!.sources).includes('@dagrejs/dagre'))
  assert.ok(Object.keys(sizes['yaml-reader']!.sources).includes('yaml'))
  assert.not.ok(Object.keys(sizes.page!.sources).includes('yaml'), 'app.js loads yaml-reader.js instead')
})

test('every part runs under script-src self: no eval, no new Function, no module syntax', () => {
  for (const part of Object.values(sizes)) {
    assert.not.match(part.code, /\bnew Function\(/, `${part.name}: new Function`)
    assert.not.match(part.code, /\beval\(/, `${part.name}: eval`)
    assert.not.match(part.code, /^\s*(import|export)\b/m, `${part.name}: ES module syntax`)
  }
})

test.run()
