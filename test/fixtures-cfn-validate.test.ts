// Every fixture template must pass AWS's offline CloudFormation validator with no FATAL or ERROR.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { blockingFindings, validateTemplate } from './support/cfn-validate.js'

const root = join(import.meta.dirname, '..', 'fixtures')
for (const name of readdirSync(root).sort()) {
  for (const file of ['template.json', 'template.yaml']) {
    const path = join(root, name, file)
    if (!existsSync(path)) continue
    test(`AWS's validator accepts fixtures/${name}/${file}`, () => {
      const findings = blockingFindings(validateTemplate(readFileSync(path, 'utf8'), file.endsWith('.json') ? 'json' : 'yaml'))
      assert.equal(findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}: ${f.message}`), [])
    })
  }
}

test.run()
