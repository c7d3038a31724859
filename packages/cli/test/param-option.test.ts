import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert } from 'composeform'
import { paramNames, unknownParamProblem } from '../src/param-names.js'
import { cli, project } from './support/run-cli.js'

const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n'

function graphOf(text: string) {
  const result = convert({ sources: { 'compose.yaml': text }, emit: ['ecs-json'] })
  return result.graph!
}

test('paramNames: the template parameters, the pseudo parameters, and the references ecs-json resolves', () => {
  const names = paramNames(graphOf(compose), [])
  for (const name of ['Subnets', 'VpcId', 'ExistingCluster', 'AWS::Region', 'AWS::AccountId', 'LogGroup', 'WebTaskExecutionRole.Arn', 'LoadBalancer.DNSName']) assert.ok(names.has(name), name)
  // Resources nothing refers to, and AWS::NoValue, take no value.
  for (const name of ['WebService', 'WebTaskExecutionRole', 'AWS::NoValue', 'Subnet']) assert.not.ok(names.has(name), name)
})

test('paramNames: parameters of an x-aws-cloudformation overlay and of a patch count too; labels (literal JSON) do not', () => {
  const graph = graphOf(`${compose}    labels: {a: b}\nx-aws-cloudformation:\n  Parameters:\n    Stage: {Type: String}\n`)
  const patches = [
    { path: 'one.yaml', text: '- {op: add, path: /Parameters/Tier, value: {Type: String}}\n- {op: add, path: /Outputs/X, value: {Value: x}}\n' },
    { path: 'two.json', text: '[{"op": "replace", "path": "/Parameters", "value": {"Zone": {"Type": "String"}}}]' },
    { path: 'broken.yaml', text: 'not: a patch\n' },
  ]
  const names = paramNames(graph, patches)
  for (const name of ['Stage', 'Tier', 'Zone']) assert.ok(names.has(name), name)
  assert.not.ok(names.has('X'))
})

test('paramNames: Fn::ImportValue of a graph is named ImportValue:<export>', () => {
  const graph = graphOf(compose)
  const withImport = { ...graph, outputs: [...graph.outputs, { id: 'Imported', description: '', value: { $import: 'shared-vpc' } }] }
  assert.ok(paramNames(withImport, []).has('ImportValue:shared-vpc'))
})

test('unknownParamProblem: the first unknown name, with the nearest known one or the parameters to choose from', () => {
  const names = paramNames(graphOf(compose), [])
  assert.is(unknownParamProblem({ Subnets: 'a', VpcId: 'b', 'AWS::Region': 'eu-west-1' }, names), undefined)
  assert.is(unknownParamProblem({ Subnet: 'a' }, names), '--param `Subnet` names no template parameter, pseudo parameter or value the template refers to; did you mean `Subnets`?')
  assert.match(unknownParamProblem({ 'AWS::Regoin': 'x' }, names)!, 'did you mean `AWS::Region`?')
  assert.match(unknownParamProblem({ Nothing: 'x' }, names)!, "the template's parameters are AssignPublicIp, Cluster, ExistingCluster,")
  assert.match(unknownParamProblem({ Nothing: 'x' }, new Set(['AWS::Region']))!, "the template's parameters are none")
})

test('convert, check and graph refuse a --param name that matches nothing (exit 2, nothing written)', () => {
  const dir = project({ 'compose.yaml': compose })
  for (const command of ['convert', 'check', 'graph']) {
    const { code, stdout, stderr } = cli([command, '--param', 'VpcId=vpc-1', '--param', 'Subnet=subnet-1'], dir)
    assert.is(code, 2, command)
    assert.is(stdout, '', command)
    assert.match(stderr, /^composeform: --param `Subnet` names no template parameter, pseudo parameter or value the template refers to; did you mean `Subnets`\?\n/, command)
  }
  const written = cli(['convert', '--format', 'ecs-json', '-o', 'out', '--param', 'Subnets=subnet-1', '--param', 'WebTaskExecutionRole.Arn=arn:aws:iam::1:role/x', '--param', 'AWS::Region=eu-west-1'], dir)
  assert.is(written.code, 0, written.stderr)
  const taskdef = JSON.parse(readFileSync(join(dir, 'out', 'ecs', 'web.taskdef.json'), 'utf8'))
  assert.is(taskdef.executionRoleArn, 'arn:aws:iam::1:role/x')
})

test('a --param name a patch or an overlay adds to the template is accepted; a project with errors reports them (exit 1)', () => {
  const dir = project({
    'compose.yaml': `${compose}x-aws-cloudformation:\n  Parameters:\n    Stage: {Type: String}\n`,
    'p.yaml': '- {op: add, path: /Parameters/Tier, value: {Type: String}}\n',
    'bad.yaml': 'services:\n  web:\n    image: [nginx]\n',
  })
  const { code, stderr } = cli(['convert', '-o', 'out', '--patch', 'p.yaml', '--param', 'Stage=prod', '--param', 'Tier=web'], dir)
  assert.is(code, 0, stderr)
  assert.match(stderr, 'Stage=prod')
  assert.match(stderr, 'Tier=web')
  const broken = cli(['convert', '-f', 'bad.yaml', '--param', 'Nothing=x'], dir)
  assert.is(broken.code, 1, broken.stderr)
  assert.not.match(broken.stderr, '--param')
})

test.run()
