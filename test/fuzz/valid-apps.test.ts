import { test } from 'uvu'
import * as assert from 'uvu/assert'
import fc from 'fast-check'
import { convert, danglingReferences, type ConvertResult } from 'composeform'
import { stringify } from 'yaml'
import { assertWellFormed } from '../hostile/support/well-formed.js'
import { runs } from './support/runs.js'
import { shuffleKeys, validApp } from './support/valid-app.js'

function convertText(text: string): ConvertResult {
  const sources = { 'compose.yaml': text }
  const result = convert({ sources, projectName: 'fuzz', emit: ['cfn-json', 'cfn-yaml'] })
  assertWellFormed(result, sources)
  return result
}

const errors = (result: ConvertResult): string =>
  result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.message}`)
    .join('\n')

test('valid generated apps convert without errors, and every reference in the graph resolves', () => {
  fc.assert(
    fc.property(validApp, (app) => {
      const result = convertText(JSON.stringify(app))
      assert.is(errors(result), '')
      assert.ok(result.graph)
      assert.equal(danglingReferences(result.graph), [])
      assert.equal(result.files.map((f) => f.path).sort(), ['template.json', 'template.yaml'])
    }),
    runs(301, 120),
  )
})

test('the output does not depend on the order map keys are written in, nor on JSON versus YAML', () => {
  fc.assert(
    fc.property(validApp, fc.integer({ min: 1, max: 1_000_000 }), (app, seed) => {
      const first = convertText(JSON.stringify(app))
      const shuffled = convertText(JSON.stringify(shuffleKeys(app, seed)))
      const yaml = convertText(stringify(shuffleKeys(app, seed + 1)))
      assert.is(errors(first), '')
      for (const other of [shuffled, yaml]) {
        assert.equal(other.files.map((f) => f.contents), first.files.map((f) => f.contents))
        assert.equal(other.diagnostics.map((d) => `${d.code} ${d.message}`).sort(), first.diagnostics.map((d) => `${d.code} ${d.message}`).sort())
      }
    }),
    runs(302, 80),
  )
})

test.run()
