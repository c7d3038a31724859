// The generated compose-spec validator is compiled without ajv's `verbose` option;
// withErrorContext must give each error exactly what `verbose` would have: `schema`,
// `parentSchema` and `data`. Checked against ajv compiling the same schema verbose at run time.
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject } from 'ajv'
import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { AJV_OPTIONS, PUSH_ERROR, REPORT_ERROR, SCHEMA_FILE, VALIDATOR_FILE, compactErrorPushes, compactRepeatedCode, literalListParams, sharedPatternSources, withoutAnnotations, withoutUnusedParentData } from '../scripts/generate-schema-validator.mjs'
import { schema, validate } from '../src/generated/compose-spec-validator.js'
import { withErrorContext } from '../src/schema/error-context.js'

const compiled = withoutAnnotations(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')))
delete compiled.$schema
const { code: _code, ...options } = AJV_OPTIONS
const verbose = new Ajv({ ...options, verbose: true, messages: false }).compile(compiled)

// The errors, or 'throws' (ajv's `uniqueItems` compares null-prototype objects with
// fast-deep-equal, which calls their missing `valueOf`; checkSchema reports that).
function errorsOf(check: typeof verbose | typeof validate, document: unknown): ErrorObject[] | 'throws' {
  try {
    return check(document) ? [] : [...(check.errors ?? [])]
  } catch {
    return 'throws'
  }
}

function assertSameAsVerbose(document: unknown): number {
  const expected = errorsOf(verbose, document)
  const errors = errorsOf(validate, document)
  if (expected === 'throws' || errors === 'throws') {
    assert.is(errors, expected, JSON.stringify(document))
    return 0
  }
  const actual = errors.map((error) => withErrorContext(error, schema, document))
  assert.is(actual.length, expected.length, JSON.stringify(document))
  actual.forEach((error, i) => {
    const want = expected[i]!
    const at = `${JSON.stringify(document)}: error ${i} (${want.keyword} at ${want.instancePath})`
    const contextKeys = ['schema', 'parentSchema', 'data']
    assert.equal(Object.keys(error).filter((key) => !contextKeys.includes(key)), Object.keys(want).filter((key) => !contextKeys.includes(key)), `${at}: fields`)
    assert.is(error.keyword, want.keyword, at)
    assert.is(error.instancePath, want.instancePath, at)
    assert.equal(error.params, want.params, at)
    assert.equal(error.schema, want.schema, at)
    assert.equal(error.parentSchema, want.parentSchema, at)
    assert.ok(Object.is(error.data, want.data), `${at}: data`)
  })
  return expected.length
}

test('the schema is compiled without annotations, and the exported schema is that one', () => {
  assert.equal(schema, compiled)
  assert.not.match(JSON.stringify(schema), /"description":"/)
  assert.ok(JSON.stringify(compiled).includes('"enum":'), 'enum values are data, kept')
})

test('withoutAnnotations drops annotation keywords, not property names or data spelt the same', () => {
  const input = {
    description: 'd',
    title: 't',
    properties: { description: { type: 'string', default: 'x' }, title: { enum: [{ description: 'kept' }] } },
    oneOf: [{ type: 'null', deprecated: true }],
  }
  assert.equal(withoutAnnotations(input), {
    properties: { description: { type: 'string' }, title: { enum: [{ description: 'kept' }] } },
    oneOf: [{ type: 'null' }],
  })
})

test('every keyword the schema uses: the looked-up context equals verbose ajv', () => {
  const documents: unknown[] = [
    [],
    { services: null, networks: 3 },
    { services: { web: { image: 1, ports: [true, { target: 'x', published: {} }], restart: 'sometimes' } } },
    { services: { web: { imagee: 'x', build: { context: '.', unknown: 1 }, deploy: { resources: { limits: { cpus: [] } } } } } },
    { services: { web: { image: 'x', cpu_shares: 'a', links: ['a', 'a'], volumes: [{ type: 'bind' }], container_name: '-x' } } },
    { services: { web: { image: 'x', depends_on: { db: { condition: 'later' } }, healthcheck: { test: 3 }, 'x-ok': 1 } } },
    { services: { web: { image: 'x', extends: { files: 'a' }, environment: [1, { a: 1 }], ulimits: { nofile: { soft: 'a' } } } } },
    { services: { 'bad name': { image: 'x', oom_score_adj: 2000, blkio_config: { weight: 5000 } } }, volumes: { v: { driver_opts: { a: [] } } } },
    { services: { web: { image: 'x', gpus: [{ count: 'x' }], develop: { watch: [{ path: 1 }] }, configs: [{ sourc: 'a' }] } } },
    { secrets: { s: { file: 1, external: 'yes' } }, configs: { c: { content: 2 } }, models: { m: { model: 1 } }, include: [{ path: 3 }] },
  ]
  const total = documents.reduce<number>((sum, document) => sum + assertSameAsVerbose(document), 0)
  assert.ok(total > 40, `only ${total} errors checked`)
})

test('compose-shaped documents: the looked-up context equals verbose ajv', () => {
  const keys = fc.constantFrom('image', 'ports', 'volumes', 'environment', 'depends_on', 'build', 'deploy', 'resources', 'limits', 'command', 'healthcheck', 'test', 'target', 'type', 'condition', 'x-a', '', 'a/b~c')
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
    ),
  })).node
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom('web', 'db', 'my app'), fc.dictionary(keys, value, { maxKeys: 6 })), (services) => {
      assertSameAsVerbose({ services })
    }),
    { numRuns: 300 },
  )
})

