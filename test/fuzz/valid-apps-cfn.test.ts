// Generated valid applications through AWS's offline CloudFormation validator. The validator
// costs ~2 s to construct and ~50–100 ms a template, so this runs few, seeded, apps.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import fc from 'fast-check'
import { convert, danglingReferences } from 'composeform'
import { blockingFindings, validateTemplate } from '../support/cfn-validate.js'
import { runs } from './support/runs.js'
import { validApp } from './support/valid-app.js'

function convertApp(app: unknown) {
  return convert({ sources: { 'compose.yaml': JSON.stringify(app) }, projectName: 'fuzz', emit: ['cfn-json', 'cfn-yaml'] })
}

test('templates of valid generated apps pass the AWS validator without FATAL or ERROR findings', () => {
  fc.assert(
    fc.property(validApp, (app) => {
      const result = convertApp(app)
      assert.equal(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [])
      assert.ok(result.graph)
      assert.equal(danglingReferences(result.graph), [])
      const template = result.files.find((f) => f.path === 'template.json')!.contents
      const blocking = blockingFindings(validateTemplate(template, 'json'))
      assert.equal(blocking.map((f) => `${f.ruleId} ${f.path}: ${f.message}`), [], `the validator rejects the template of\n${JSON.stringify(app, null, 2)}`)
    }),
    runs(303, 30),
  )
})

test('converting the same input twice gives byte-identical files and the same diagnostics', () => {
  fc.assert(
    fc.property(validApp, (app) => {
      const first = convertApp(app)
      const second = convertApp(app)
      assert.equal(second.files, first.files)
      assert.equal(second.diagnostics, first.diagnostics)
    }),
    runs(304, 40),
  )
})

test.run()
