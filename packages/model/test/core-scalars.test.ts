import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { isScalar, Schema, type ScalarTag } from 'yaml'
import { resolveCorePlain } from '../src/yaml/core-scalars.js'

// The oracle: the tags of yaml's core schema (as `parseAllDocuments` resolves plain scalars).
const tags = new Schema({ schema: 'core', merge: true }).tags.filter((t): t is ScalarTag => !('collection' in t && t.collection) && t.default === true && t.test !== undefined)
function yamlsValue(source: string): unknown {
  for (const tag of tags) {
    if (!tag.test!.test(source)) continue
    const resolved: unknown = tag.resolve(source, () => {}, {})
    return isScalar(resolved) ? resolved.value : resolved
  }
  return source
}

test('plain scalars resolve as yaml’s core schema resolves them', () => {
  const samples = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'on', '0', '-0', '+12', '007', '0o17', '0o8', '0x1F', '0X1F', '0b1', '1_000', '.5', '5.', '-1.5e3', '1e5', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'nan', '1:30', '2024-01-01', '9007199254740993', 'abc']
  for (const s of samples) assert.equal(resolveCorePlain(s), yamlsValue(s), s)
  const numberish = fc.stringMatching(/^[-+]?[0-9.eExo_a-fA-F]{0,8}$/)
  fc.assert(fc.property(fc.oneof(numberish, fc.string({ maxLength: 6 })), (s) => Object.is(resolveCorePlain(s), yamlsValue(s)) || Number.isNaN(resolveCorePlain(s))), { numRuns: 5000 })
})

test('every text one of the core schema’s tests matches resolves as yaml resolves it, whatever its first character', () => {
  const matching = fc.oneof(...tags.map((t) => fc.stringMatching(t.test!)))
  fc.assert(fc.property(matching, (s) => Object.is(resolveCorePlain(s), yamlsValue(s)) || (Number.isNaN(resolveCorePlain(s)) && Number.isNaN(yamlsValue(s)))), { numRuns: 5000 })
})

test.run()
