import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, ref, Reporter, SourceFiles, type ResourceGraph, type ResourceNode } from '@composeform/model'
import { checkEcs, type EcsProject } from '@composeform/validate'
import { toGraph } from '../src/index.js'
import { AWS_LIMITS, reportAwsLimits } from '../src/aws-limits.js'

const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'

function project(): EcsProject {
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => (p === 'compose.yaml' ? compose : undefined), resolve: joinPath } })
  return checkEcs(loaded.value, { mode: 'default' }).value
}

function codes(graph: ResourceGraph, ecs: EcsProject): string[] {
  const reporter = new Reporter('convert')
  reportAwsLimits(graph, ecs, reporter)
  return reporter.finish(new SourceFiles()).map((d) => d.code)
}

const rule = (i: number, listener: string): ResourceNode => ({
  id: `Rule${i}`,
  type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
  properties: { ListenerArn: ref(listener), Priority: i + 1, Actions: [], Conditions: [] },
  dependsOn: [],
})

test('listener rules are counted per load balancer, across its listeners', () => {
  const ecs = project()
  const graph = toGraph(ecs).value
  const listener = graph.nodes.find((n) => n.type === 'AWS::ElasticLoadBalancingV2::Listener')!
  const second: ResourceNode = { ...listener, id: 'SecondListener' }
  const rules = (n: number) => Array.from({ length: n }, (_, i) => rule(i, i % 2 === 0 ? listener.id : second.id))
  assert.equal(codes({ ...graph, nodes: [...graph.nodes, second, ...rules(AWS_LIMITS.rulesPerLoadBalancer)] }, ecs), [])
  assert.equal(codes({ ...graph, nodes: [...graph.nodes, second, ...rules(AWS_LIMITS.rulesPerLoadBalancer + 1)] }, ecs), ['LOAD_BALANCER_TOO_MANY_RULES'])
})

test('resources, parameters and outputs added by an `x-aws-cloudformation` overlay count too, once each', () => {
  const ecs = project()
  const graph = toGraph(ecs).value
  const fill = (n: number, prefix: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, {}]))
  const spare = AWS_LIMITS.resourcesPerStack - graph.nodes.length
  // Overlaying an existing resource patches it: it is not one more.
  const patch = { [graph.nodes[0]!.id]: { Properties: {} } }
  assert.equal(codes({ ...graph, overlay: { Resources: { ...fill(spare, 'Extra'), ...patch } } }, ecs), [])
  assert.equal(
    codes({ ...graph, overlay: { Resources: fill(spare + 1, 'Extra'), Parameters: fill(AWS_LIMITS.parametersPerTemplate, 'P'), Outputs: fill(AWS_LIMITS.outputsPerTemplate, 'O') } }, ecs),
    ['CFN_TOO_MANY_RESOURCES', 'CFN_TOO_MANY_PARAMETERS', 'CFN_TOO_MANY_OUTPUTS'],
  )
})

test.run()
