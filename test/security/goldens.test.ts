// `composeform check --security` reviews of the examples (examples/*/out/security.{txt,json})
// and of the fixtures with the most secrets and networking options: the golden diff shows how a change moves the
// security posture of real templates.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, renderSecurityReview, reviewSecurity, toTemplate, type Template } from 'composeform'
import { discoverComposeFiles, nodeHost } from '@composeform/cli'
import { expectGolden } from '../support/golden.js'

const repo = join(import.meta.dirname, '..', '..')
const examples = join(repo, 'examples')

for (const name of readdirSync(examples, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  test(`example ${name}: its security review matches examples/${name}/out/security.*`, () => {
    const dir = join(examples, name)
    const result = convert({ files: discoverComposeFiles('.', dir), host: nodeHost(dir), projectDirectory: '.', directoryName: name, emit: [] })
    assert.ok(result.graph)
    const review = reviewSecurity(toTemplate(result.graph))
    expectGolden(renderSecurityReview(review), join(dir, 'out', 'security.txt'))
    expectGolden(JSON.stringify(review, null, 2) + '\n', join(dir, 'out', 'security.json'))
  })
}

// The secrets fixture, and the networking options: scheme, redirect, rules, internal networks.
for (const name of ['secrets-file-and-external', 'lb-host-path-rules', 'lb-internal', 'network-internal']) {
  test(`fixture ${name}: the review of its committed template.json`, () => {
    const file = join(repo, 'fixtures', name, 'template.json')
    const review = reviewSecurity(JSON.parse(readFileSync(file, 'utf8')) as Template)
    expectGolden(renderSecurityReview(review), join(import.meta.dirname, 'goldens', `${name}.txt`))
  })
}

test.run()
