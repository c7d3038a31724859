import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { danglingReferences, type ResourceGraph, type ResourceNode } from '@composeform/model'
import { splitIntoNestedStacks, type SplitGraph } from '../src/index.js'
import { convertCompose as convert } from './support/convert-compose.js'

const split = (graph: ResourceGraph): SplitGraph => splitIntoNestedStacks(graph, (s) => `stacks/${s.id}.yaml`)
const stackOf = (out: SplitGraph, id: string): string => out.stacks.find((s) => s.graph.nodes.some((n) => n.id === id))?.id ?? 'root'

/** The nested stacks' `DependsOn` on each other, as `from->to`; fails the test on a cycle. */
function stackOrder(out: SplitGraph): string[] {
  const stacks = new Map(out.root.nodes.filter((n) => n.type === 'AWS::CloudFormation::Stack').map((n) => [n.id, n.dependsOn.filter((d) => out.stacks.some((s) => s.id === d))]))
  const done = new Set<string>()
  const visit = (id: string, path: string[]): void => {
    assert.not.ok(path.includes(id), `the stacks wait for each other in a cycle: ${[...path, id].join(' -> ')}`)
    if (done.has(id)) return
    for (const next of stacks.get(id) ?? []) visit(next, [...path, id])
    done.add(id)
  }
  for (const id of stacks.keys()) visit(id, [])
  return [...stacks].flatMap(([from, to]) => to.map((t) => `${from}->${t}`)).sort()
}

const sharedListener = `
services:
  a:
    image: nginx
    depends_on: [b]
    ports:
      - {target: 80, published: "80", x-aws-rule: {path: /a/*}}
  b:
    image: nginx
    ports: ["80:80"]
`

test('a listener several services share stays in the root, though its origin is the first service\'s port: the stacks wait for each other in no cycle', () => {
  const graph = convert(sharedListener)
  assert.equal(graph.nodes.find((n) => n.id === 'LoadBalancerTCP80Listener')?.origin?.slice(0, 2), ['services', 'a'])
  const out = split(graph)
  assert.is(stackOf(out, 'LoadBalancerTCP80Listener'), 'root')
  // b's port is the listener's fallback: its target group goes with the listener.
  assert.is(stackOf(out, 'BTCP80TargetGroup'), 'root')
  for (const id of ['AService', 'ATCP80ListenerRule', 'ATCP80TargetGroup']) assert.is(stackOf(out, id), 'AStack', id)
  assert.is(stackOf(out, 'BService'), 'BStack')
  assert.equal(stackOrder(out), ['AStack->BStack'])
  assert.ok(out.root.nodes.find((n) => n.id === 'BStack')!.dependsOn.includes('LoadBalancerTCP80Listener'))
  assert.equal(danglingReferences(out.root), [])
  for (const stack of out.stacks) assert.equal(danglingReferences(stack.graph), [], stack.id)
})

const node = (id: string, service: string, dependsOn: string[], type = 'AWS::CloudFormation::WaitConditionHandle'): ResourceNode => ({ id, type, properties: {}, dependsOn, origin: ['services', service] })
const graphOf = (nodes: ResourceNode[]): ResourceGraph => ({ description: 'test', parameters: [], conditions: [], nodes, outputs: [] })

test('what a stack waits for in another stack, other than its ECS service, stays in the root', () => {
  const out = split(graphOf([node('AService', 'a', ['BReady'], 'AWS::ECS::Service'), node('BReady', 'b', []), node('BService', 'b', ['BReady'], 'AWS::ECS::Service')]))
  assert.is(stackOf(out, 'BReady'), 'root')
  assert.is(stackOf(out, 'AService'), 'AStack')
  assert.is(stackOf(out, 'BService'), 'BStack')
  assert.equal(stackOrder(out), [])
})

test('ECS services waiting for each other across stacks in a circle: a waited-for one moves to the root, the stacks are ordered without a cycle', () => {
  // Acyclic as resources (BWaits → AService → BService), cyclic as stacks (A → B → A).
  const graph = graphOf([node('AService', 'a', ['BService'], 'AWS::ECS::Service'), node('BService', 'b', [], 'AWS::ECS::Service'), node('BWaits', 'b', ['AService'])])
  const out = split(graph)
  stackOrder(out)
  assert.is(stackOf(out, 'AService'), 'root')
  assert.equal(out.stacks.flatMap((s) => s.graph.nodes).length + out.root.nodes.filter((n) => n.type !== 'AWS::CloudFormation::Stack').length, graph.nodes.length)
  assert.equal(danglingReferences(out.root), [])
})

test.run()
