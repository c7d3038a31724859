// The x-aws validators are compiled without ajv's `verbose` option and without titles and
// descriptions; withErrorContext must give each error exactly what a verbose validator compiled
// from the registry's schemas would have: `schema`, `parentSchema` and `data`.
import { withErrorContext } from '@composeform/model'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { AJV_OPTIONS } from '../scripts/generate-x-aws-validators.mjs'
import { validators } from '../src/generated/x-aws-validators.js'
import { AWS_EXTENSIONS, type AwsExtensionName } from '../src/x-aws/schemas/index.js'

const { code: _code, ...options } = AJV_OPTIONS
const ajv = new Ajv({ ...options, verbose: true })
const names = Object.keys(AWS_EXTENSIONS) as AwsExtensionName[]
const verbose = Object.fromEntries(names.map((name) => [name, ajv.compile(structuredClone(AWS_EXTENSIONS[name].schema))])) as Record<AwsExtensionName, ValidateFunction>

function errorsOf(check: (data: unknown) => boolean, errors: () => ErrorObject[] | null | undefined, value: unknown): ErrorObject[] {
  return check(value) ? [] : [...(errors() ?? [])]
}

function assertSameAsVerbose(name: AwsExtensionName, value: unknown): number {
  const expected = errorsOf(verbose[name], () => verbose[name].errors, value)
  const validate = validators[name]
  const actual = errorsOf(validate, () => validate.errors, value).map((error) => withErrorContext(error, AWS_EXTENSIONS[name].schema, value))
  assert.is(actual.length, expected.length, `${name}: ${JSON.stringify(value)}`)
  actual.forEach((error, i) => {
    const want = expected[i]!
    const at = `${name}: ${JSON.stringify(value)}: error ${i} (${want.keyword} at ${want.instancePath})`
    const contextKeys = ['schema', 'parentSchema', 'data']
    assert.equal(Object.keys(error).filter((key) => !contextKeys.includes(key)), Object.keys(want).filter((key) => !contextKeys.includes(key)), `${at}: fields`)
    assert.is(error.keyword, want.keyword, at)
    assert.is(error.instancePath, want.instancePath, at)
    assert.is(error.schemaPath, want.schemaPath, at)
    assert.equal(error.params, want.params, at)
    assert.equal(error.schema, want.schema, at)
    assert.equal(error.parentSchema, want.parentSchema, at)
    assert.ok(Object.is(error.data, want.data), `${at}: data`)
  })
  return expected.length
}

// Every property name the schema mentions, to build values that reach deep into it.
function propertyNamesIn(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNamesIn(item, into)
  else if (typeof schema === 'object' && schema !== null) {
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === 'properties' && typeof value === 'object' && value !== null) for (const key of Object.keys(value)) into.add(key)
      propertyNamesIn(value, into)
    }
  }
  return into
}

test('hand-picked invalid values: the looked-up context equals verbose ajv', () => {
  const values: unknown[] = [null, 'x', -1, 1.5, 100000000, [], [1, 1], {}, { unknown: 1 }, [{}], [{ weight: 5000, base: -1 }]]
  let total = 0
  for (const name of names) for (const value of values) total += assertSameAsVerbose(name, value)
  total += assertSameAsVerbose('x-aws-autoscaling', { min: 5, max: 2, cpu: 50 })
  assert.ok(total > 100, `only ${total} errors checked`)
})

test('generated values for every extension: the looked-up context equals verbose ajv', () => {
  for (const name of names) {
    const keys = fc.constantFrom(...propertyNamesIn(AWS_EXTENSIONS[name].schema), 'other')
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(keys, tie('node'), { maxKeys: 5 }),
      ),
    })).node
    fc.assert(
      fc.property(value, (v) => {
        assertSameAsVerbose(name, v)
      }),
      { numRuns: 60 },
    )
  }
})

test.run()
