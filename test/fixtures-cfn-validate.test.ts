// Every fixture and example template must pass AWS's offline CloudFormation validator with no FATAL or ERROR.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { blockingFindings, validateTemplate } from './support/cfn-validate.js'

const repo = join(import.meta.dirname, '..')
const folders = [
  ...readdirSync(join(repo, 'fixtures')).sort().map((name) => `fixtures/${name}`),
  ...readdirSync(join(repo, 'examples')).sort().map((name) => `examples/${name}/out`),
]
for (const folder of folders) {
  for (const file of ['template.json', 'template.yaml']) {
    const path = join(repo, folder, file)
    if (!existsSync(path)) continue
    test(`AWS's validator accepts ${folder}/${file}`, () => {
      const findings = blockingFindings(validateTemplate(readFileSync(path, 'utf8'), file.endsWith('.json') ? 'json' : 'yaml'))
      assert.equal(findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}: ${f.message}`), [])
    })
  }
}

test.run()