test('compactErrorPushes: one call per error report, reportError for the usual four fields, the rest untouched', () => {
  const code = 'if(a){const err0 = {instancePath,params:{x: "a;b"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}' +
    'const err1 = {instancePath:"/x"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;' +
    'const err2 = {instancePath:instancePath+"/a" + k.replace(/~/g, "~0"),schemaPath:"#/properties/a/type",keyword:"type",params:{type: "{}"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;' +
    'const err3 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^a$"},propertyName:k};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;' +
    'const err4 = {instancePath,schemaPath:"#/properties/a",keyword:"false schema",params:{}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;return errors === 0;'
  assert.is(
    compactErrorPushes(code),
    'if(a){vErrors = pushError(vErrors, {instancePath,params:{x: "a;b"}});errors++;}vErrors = pushError(vErrors, {instancePath:"/x"});errors++;' +
      'vErrors = reportError(vErrors, instancePath+"/a" + k.replace(/~/g, "~0"), "#/properties/a/type", {type: "{}"});errors++;' +
      'vErrors = pushError(vErrors, {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^a$"},propertyName:k});errors++;' +
      'vErrors = pushError(vErrors, {instancePath,schemaPath:"#/properties/a",keyword:"false schema",params:{}});errors++;return errors === 0;\n' +
      `${PUSH_ERROR}\n${REPORT_ERROR}`,
  )
  assert.throws(() => compactErrorPushes('const err0 = {};vErrors.push(err0);'), /not reported in the expected form/)
  assert.throws(() => compactErrorPushes('vErrors.push(x);'), /long form/)
})

test('reportError builds the error ajv would have', () => {
  const reportError = new Function(`${PUSH_ERROR}\n${REPORT_ERROR}\nreturn reportError`)() as (errors: unknown[] | null, ...fields: unknown[]) => unknown[]
  const error = { instancePath: '/a', schemaPath: '#/definitions/x/properties/a/type', keyword: 'type', params: { type: 'string' } }
  const errors = reportError(null, '/a', error.schemaPath, error.params)
  assert.equal(errors, [error])
  assert.equal(Object.keys(errors[0]!), Object.keys(error))
  assert.is(reportError(errors, '', '#/required', { missingProperty: 'b' }), errors)
  assert.equal(errors[1], { instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'b' } })
})

test('withoutUnusedParentData: left out of signatures and calls only when the code never reads them', () => {
  const code = 'function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){return validate2(data.a, {instancePath:instancePath+"/a",parentData:data,parentDataProperty:"a",rootData}) && validate2(data, {instancePath,parentData,parentDataProperty,rootData});}'
  assert.is(withoutUnusedParentData(code), 'function validate1(data, {instancePath=""}={}){return validate2(data.a, {instancePath:instancePath+"/a"}) && validate2(data, {instancePath});}')
  const reads = code.replace('return ', 'if(parentData){return false;}return ')
  assert.is(withoutUnusedParentData(reads), reads)
})

