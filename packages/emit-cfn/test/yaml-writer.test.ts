import type { ResourceGraph } from '@composeform/model'
import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { toTemplate } from '../src/index.js'
import { unrenderedTemplate } from '../src/to-template.js'
import type { JsonObject } from '../src/json.js'
import type { Template } from '../src/template.js'
import { YamlWriter } from '../src/yaml-writer.js'
import { graph, json, oddValue } from './arbitraries.js'
import { documentYaml } from './document-yaml.js'
import { richGraph } from './graphs.js'
import { graphOf, node } from './helpers.js'

function assertSameAsDocument(template: Template | JsonObject): void {
  for (const shortForm of [true, false]) {
    assert.is(new YamlWriter(shortForm).write(template), documentYaml(template, shortForm), `shortForm: ${shortForm}`)
  }
}

test('rich graph: the writer and yaml Document write the same bytes', () => {
  assertSameAsDocument(toTemplate(richGraph()))
})

test('random graphs: the writer and yaml Document write the same bytes', () => {
  fc.assert(fc.property(graph, (g) => assertSameAsDocument(toTemplate(g))), { numRuns: 300 })
})

test('graph values rendered while writing: the same bytes as writing the rendered template', () => {
  const same = (g: ResourceGraph) => {
    for (const shortForm of [true, false]) {
      assert.is(new YamlWriter(shortForm).write(unrenderedTemplate(g), true), new YamlWriter(shortForm).write(toTemplate(g)), `shortForm: ${shortForm}`)
    }
  }
  const { overlay: _overlay, ...rich } = richGraph()
  same(rich)
  const withoutOverlay = graph.map(({ overlay: _o, ...g }) => g)
  fc.assert(fc.property(withoutOverlay, same), { numRuns: 300 })
  const oddGraph = fc.dictionary(fc.string({ maxLength: 4 }), oddValue, { maxKeys: 4, noNullPrototype: true }).map((properties) => graphOf({ nodes: [node('R', properties, { metadata: properties })] }))
  fc.assert(fc.property(oddGraph, same), { numRuns: 500 })
})

test('id sections written entry by entry: the same bytes as the sections as objects, whatever the ids', () => {
  const same = (ids: string[], outputs: string[] = []) => {
    const g = graphOf({ nodes: ids.map((id) => node(id, { N: id })), outputs: outputs.map((id) => ({ id, description: '', value: { $ref: ids[0]! } })) })
    for (const shortForm of [true, false]) {
      assert.is(new YamlWriter(shortForm).write(unrenderedTemplate(g), true), new YamlWriter(shortForm).write(toTemplate(g)), `${ids.join(',')} shortForm: ${shortForm}`)
    }
  }
  same(['Alpha', 'Beta', 'Gamma', 'Delta'], ['One', 'Two', 'Three'])
  // An object lists integer keys first: `9` before `10`, both before `A`.
  same(['10', '9', 'A', 'B'], ['2', '1', 'x'])
  // A section of one or two entries may read as a short form (`!Ref`) or a reference.
  same(['Ref'], ['Condition'])
  same(['$ref', 'attribute'])
  same(['Fn::GetAtt'], ['Ref', 'Value'])
  same(['x'.repeat(1100), 'y'.repeat(1100), 'Z'])
})

test('random JSON at any depth, multi-line and marker text, long and odd keys', () => {
  const odd = fc.constantFrom('--- a', '...', '%x', 'a\n--- b', 'a\n...\n', '  a\n b', 'x'.repeat(1030), 'y\n'.repeat(600), '# c', 'a\n\n\nb  \n', '\n a', '  ')
  const map = fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), odd), fc.oneof(json, odd), { maxKeys: 5, noNullPrototype: true })
  const nested = fc.tuple(map, map, fc.array(fc.oneof(json, odd, map), { maxLength: 4 })).map(([a, b, c]) => ({ A: a, '--- b': { Deep: b, L: c }, L: [c, [a]] }) as JsonObject)
  fc.assert(fc.property(nested, assertSameAsDocument), { numRuns: 300 })
  fc.assert(fc.property(map, (m) => assertSameAsDocument(m as JsonObject)), { numRuns: 300 })
})

test('more distinct texts than the caches hold: the same bytes as yaml Document', () => {
  // The writer's caches start again after 4 096 texts: what is written before that and after,
  // and again once more, must not change.
  const entries: [string, string][] = []
  for (let i = 0; i < 6000; i++) entries.push([`Key${i}`, i % 3 === 0 ? `plain-${i}` : i % 3 === 1 ? `yes ${i}: quoted` : 'on'])
  const template = { Resources: Object.fromEntries(entries), Again: Object.fromEntries(entries.slice(0, 50)), Last: Object.fromEntries(entries.slice(-50)) }
  assertSameAsDocument(template as JsonObject)
})

test('one writer reused: the second document is written as the first', () => {
  const template = toTemplate(richGraph())
  const writer = new YamlWriter(true)
  assert.is(writer.write(template), writer.write(template))
})

test.run()
