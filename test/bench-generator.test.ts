// The benchmark's generated applications (bench/generate.ts) are valid and deterministic.
// No timings here: the bench measures, the tests only check its input.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, danglingReferences } from 'composeform'
import { generateApp } from '../bench/generate.js'

for (const n of [10, 50]) {
  test(`a generated application of ${n} services converts with no error, deterministically`, () => {
    const app = generateApp(n)
    assert.equal(generateApp(n).files, app.files, 'the same seed gives the same files')
    assert.is(app.plan.services.length, n)
    const published = app.plan.services.flatMap((s) => s.ports.flatMap((p) => (p.published === undefined ? [] : [p.published])))
    assert.is(new Set(published).size, published.length, 'published ports are unique')
    assert.ok(app.files['compose.override.yaml']!.includes('replicas:'), 'the override file changes something')
    assert.match(app.files['compose.yaml']!, /\$\{[A-Z_]+:-[^}]*\}/)
    const options = { sources: app.files, files: app.composeFiles, environment: {}, emit: ['cfn-yaml', 'cfn-json'] }
    const first = convert(options)
    assert.equal(first.diagnostics.filter((d) => d.severity === 'error'), [])
    assert.ok(first.graph)
    assert.equal(danglingReferences(first.graph), [])
    assert.is(first.files.length, 2)
    assert.match(first.files.find((f) => f.path === 'template.yaml')!.contents, 'Value: debug', 'the override is applied')
    assert.equal(convert(options).files, first.files, 'the same input gives the same templates')
  })
}

test('different seeds give different applications', () => {
  assert.is.not(generateApp(10, 1).files['compose.yaml'], generateApp(10, 2).files['compose.yaml'])
})

test.run()
