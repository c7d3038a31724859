// The bundled examples convert without errors, and their committed outputs are the truth.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, danglingReferences } from 'composeform'
import { nodeHost, discoverComposeFiles } from '@composeform/cli'
import { expectGolden } from './support/golden.js'

const root = join(import.meta.dirname, '..', 'examples')
for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  test(`example ${name} converts, and its outputs match examples/${name}/out/`, () => {
    const dir = join(root, name)
    const result = convert({ files: discoverComposeFiles('.', dir), host: nodeHost(dir), projectDirectory: '.', directoryName: name, emit: ['cfn-yaml', 'cfn-json'] })
    assert.equal(result.diagnostics.filter((d) => d.severity === 'error'), [])
    assert.ok(result.graph)
    assert.equal(danglingReferences(result.graph), [])
    for (const file of result.files) expectGolden(file.contents, join(dir, 'out', file.path))
  })
}

test.run()
