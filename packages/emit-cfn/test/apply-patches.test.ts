import { readPatch, type PatchFile } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { applyPatches, cfnJson, cfnYaml, toTemplate, type Template } from '../src/index.js'
import { deepFreeze, graphOf, node } from './helpers.js'

const patch = (text: string, path = 'p.yaml'): PatchFile => {
  const read = readPatch({ path, text })
  if (!read.value) throw new Error(JSON.stringify(read.diagnostics))
  return read.value
}
const graph = () => graphOf({ nodes: [node('WebService', { DesiredCount: 1, Tags: [{ Key: 'a', Value: 'b' }] }), node('Bucket', { Rules: [] })], overlay: { Resources: { Bucket: { DeletionPolicy: 'Retain' } } } })
const template = (): Template => deepFreeze(toTemplate(graph()))

test('operations apply in order, over the overlay, to a copy', () => {
  const base = template()
  const { value, diagnostics } = applyPatches(base, [
    patch('- {op: replace, path: /Resources/WebService/Properties/DesiredCount, value: 3}\n- {op: add, path: /Resources/WebService/Properties/Tags/-, value: {Key: c, Value: d}}\n'),
    patch('- {op: test, path: /Resources/Bucket/DeletionPolicy, value: Retain}\n- {op: move, from: /Resources/Bucket, path: /Resources/Logs}\n'),
  ])
  assert.equal(diagnostics, [])
  const resources = value.Resources as Record<string, { Properties?: Record<string, unknown> }>
  assert.is(resources.WebService!.Properties!.DesiredCount, 3)
  assert.equal(resources.WebService!.Properties!.Tags, [{ Key: 'a', Value: 'b' }, { Key: 'c', Value: 'd' }])
  assert.equal(Object.keys(resources), ['WebService', 'Logs'])
  assert.equal(base, toTemplate(graph()), 'the input is unchanged')
})

test('no patches: the very same template', () => {
  const base = template()
  assert.is(applyPatches(base, []).value, base)
})

test('a missing key fails with the operation, its position and a did-you-mean', () => {
  const { value, diagnostics } = applyPatches(template(), [patch('- {op: remove, path: /Outputs}\n', 'a.yaml'), patch('- {op: test, path: /AWSTemplateFormatVersion, value: "2010-09-09"}\n- {op: replace, path: /Resources/WebServce/Properties/DesiredCount, value: 2}\n', 'b.yaml')])
  assert.equal(value, template(), 'nothing applies when one operation fails')
  assert.is(diagnostics.length, 1)
  const [d] = diagnostics
  assert.is(d!.code, 'PATCH_FAILED')
  assert.is(d!.message, 'Operation 0 of a.yaml (`remove` at `/Outputs`) does not apply: `/Outputs` does not exist.')
  assert.equal(d!.location?.start, { line: 1, column: 3, offset: 2 })
  assert.match(d!.hint!, /^Keys of the template: AWSTemplateFormatVersion, Resources\.$/)
  const second = applyPatches(template(), [patch('- {op: replace, path: /Resources/WebServce/Properties/DesiredCount, value: 2}\n')]).diagnostics[0]!
  assert.match(second.hint!, /^Did you mean `WebService`\? Keys of `\/Resources`: Bucket, WebService\./)
})

test('failed tests, bad indexes and missing from paths say what is there', () => {
  const fail = (text: string) => applyPatches(template(), [patch(text)]).diagnostics[0]!
  assert.match(fail('- {op: test, path: /Resources/WebService/Properties/DesiredCount, value: 2}\n').hint!, /has `1` at/)
  assert.match(fail('- {op: replace, path: /Resources/WebService/Properties/Tags/5, value: 2}\n').hint!, /list of 1 item; index it with 0 to 0/)
  assert.match(fail('- {op: copy, from: /Resources/Nope, path: /Resources/X}\n').message, /`\/Resources\/Nope` does not exist/)
  assert.match(fail('- {op: add, path: /Resources/WebService/Type/x, value: 1}\n').hint!, /which has no keys/)
  assert.match(fail('- {op: test, path: /Resources/WebService/Properties/Tags/0/Key, value: z}\n').hint!, /has `"a"` at/)
  assert.match(fail('- {op: remove, path: /Resources/WebService/Properties/Tags/0/Nope}\n').hint!, /Keys of `\/Resources\/WebService\/Properties\/Tags\/0`: Key, Value\./)
  assert.match(fail('- {op: add, path: /Resources/WebService/Properties/Tags/5, value: 1}\n').hint!, /`\/Resources\/WebService\/Properties\/Tags` is a list of 1; use an index within it, or `-` to append\./)
  assert.match(fail('- {op: remove, path: /Resources/Bucket/Properties/Rules/0/x}\n').hint!, /^`\/Resources\/Bucket\/Properties\/Rules` is an empty list\.$/)
  assert.match(fail('- {op: remove, path: /Resources/a~1b~0c/x}\n').message, /`\/Resources\/a~1b~0c` does not exist/)
})

test('an operation that leaves no Resources mapping fails', () => {
  for (const text of ['- {op: remove, path: /Resources}\n', '- {op: replace, path: "", value: 1}\n', '- {op: replace, path: /Resources, value: []}\n']) {
    const { diagnostics } = applyPatches(template(), [patch(text)])
    assert.match(diagnostics[0]?.message ?? '', /without a `Resources` mapping/, text)
  }
})

test('the template emitters apply patches handed in as `patch`, and report a failure instead of a file', () => {
  const patches = [patch('- {op: replace, path: /Resources/WebService/Properties/DesiredCount, value: 7}\n')]
  const apply = (t: Template) => applyPatches(t, patches)
  assert.ok(cfnJson.emit(graph(), { patch: apply }).value[0]!.contents.includes('"DesiredCount": 7'))
  assert.ok(cfnYaml.emit(graph(), { patch: apply }).value[0]!.contents.includes('DesiredCount: 7'))
  const bad = cfnYaml.emit(graph(), { patch: (t) => applyPatches(t, [patch('- {op: remove, path: /Nope}\n')]) })
  assert.equal(bad.value, [])
  assert.equal(bad.diagnostics.map((d) => d.code), ['PATCH_FAILED'])
})

test('pointers reach members only: never the prototype, never inherited properties', () => {
  for (const operation of [
    { op: 'add', path: '/__proto__/polluted', value: 1 },
    { op: 'add', path: '/Resources/constructor/prototype/polluted', value: 1 },
    { op: 'remove', path: '/Resources/isPrototypeOf' },
    { op: 'copy', from: '/Resources/toString', path: '/Resources/X' },
  ] as const) {
    // Hand-made: readPatch would refuse the first two with a position.
    const handMade: PatchFile = { file: 'x', steps: [{ index: 0, operation }] }
    const { diagnostics } = applyPatches(template(), [handMade])
    assert.equal(diagnostics.map((d) => d.code), ['PATCH_FAILED'], operation.path)
  }
  assert.is(({} as Record<string, unknown>).polluted, undefined)
})

test.run()