test('compactRepeatedCode: pointer escapes and appended errors become helper calls, each helper declared once when used', () => {
  const code = 'f(instancePath+"/" + key0.replace(/~/g, "~0").replace(/\\//g, "~1"));vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);errors = vErrors.length;'
  const compacted = compactRepeatedCode(code)
  const [body, ...helpers] = compacted.split('\n')
  assert.is(body, 'f(instancePath+"/" + escapePointerSegment(key0));vErrors = appendErrors(vErrors, validate2.errors);errors = vErrors.length;')
  assert.equal(helpers.map((helper) => /^function (\w+)/.exec(helper)?.[1]), ['escapePointerSegment', 'appendErrors'])
  const run = (source: string, vErrors: unknown) => new Function('key0', 'validate2', `const instancePath = '/x';let vErrors = ${JSON.stringify(vErrors)};let errors = 0;const f = (path) => {vErrors = [...(vErrors ?? []), path];};${source}\nreturn [vErrors, errors];`)('a/~b', { errors: [1] })
  for (const start of [null, [0]]) assert.equal(run(compacted, start), run(code, start))
  assert.is(compactRepeatedCode('return errors === 0;'), 'return errors === 0;')
})

test('compactRepeatedCode: the shorter type checks agree with ajv\'s on every kind of value', () => {
  const checks = [
    'if(data && typeof data == "object" && !Array.isArray(data)){return 1;}return 0;',
    'if(!(data && typeof data == "object" && !Array.isArray(data))){return 1;}return 0;',
    'if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){return 1;}return 0;',
    'if((typeof data == "number") && (isFinite(data))){return 1;}return 0;',
    'if(!((typeof data == "number") && (isFinite(data)))){return 1;}return 0;',
  ]
  const values = [null, undefined, 0, -0, 1, -3, 1.5, NaN, Infinity, -Infinity, 2 ** 60, '', '1', 'a', true, false, [], [1], {}, { a: 1 }]
  for (const check of checks) {
    const compacted = compactRepeatedCode(check)
    assert.is.not(compacted, check)
    const ajvs = new Function('data', check) as (data: unknown) => number
    const ours = new Function('data', compacted) as (data: unknown) => number
    for (const value of values) assert.is(ours(value), ajvs(value), `${compacted} for ${String(value)}`)
  }
})

test('sharedPatternSources: a pattern that errors report is one string, shared by the expression and the params', () => {
  const code = 'const pattern0 = new RegExp("^a\\\\.b$", "u");const pattern1 = new RegExp("^x-", "u");if(!pattern0.test(data)){f({pattern: "^a\\\\.b$"});}if(!pattern1.test(key)){g();}'
  assert.is(
    sharedPatternSources(code),
    'const pattern0Source = "^a\\\\.b$";const pattern0 = new RegExp(pattern0Source, "u");const pattern1 = new RegExp("^x-", "u");if(!pattern0.test(data)){f({pattern: pattern0Source});}if(!pattern1.test(key)){g();}',
  )
})

test('literalListParams: a list the errors read from the schema is written out, and a constant nothing reads goes', () => {
  const root = { type: 'object', definitions: { a: { properties: { b: { type: ['boolean', 'string'], enum: [true, 'x'] } } }, 'c-d': { type: 'string' } } }
  const code = 'const schema0 = {};const schema1 = schema0.definitions.a;const schema2 = schema0.definitions["c-d"];f({type: schema1.properties.b.type});g({allowedValues: schema1.properties["b"].enum});h({type: "string"});'
  assert.is(literalListParams(code, root, 'schema0'), 'const schema0 = {};f({type: ["boolean","string"]});g({allowedValues: [true,"x"]});h({type: "string"});')
  assert.throws(() => literalListParams('const schema0 = {};f({type: schema0.type});', root, 'schema0'), /is not a list/)
})

test('the generated validator reports every error through reportError or pushError and shares the definitions with the root', () => {
  const js = readFileSync(VALIDATOR_FILE, 'utf8')
  assert.not.match(js, /vErrors\.push\(|const err\d+ = |parentData|rootData/)
  assert.match(js, /const schema\d+ = schema\d+\.definitions\.service;/)
  assert.match(js, /\{const definitionPath = "#\/definitions\/service";let vErrors = null;/)
  assert.not.match(js, /"#\/definitions\/[^"]*\//)
  assert.not.match(js, /\{(type|allowedValues): schema/)
  assert.is(js.split('.replace(/~/g, "~0")').length, 2, 'one pointer escape, in escapePointerSegment')
  assert.not.match(js, /vErrors\.concat\(/)
  assert.ok(js.includes(`\n${PUSH_ERROR}\n${REPORT_ERROR}\n`))
  assert.ok(js.endsWith(`\nexport const schema = ${/export const schema = (schema\d+);/.exec(js)?.[1]};\n`))
})

test.run()
