import type { Path, ResourceNode } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { GraphBuilder } from '../src/graph-builder.js'

const resource = (id: string, dependsOn: string[] = []): ResourceNode => ({ id, type: 'AWS::SNS::Topic', properties: {}, dependsOn })

test('an id added twice keeps the first resource and names who added it first and who now', () => {
  const collisions: [string, Path | undefined, Path | undefined][] = []
  const builder = new GraphBuilder((id, first, second) => collisions.push([id, first, second]))
  builder.add(resource('Cluster'))
  const web: Path = ['services', 'web']
  const api: Path = ['services', 'api']
  builder.owner = web
  builder.add(resource('WebService'))
  builder.add(resource('Shared'))
  builder.owner = api
  builder.add(resource('ApiService'))
  builder.add(resource('Shared', ['ApiService']))
  builder.add(resource('Cluster'))
  builder.owner = undefined
  builder.add(resource('ApiService'))
  assert.equal(collisions, [
    ['Shared', web, api],
    ['Cluster', undefined, api],
    ['ApiService', api, undefined],
  ])
  const graph = builder.build('d')
  assert.equal(graph.nodes.map((n) => n.id), ['ApiService', 'Cluster', 'Shared', 'WebService'])
  assert.equal(graph.nodes.find((n) => n.id === 'Shared')!.dependsOn, [], 'the first resource is kept')
})

test('an id the project adds twice, or added twice without a collision handler, is a converter bug', () => {
  const builder = new GraphBuilder(() => undefined)
  builder.add(resource('Cluster'))
  assert.throws(() => builder.add(resource('Cluster')), /resource Cluster added twice/)
  const bare = new GraphBuilder()
  bare.owner = ['services', 'web']
  bare.add(resource('WebService'))
  assert.throws(() => bare.add(resource('WebService')), /added twice/)
})

test('dependencies become a sorted set; a resource with one or none is kept as given', () => {
  const builder = new GraphBuilder()
  const single = resource('A', ['B'])
  builder.add(single)
  builder.add(resource('C', ['B', 'A', 'B']))
  const [a, c] = builder.build('d').nodes
  assert.is(a, single)
  assert.equal(c!.dependsOn, ['A', 'B'])
})

test.run()
