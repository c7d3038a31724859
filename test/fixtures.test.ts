import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { readCaseFiles } from './support/fixture-case.js'
import { expectGolden } from './support/golden.js'
import { runStages } from './support/run-stages.js'

const root = join(import.meta.dirname, '..', 'fixtures')
const outputNames = new Set(['model.json', 'diagnostics.json', 'graph.json', 'template.json', 'template.yaml', 'taskdefs.json'])

for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  test(`fixture ${name}`, () => {
    const dir = join(root, name)
    const files = readCaseFiles(dir)
    const inputs = new Map([...files].filter(([file]) => !outputNames.has(file)))
    const { outputs, read } = runStages(inputs)
    for (const [file, contents] of outputs) expectGolden(contents, join(dir, file))
    const stray = [...files.keys()].filter((file) => !outputs.has(file) && !read.has(file)).sort()
    assert.equal(stray, [], `files in fixtures/${name} that no stage reads or writes (delete them, or list them under "inputs" in options.json)`)
  })
}

test.run()
