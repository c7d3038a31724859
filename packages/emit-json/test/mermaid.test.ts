import { ref, sub } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { mermaid } from '../src/index.js'
import { mermaidId, mermaidLabel } from '../src/mermaid-text.js'
import { graphOf, node, parameter } from './graphs.js'
import { fixtureFiles, graphFromFiles } from './pipeline.js'

const chart = (graph: Parameters<typeof mermaid.emit>[0]) => mermaid.emit(graph).value[0]!.contents

test('one file, graph.mmd, no diagnostics', () => {
  assert.is(mermaid.name, 'mermaid')
  const { value, diagnostics } = mermaid.emit(graphOf())
  assert.equal(diagnostics, [])
  assert.equal(value.map((f) => f.path), ['graph.mmd'])
  assert.is(value[0]!.contents, 'flowchart LR\n')
})

test('a small graph: service subgraphs, the project subgraph, referenced parameters, labelled arrows', () => {
  const graph = graphOf({
    parameters: [parameter('Subnets', { type: 'List<AWS::EC2::Subnet::Id>' }), parameter('Unused'), parameter('OnlyInCondition')],
    conditions: [{ id: 'C', expression: { $equals: [ref('OnlyInCondition'), ''] } }],
    nodes: [
      node('Cluster', 'AWS::ECS::Cluster', {}, { condition: 'C' }),
      node('DbService', 'AWS::ECS::Service', { Cluster: ref('Cluster') }, { origin: ['services', 'db'] }),
      node('LogGroup', 'AWS::Logs::LogGroup'),
      node('WebService', 'AWS::ECS::Service', { Cluster: ref('Cluster', 'Arn'), Name: sub(ref('Cluster'), '-web'), Subnets: ref('Subnets') }, { origin: ['services', 'web'], dependsOn: ['Cluster', 'DbService'] }),
      node('WebTCP80Listener', 'AWS::ElasticLoadBalancingV2::Listener', { Region: ref('AWS::Region') }, { origin: ['services', 'web', 'ports', 0] }),
    ],
    outputs: [{ id: 'LogGroupName', description: '', value: ref('LogGroup') }],
  })
  assert.is(
    chart(graph),
    [
      'flowchart LR',
      '  subgraph s_db["db"]',
      '    r_DbService["DbService<br/>ECS::Service"]',
      '  end',
      '  subgraph s_web["web"]',
      '    r_WebService["WebService<br/>ECS::Service"]',
      '    r_WebTCP80Listener["WebTCP80Listener<br/>ElasticLoadBalancingV2::Listener"]',
      '  end',
      '  subgraph project["project"]',
      '    r_Cluster["Cluster<br/>ECS::Cluster"]',
      '    r_LogGroup["LogGroup<br/>Logs::LogGroup"]',
      '    p_Subnets[/"Subnets<br/>Parameter"/]',
      '  end',
      '  r_DbService -->|ref| r_Cluster',
      '  r_WebService -->|ref,getAtt,dependsOn| r_Cluster',
      '  r_WebService -.->|dependsOn| r_DbService',
      '  r_WebService -->|ref| p_Subnets',
      '',
    ].join('\n'),
  )
})

test('ids are safe for Mermaid: prefixed (no `end` keyword), other characters escaped; labels escaped', () => {
  assert.is(mermaidId('r', 'end'), 'r_end')
  assert.is(mermaidId('s', 'my.web-1'), 's_my_2e_web_2d_1')
  assert.is.not(mermaidId('s', 'a-b'), mermaidId('s', 'a_b'))
  assert.is(mermaidLabel('a "b" <c> #1 & d'), 'a #34;b#34; #60;c#62; #35;1 #38; d')
  const graph = graphOf({ nodes: [node('End', 'Custom::Thing', {}, { origin: ['services', 'my.web-1'] })] })
  assert.is(chart(graph), 'flowchart LR\n  subgraph s_my_2e_web_2d_1["my.web-1"]\n    r_End["End<br/>Custom::Thing"]\n  end\n')
})

test('services are ordered by name, whatever the node order', () => {
  const graph = graphOf({
    nodes: [node('AService', 'AWS::ECS::Service', {}, { origin: ['services', 'zeta'] }), node('BService', 'AWS::ECS::Service', {}, { origin: ['services', 'alpha'] })],
  })
  const text = chart(graph)
  assert.ok(text.indexOf('s_alpha') < text.indexOf('s_zeta'))
})

test('origins outside services (networks, none) go to the project subgraph', () => {
  const graph = graphOf({ nodes: [node('BackendNetwork', 'AWS::EC2::SecurityGroup', {}, { origin: ['networks', 'backend'] }), node('X', 'AWS::S3::Bucket', {}, { origin: ['services'] })] })
  assert.is(chart(graph), 'flowchart LR\n  subgraph project["project"]\n    r_BackendNetwork["BackendNetwork<br/>EC2::SecurityGroup"]\n    r_X["X<br/>S3::Bucket"]\n  end\n')
})

test('the real pipeline: every resource once, every arrow between drawn nodes, one arrow per pair', () => {
  const graph = graphFromFiles(fixtureFiles('convert-multi-service'))
  const text = chart(graph)
  const lines = text.trimEnd().split('\n')
  const declared = lines.map((l) => /^\s+([rp]_\w+)\[/.exec(l)?.[1]).filter((id): id is string => id !== undefined)
  assert.is(new Set(declared).size, declared.length)
  for (const n of graph.nodes) assert.ok(declared.includes(`r_${n.id}`), n.id)
  const arrows = lines.map((l) => /^ {2}(\S+) (?:-->|-\.->)\|[a-zA-Z,]+\| (\S+)$/.exec(l)).filter((m) => m !== null)
  assert.is(arrows.length, lines.filter((l) => l.includes('->')).length)
  for (const [, from, to] of arrows) assert.ok(declared.includes(from!) && declared.includes(to!), `${from} -> ${to}`)
  assert.is(new Set(arrows.map((m) => `${m[1]} ${m[2]}`)).size, arrows.length)
  assert.equal(lines.filter((l) => l.includes('subgraph')).map((l) => l.trim()), [
    'subgraph s_api["api"]',
    'subgraph s_cache["cache"]',
    'subgraph s_mqtt["mqtt"]',
    'subgraph s_web["web"]',
    'subgraph project["project"]',
  ])
  assert.is(lines.filter((l) => l.trim() === 'end').length, 5)
  assert.ok(lines.includes('  r_WebService -->|ref| r_WebTaskDefinition'))
  assert.ok(lines.includes('  r_WebScalableTarget -->|getAtt,dependsOn| r_WebService'))
  assert.ok(lines.includes('    p_Subnets[/"Subnets<br/>Parameter"/]'))
})

test('deterministic', () => {
  assert.is(chart(graphFromFiles(fixtureFiles('convert-multi-service'))), chart(graphFromFiles(fixtureFiles('convert-multi-service'))))
})

test.run()
