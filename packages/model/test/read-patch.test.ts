import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { readPatch } from '../src/index.js'

const read = (text: string) => readPatch({ path: 'p.yaml', text })
const codes = (text: string) => read(text).diagnostics.map((d) => `${d.code} ${d.location?.start.line}:${d.location?.start.column}`)

test('a JSON patch becomes operations with their positions', () => {
  const { value, diagnostics } = readPatch({ path: 'p.json', text: '[\n  {"op": "remove", "path": "/Outputs"},\n  {"op": "copy", "from": "/a", "path": "/b"}\n]\n' })
  assert.equal(diagnostics, [])
  assert.equal(value?.steps.map((s) => [s.index, s.operation, s.location?.start.line]), [
    [0, { op: 'remove', path: '/Outputs' }, 2],
    [1, { op: 'copy', path: '/b', from: '/a' }, 3],
  ])
})

test('YAML works too, and a null value is kept', () => {
  const { value } = read('- op: add\n  path: /Resources/X/Properties/Y\n  value: null\n- {op: test, path: "", value: {a: [1]}}\n')
  assert.equal(value?.steps.map((s) => s.operation), [
    { op: 'add', path: '/Resources/X/Properties/Y', value: null },
    { op: 'test', path: '', value: { a: [1] } },
  ])
})

test('a document that is not a list of operations is PATCH_INVALID', () => {
  assert.equal(codes('{op: add, path: /x, value: 1}\n'), ['PATCH_INVALID 1:1'])
  assert.equal(codes(''), ['PATCH_INVALID 1:1'])
  assert.equal(codes('[]\n---\n[]\n'), ['PATCH_INVALID 3:1'])
  assert.is(read('{op: add, path: /x, value: 1}\n').value, undefined)
})

test('each bad operation is reported where it is written', () => {
  assert.equal(codes('- 1\n- {path: /x}\n- {op: replce, path: /x, value: 1}\n- {op: move, path: /x}\n- {op: add, path: x, value: 1}\n- {op: replace, path: /x}\n'), [
    'PATCH_INVALID 1:3',
    'PATCH_INVALID 2:3',
    'PATCH_INVALID 3:8',
    'PATCH_INVALID 4:3',
    'PATCH_INVALID 5:19',
    'PATCH_INVALID 6:3',
  ])
  const hint = read('- {op: replce, path: /x, value: 1}\n').diagnostics[0]!.hint
  assert.is(hint, 'Did you mean `replace`?')
})

test('paths through __proto__, constructor or prototype are refused', () => {
  for (const path of ['/__proto__/polluted', '/Resources/constructor/prototype/x', '/a/constructor']) {
    const { value, diagnostics } = read(`- {op: add, path: "${path}", value: 1}\n`)
    assert.is(value, undefined)
    assert.equal(diagnostics.map((d) => d.code), ['PATCH_INVALID'], path)
  }
  assert.equal(codes('- {op: copy, from: /__proto__, path: /x}\n'), ['PATCH_INVALID 1:20'])
})

test('JSON Pointer escapes are understood', () => {
  assert.equal(read('- {op: remove, path: "/a~1b/c~0d"}\n').diagnostics, [])
  assert.equal(codes('- {op: remove, path: "/a~2b"}\n'), ['PATCH_INVALID 1:22'])
})

test('YAML problems keep their own codes', () => {
  assert.equal(codes('- {op: add\n'), ['YAML_SYNTAX 2:1'])
})

test("a CloudFormation short-form tag is UNKNOWN_TAG at the tag, saying how to write the long form (not compose's tags)", () => {
  const { value, diagnostics } = read('- {op: add, path: /Resources/WebService/Properties/Tags/-, value: {Key: vpc, Value: !Ref VpcId}}\n')
  assert.is(value, undefined)
  assert.equal(diagnostics.map((d) => [d.code, d.location?.start.line, d.message, d.hint]), [
    ['UNKNOWN_TAG', 1, "The YAML tag `!Ref` has no meaning in a patch file, which takes CloudFormation's intrinsic functions in their long form only.", 'Write `{Ref: VpcId}` for `!Ref VpcId`, `{Fn::Sub: …}` for `!Sub …`, `{Fn::GetAtt: [Id, Attr]}` for `!GetAtt Id.Attr`.'],
  ])
})

test.run()
