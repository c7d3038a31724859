import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, parseCfnYaml } from '../src/index.js'

const sources = { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n' }
const ecsParams = { path: 'ecs-params.yml', text: 'task_definition:\n  task_size: {cpu_limit: 512, mem_limit: 1024}\nrun_params:\n  network_configuration:\n    awsvpc_configuration: {subnets: [subnet-a, subnet-b]}\n' }
const patch = { path: 'scale.patch.json', text: '[{"op": "replace", "path": "/Resources/WebService/Properties/DesiredCount", "value": 4}]' }

test('ecsParams and patches in one call: the template has both, ECS JSON only the mapping', () => {
  const { files, diagnostics, project } = convert({ sources, ecsParams, patches: [patch], emit: ['cfn-yaml', 'cfn-json', 'ecs-services-json', 'ecs-json'] })
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), [])
  assert.is(project.model.services.web!.deploy?.resources?.limits?.cpus, 0.5, 'result.project is the mapped project')
  const yaml = parseCfnYaml(files.find((f) => f.path === 'template.yaml')!.contents) as { Resources: Record<string, { Properties: Record<string, unknown> }>; Parameters: Record<string, { Default?: string }> }
  const json = JSON.parse(files.find((f) => f.path === 'template.json')!.contents)
  for (const template of [yaml, json]) {
    assert.is(template.Resources.WebService!.Properties.DesiredCount, 4)
    assert.is(template.Resources.WebTaskDefinition!.Properties.Cpu, '512')
    assert.is(template.Parameters.Subnets!.Default, 'subnet-a,subnet-b')
  }
  const ecsFiles = files.filter((f) => !f.path.startsWith('template.'))
  assert.ok(ecsFiles.length > 0)
  assert.ok(ecsFiles.every((f) => !/"desiredCount": 4/.test(f.contents)), 'ECS JSON describes what composeform generated, without the patch')
  // … and says so, once per ECS JSON format.
  const notes = diagnostics.filter((d) => d.code === 'ECS_JSON_WITHOUT_TEMPLATE_CHANGES')
  assert.equal(notes.map((d) => [d.severity, d.message]), [
    ['warning', 'The ecs-json files are what composeform generated: the patch `scale.patch.json` changes the CloudFormation template only.'],
    ['warning', 'The ecs-services-json files are what composeform generated: the patch `scale.patch.json` changes the CloudFormation template only.'],
  ])
})

test('ecsParams task_size with a sidecar: the task is task_size, not task_size once per container', () => {
  const sidecar = { 'compose.yaml': `${sources['compose.yaml']}  proxy:\n    image: envoyproxy/envoy:v1.31\n    x-aws-task: web\n` }
  const { files, diagnostics } = convert({ sources: sidecar, ecsParams: { path: 'ecs-params.yml', text: 'version: 1\ntask_definition:\n  task_size:\n    cpu_limit: 512\n    mem_limit: 1GB\n' }, emit: ['cfn-json'] })
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), [])
  const task = JSON.parse(files.find((f) => f.path === 'template.json')!.contents).Resources.WebTaskDefinition.Properties
  assert.equal([task.Cpu, task.Memory], ['512', '1024'])
  assert.match(diagnostics.find((d) => d.code === 'TASK_SIZE_COMBINED')!.message, 'together 0.5 vCPU / 1 GiB → 0.5 vCPU / 1 GiB')
})

test('an x-aws-cloudformation overlay with ECS JSON is a warning at the overlay; without ECS JSON, none', () => {
  const overlaid = { 'compose.yaml': `${sources['compose.yaml']}x-aws-cloudformation:\n  Resources:\n    WebService: {Properties: {DesiredCount: 3}}\n` }
  const { diagnostics } = convert({ sources: overlaid, emit: ['cfn-yaml', 'ecs-json'] })
  assert.equal(diagnostics.filter((d) => d.code === 'ECS_JSON_WITHOUT_TEMPLATE_CHANGES').map((d) => [d.path.join('.'), d.location?.start.line, d.message]), [
    ['x-aws-cloudformation', 5, 'The ecs-json files are what composeform generated: `x-aws-cloudformation` changes the CloudFormation template only.'],
  ])
  assert.equal(convert({ sources: overlaid, emit: ['cfn-yaml'] }).diagnostics.filter((d) => d.code === 'ECS_JSON_WITHOUT_TEMPLATE_CHANGES'), [])
})

