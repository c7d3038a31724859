import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { attributeTable, renderCompatibilityMarkdown } from '@composeform/validate'
import { expectGolden } from './support/golden.js'

test('docs/compatibility.md is generated from the attribute table', () => {
  expectGolden(renderCompatibilityMarkdown(), join(import.meta.dirname, '..', 'docs', 'compatibility.md'))
})

test('every attribute appears once in the table', () => {
  const patterns = attributeTable.map(([p]) => p)
  assert.equal(patterns.length, new Set(patterns).size)
})

test.run()
