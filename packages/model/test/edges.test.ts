import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { collectEdges, collectRefs, danglingReferences, literal, ref, sub, type ResourceGraph, type ResourceNode } from '../src/index.js'

const node = (id: string, properties: ResourceNode['properties'] = {}, extra: Partial<ResourceNode> = {}): ResourceNode => ({ id, type: 'AWS::S3::Bucket', properties, dependsOn: [], ...extra })
const graphOf = (parts: Partial<ResourceGraph>): ResourceGraph => ({ description: '', parameters: [], conditions: [], nodes: [], outputs: [], ...parts })

const complete = graphOf({
  parameters: [{ id: 'Vpc', type: 'String', description: '' }],
  conditions: [{ id: 'IsProd', expression: { $equals: [ref('Vpc'), ''] } }],
  nodes: [
    node('B', { List: [ref('A', 'Arn'), { Deep: sub('x', ref('AWS::Region'), ref('Vpc')) }] }, { dependsOn: ['A'], condition: 'IsProd' }),
    node('A', { Name: ref('Vpc') }),
  ],
  outputs: [{ id: 'Out', description: '', value: ref('B', 'Arn') }],
})

test('collectRefs: every reference with its own path, pseudo parameters included', () => {
  const refs = collectRefs(complete.nodes[0]!.properties, ['Properties'])
  assert.equal(refs, [
    { to: 'A', attribute: 'Arn', at: ['Properties', 'List', 0] },
    { to: 'AWS::Region', at: ['Properties', 'List', 1, 'Deep', '$sub', 1] },
    { to: 'Vpc', at: ['Properties', 'List', 1, 'Deep', '$sub', 2] },
  ])
})

test('collectEdges: sorted by from, to, kind and path; pseudo parameters left out', () => {
  const edges = collectEdges(complete).map((e) => `${e.from}>${e.to}:${e.kind}@${e.at.join('.')}`)
  assert.equal(edges, ['A>Vpc:ref@Name', 'B>A:dependsOn@', 'B>A:getAtt@List.0', 'B>IsProd:condition@', 'B>Vpc:ref@List.1.Deep.$sub.2', 'Out>B:getAtt@'])
})

test('danglingReferences: none in a complete graph', () => {
  assert.equal(danglingReferences(complete), [])
})

test('danglingReferences: each kind of missing target, as sorted edges', () => {
  const broken = graphOf({
    ...complete,
    nodes: [node('B', { P: [ref('Gone')] }, { dependsOn: ['Missing'], condition: 'NoSuchCondition' }), node('A', { Q: ref('IsProd') })],
    outputs: [{ id: 'Out', description: '', value: sub(ref('Lost', 'Arn')) }],
  })
  const dangling = danglingReferences(broken).map((e) => `${e.from}>${e.to}:${e.kind}`)
  assert.equal(dangling, ['A>IsProd:ref', 'B>Gone:ref', 'B>Missing:dependsOn', 'B>NoSuchCondition:condition', 'Out>Lost:getAtt'])
  for (const only of [{ dependsOn: ['Missing'] }, { condition: 'NoSuchCondition' }]) {
    assert.is(danglingReferences(graphOf({ nodes: [node('A', {}, only)] })).length, 1)
  }
  assert.is(danglingReferences(graphOf({ outputs: [{ id: 'O', description: '', value: ref('Nope') }] })).length, 1)
})

test('literal JSON is text: no reference inside it, and it wraps only JSON with a `$` key', () => {
  const labels = literal({ $ref: 'Missing', attribute: 'Arn' })
  assert.equal(labels, { $literal: { $ref: 'Missing', attribute: 'Arn' } })
  const plain = { a: 'b', c: [{ d: 1 }] }
  assert.is(literal(plain), plain)
  const nested = { Statement: [{ Condition: { StringEquals: { $ref: 'Nope' } } }] }
  assert.equal(literal(nested), { $literal: nested }, 'a $ key at any depth')
  assert.equal(collectRefs({ Doc: literal(nested) }), [])
  assert.equal(collectRefs({ Labels: labels, Other: ref('A') }), [{ to: 'A', at: ['Other'] }])
  const graph = graphOf({ nodes: [node('A', { Labels: labels, Single: literal({ $ref: 'Nope' }) })] })
  assert.equal(danglingReferences(graph), [])
})

test.run()