test('a failing patch is reported once, also by a run that emits nothing (check)', () => {
  const bad = { path: 'bad.yaml', text: '- {op: remove, path: /Resources/Nope}\n' }
  for (const emit of [[], ['cfn-yaml', 'cfn-json']]) {
    const { files, diagnostics } = convert({ sources, patches: [bad], emit })
    assert.equal(files, [])
    assert.equal(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.location?.file}:${d.location?.start.line}`), ['PATCH_FAILED bad.yaml:1'])
  }
})

test('a patch that removes what the template still names is OVERLAY_BREAKS_TEMPLATE at the operation that removed it', () => {
  const remove = { path: 'lb.yaml', text: '- {op: replace, path: /Resources/WebService/Properties/DesiredCount, value: 2}\n- {op: remove, path: /Resources/LoadBalancerSecurityGroup}\n' }
  for (const emit of [[], ['cfn-yaml']]) {
    const { files, diagnostics } = convert({ sources, patches: [remove], emit })
    assert.equal(files, [])
    const broken = diagnostics.filter((d) => d.code === 'OVERLAY_BREAKS_TEMPLATE')
    assert.ok(broken.length > 0)
    assert.ok(broken.every((d) => d.severity === 'error' && d.location?.file === 'lb.yaml' && d.location.start.line === 2 && d.message.includes('`LoadBalancerSecurityGroup`, which the patched template does not define')))
  }
})

test('a patch that leaves a resource without a string Type is OVERLAY_BREAKS_TEMPLATE at the operation that did it', () => {
  const cases = [
    '- {op: add, path: /Resources/Foo, value: {Properties: {}}}\n',
    '- {op: remove, path: /Resources/WebTaskDefinition/Type}\n',
    '- {op: replace, path: /Resources/WebService/Type, value: 5}\n',
  ]
  for (const text of cases) {
    const { files, diagnostics } = convert({ sources, patches: [{ path: 'p.yaml', text }], emit: ['cfn-yaml'] })
    assert.equal(files, [], text)
    assert.equal(diagnostics.filter((d) => d.code === 'OVERLAY_BREAKS_TEMPLATE').map((d) => [d.location?.file, d.location?.start.line, /the resource `(\w+)` has no `Type`/.test(d.message)]), [['p.yaml', 1, true]], text)
  }
})

test('with nested stacks, patches are checked against the root template: an operation on a resource in a nested stack says where it is', () => {
  const tags = { path: 'tags.yaml', text: '- {op: add, path: /Resources/WebTaskDefinition/Properties/Tags/-, value: {Key: team, Value: web}}\n' }
  const nested = convert({ sources, patches: [tags], nestedStacks: true, emit: ['cfn-yaml'] })
  const failed = nested.diagnostics.filter((d) => d.code === 'PATCH_FAILED')
  assert.equal(failed.map((d) => d.hint), ['`WebTaskDefinition` is in the nested stack `WebStack` (stacks/WebStack.yaml or .json), and patches change the root template only: convert without --nested-stacks to patch it, or make the change in the compose file.'])
  assert.equal(nested.files, [])
  // Unsplit, the same patch applies.
  assert.equal(convert({ sources, patches: [tags], emit: ['cfn-yaml'] }).diagnostics.filter((d) => d.severity === 'error'), [])
})

test('an invalid patch or ecs-params file stops the run before the check', () => {
  const invalidPatch = convert({ sources, patches: [{ path: 'p.json', text: '{}' }] })
  assert.equal(invalidPatch.diagnostics.map((d) => d.code), ['PATCH_INVALID'])
  const invalidParams = convert({ sources, ecsParams: { path: 'ecs-params.yml', text: 'version: 9\n' } })
  assert.equal(invalidParams.diagnostics.map((d) => d.code), ['ECS_PARAMS_INVALID'])
  assert.equal(invalidParams.files, [])
})

test.run()
