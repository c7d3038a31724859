import { readFileSync } from 'node:fs'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { SUPPORT_DECLARATION_FILE, SUPPORT_FILE, generateAttributeSupport } from '../scripts/generate-attribute-support.mjs'
import { attributeConditions } from '../src/attribute-conditions.js'
import { attributeTable } from '../src/attribute-table.js'
import { attributeSupport } from '../src/generated/attribute-support.js'

test('the run-time attribute table matches a fresh generation from the table', () => {
  const { js, dts } = generateAttributeSupport(attributeTable, attributeConditions)
  assert.ok(readFileSync(SUPPORT_FILE, 'utf8') === js, 'src/generated/attribute-support.js is stale: run node packages/validate/scripts/generate-attribute-support.mjs')
  assert.ok(readFileSync(SUPPORT_DECLARATION_FILE, 'utf8') === dts, 'src/generated/attribute-support.d.ts is stale: run node packages/validate/scripts/generate-attribute-support.mjs')
})

test('it has every pattern of the table, in order, with what the walk reports and nothing of the documentation', () => {
  assert.equal(attributeSupport.map(([pattern]) => pattern), attributeTable.map(([pattern]) => pattern))
  attributeTable.forEach(([pattern, support], i) => {
    const runtime = attributeSupport[i]![1] as Record<string, unknown>
    assert.is(runtime['status'], support.status, pattern)
    assert.not.ok('to' in runtime || 'rule' in runtime, pattern)
    if ('why' in support && support.status !== 'covered') assert.is(runtime['why'], support.why, pattern)
    if (support.status === 'incompatible') assert.equal([runtime['code'], runtime['hint'], runtime['when']], [support.code, support.hint, support.when], pattern)
  })
})

test.run()
