import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { diagnosticCodes, diagnosticStages, diagnosticTitles } from '@composeform/model'

const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'diagnostics.md'), 'utf8')
const rows = doc
  .split('\n')
  .filter((line) => /^\| <a id="[a-z0-9_]+"><\/a>`/.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, code, severity, stage, title]) => ({ code: code!.replace(/<a id="[a-z0-9_]+"><\/a>/, '').replace(/`/g, ''), severity, stage, title }))

test('every row has an anchor named after its code, for links from SARIF', () => {
  for (const line of doc.split('\n').filter((l) => l.startsWith('| <a id='))) {
    const [, anchor, code] = /^\| <a id="([a-z0-9_]+)"><\/a>`([A-Z0-9_]+)`/.exec(line)!
    assert.is(anchor, code!.toLowerCase())
  }
})

test('docs/diagnostics.md lists exactly the codes of the catalog, in order', () => {
  assert.equal(
    rows.map((r) => r.code),
    Object.keys(diagnosticCodes),
  )
})

test('docs/diagnostics.md agrees with the catalog on severity, stage and meaning', () => {
  for (const row of rows) {
    const code = row.code as keyof typeof diagnosticCodes
    assert.equal({ code, severity: row.severity, stage: row.stage, title: row.title }, { code, severity: diagnosticCodes[code], stage: diagnosticStages[code], title: diagnosticTitles[code] })
  }
})

test('the catalog is in alphabetical order', () => {
  const codes = Object.keys(diagnosticCodes)
  assert.equal(codes, [...codes].sort())
})

test.run()
