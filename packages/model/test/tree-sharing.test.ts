import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { interpolateNode } from '../src/interpolation/interpolate-node.js'
import { textLength } from '../src/load/expansion-budget.js'
import { dropResets } from '../src/merge/merge-nodes.js'
import { sortKeysDeep, withSortedKeys } from '../src/normalize/plain.js'
import { Reporter } from '../src/report.js'
import { parseYaml } from '../src/yaml/parse-yaml.js'
import { toPlain, type MapNode, type Node } from '../src/yaml/node.js'

const parse = (text: string): MapNode => parseYaml(text, 'f.yaml').documents[0] as MapNode
const at = (node: Node, ...keys: string[]): Node => keys.reduce((n, k) => (n as MapNode).entries.get(k)!.value, node)

test('dropResets keeps a tree without tags, and rebuilds only what has a reset or a collection tag', () => {
  const plain = parse('a:\n  b: [1, 2]\nc: x\n')
  assert.is(dropResets(plain), plain)
  const tagged = parse('a:\n  b: !reset [1]\n  c: 1\nd: !override\n  e: 1\nf:\n  g: 2\nh: [!reset 1, 2]\ns: !override x\n')
  const dropped = dropResets(tagged)
  assert.equal(toPlain(dropped), { a: { c: 1 }, d: { e: 1 }, f: { g: 2 }, h: [2], s: 'x' })
  assert.is(at(dropped, 'd').tag, undefined, 'a mapping loses its tag')
  assert.is(at(dropped, 's').tag, '!override', 'a scalar keeps its tag')
  assert.is(at(dropped, 'f'), at(tagged, 'f'), 'an untouched subtree is kept')
})

test('interpolation keeps the nodes that have nothing to substitute', () => {
  const root = parse('a:\n  b: [x, "${V}"]\n  c: plain\nd:\n  e: 1\n')
  const reporter = new Reporter()
  const done = interpolateNode(root, (name) => (name === 'V' ? 'value' : undefined), reporter)
  assert.equal(toPlain(done), { a: { b: ['x', 'value'], c: 'plain' }, d: { e: 1 } })
  assert.is(at(done, 'd'), at(root, 'd'))
  assert.is.not(at(done, 'a'), at(root, 'a'))
  assert.is(at(done, 'a', 'c'), at(root, 'a', 'c'))
  assert.equal(toPlain(at(root, 'a', 'b')), ['x', '${V}'], 'the input is not changed')
})

test('withSortedKeys sorts like sortKeysDeep, and keeps what is in order already', () => {
  const sorted = { a: { b: [1, { c: 1, d: 2 }], e: null }, f: 'x' }
  assert.is(withSortedKeys(sorted), sorted)
  const mixed = { f: 'x', a: { e: null, b: [1, { d: 2, c: 1 }] }, g: { h: [1, 2] }, ['10']: 1, ['9']: 2 }
  const out = withSortedKeys(mixed)
  assert.equal(out, sortKeysDeep(mixed))
  assert.equal(JSON.stringify(out), JSON.stringify(sortKeysDeep(mixed)), 'the same key order')
  assert.is(out.g, mixed.g, 'a sorted subtree is kept')
  assert.is.not(out.a, mixed.a)
  assert.is(out.a.b[0], 1)
  const proto = JSON.parse('{"z": 1, "__proto__": {"b": 1, "a": 2}}') as Record<string, unknown>
  assert.equal(Object.keys(withSortedKeys(proto)), ['__proto__', 'z'])
})

test('withSortedKeys counts the text it walks as textLength does, shared values once per place', () => {
  const shared = { long: 'x'.repeat(40), list: [1, true, null, 'ab'] }
  const values: unknown[] = [{ b: shared, a: shared, c: [shared, 'é'] }, 'text', 7, null, [], {}, JSON.parse('{"__proto__": {"k": "v"}}')]
  for (const value of values) {
    const tally = { length: 0 }
    withSortedKeys(value, tally)
    assert.is(tally.length, textLength(value, Number.MAX_SAFE_INTEGER), JSON.stringify(value))
  }
})

test.run()
