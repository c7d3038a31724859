// Nested stacks: every fixture that converts, split one stack per service, gives templates
// the AWS validator accepts, whose parameters the root passes exactly, deterministically.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, danglingReferences, splitIntoNestedStacks } from 'composeform'
import { blockingFindings, validateTemplate } from './support/cfn-validate.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const cases = ['volumes-efs', 'sidecars', 'configs-files', 'capacity-spot-exec-storage', 'secrets-as-environment', 'convert-multi-service', 'gpu-service', 'lb-host-path-rules', 'lb-https-redirect', 'network-internal']

function sourcesOf(name: string): Record<string, string> {
  const dir = join(fixtures, name)
  return Object.fromEntries(readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
}

for (const name of cases) {
  test(`${name}: split into nested stacks, every template passes the AWS validator`, () => {
    const sources = sourcesOf(name)
    const options = JSON.parse(sources['options.json'] ?? '{}') as { environment?: Record<string, string> }
    const run = () => convert({ sources, emit: ['cfn-yaml', 'cfn-json'], nestedStacks: true, ...(options.environment ? { environment: options.environment } : {}) })
    const result = run()
    assert.equal(result.diagnostics.filter((d) => d.severity === 'error'), [])
    const paths = result.files.map((f) => f.path)
    assert.ok(paths.includes('template.yaml') && paths.some((p) => p.startsWith('stacks/')), paths.join(', '))
    for (const file of result.files) {
      const findings = blockingFindings(validateTemplate(file.contents, file.path.endsWith('.json') ? 'json' : 'yaml'))
      assert.equal(findings.map((f) => `${file.path}: ${f.severity} ${f.ruleId} ${f.path}: ${f.message}`), [])
    }
    assert.equal(run().files, result.files, 'the same input gives the same bytes')
  })
}

test('a listener several services share, one of which depends_on the other: the stacks wait for each other in no cycle, every template passes the AWS validator', () => {
  const compose = 'services:\n  a:\n    image: nginx\n    depends_on: [b]\n    ports:\n      - {target: 80, published: "80", x-aws-rule: {path: /a/*}}\n  b:\n    image: nginx\n    ports: ["80:80"]\n'
  const result = convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-yaml'], nestedStacks: true })
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error'), [])
  for (const file of result.files) {
    const findings = blockingFindings(validateTemplate(file.contents, 'yaml'))
    assert.equal(findings.map((f) => `${file.path}: ${f.severity} ${f.ruleId} ${f.path}: ${f.message}`), [])
  }
  const root = result.files.find((f) => f.path === 'template.yaml')!.contents
  assert.match(root, /\n  LoadBalancerTCP80Listener:\n/)
})

test('the root passes exactly the parameters each nested stack declares, and nothing dangles', () => {
  const result = convert({ sources: sourcesOf('volumes-efs'), emit: [] })
  const split = splitIntoNestedStacks(result.graph!, (s) => `stacks/${s.id}.yaml`)
  assert.equal(danglingReferences(split.root), [])
  for (const stack of split.stacks) {
    assert.equal(danglingReferences(stack.graph), [], stack.id)
    const resource = split.root.nodes.find((n) => n.id === stack.id)!
    const passed = Object.keys((resource.properties.Parameters ?? {}) as Record<string, unknown>).sort()
    assert.equal(passed, stack.graph.parameters.map((p) => p.id), stack.id)
    // Defaults live in the root only: a nested stack is always given its values.
    assert.ok(stack.graph.parameters.every((p) => p.default === undefined))
  }
  const services = result.graph!.nodes.filter((n) => n.type === 'AWS::ECS::Service').length
  assert.is(split.stacks.length, services)
  assert.is(split.root.nodes.filter((n) => n.type === 'AWS::ECS::Service').length, 0)
})

test('depends_on between services orders their stacks; every service keeps a stack of its own', () => {
  const result = convert({ sources: sourcesOf('convert-multi-service'), emit: [] })
  const split = splitIntoNestedStacks(result.graph!, (s) => `stacks/${s.id}.yaml`)
  const services = result.graph!.nodes.filter((n) => n.type === 'AWS::ECS::Service')
  assert.is(split.stacks.length, services.length)
  const ordered = services.filter((s) => s.dependsOn.some((d) => d.endsWith('Service')))
  assert.ok(ordered.length > 0, 'the fixture has depends_on between services')
  for (const s of ordered) {
    const stack = split.root.nodes.find((n) => n.type === 'AWS::CloudFormation::Stack' && split.stacks.find((x) => x.id === n.id)!.graph.nodes.some((m) => m.id === s.id))!
    for (const d of s.dependsOn.filter((x) => x.endsWith('Service'))) assert.ok(stack.dependsOn.includes(d.replace(/Service$/, 'Stack')), `${stack.id} waits for ${d}`)
  }
})

test('a service added later leaves the other stacks byte for byte as they were', () => {
  const base = sourcesOf('convert-multi-service')
  const before = convert({ sources: base, emit: ['cfn-yaml'], nestedStacks: true })
  const after = convert({ sources: { ...base, 'compose.yaml': base['compose.yaml']!.replace(/^services:\n/m, 'services:\n  zz-added:\n    image: acme/added\n') }, emit: ['cfn-yaml'], nestedStacks: true })
  const nested = (files: typeof before.files) => new Map(files.filter((f) => f.path.startsWith('stacks/')).map((f) => [f.path, f.contents]))
  const b = nested(before.files)
  const a = nested(after.files)
  assert.ok(a.has('stacks/ZzaddedStack.yaml'))
  for (const [path, contents] of b) assert.is(a.get(path), contents, path)
})

test('an overlay on a resource moved into a nested stack is an error, once, at the overlay\'s key (it became a stub without Type in the root)', () => {
  const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\nx-aws-cloudformation:\n  Resources:\n    WebService: {Properties: {DesiredCount: 5}}\n    LoadBalancer: {Properties: {IpAddressType: dualstack}}\n'
  const result = convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-yaml', 'cfn-json'], nestedStacks: true })
  const errors = result.diagnostics.filter((d) => d.code === 'OVERLAY_IN_NESTED_STACK')
  assert.equal(errors.map((d) => [d.severity, d.path.join('.'), d.location?.start.line]), [['error', 'x-aws-cloudformation.Resources.WebService', 7]])
  assert.match(errors[0]!.message, 'moves into the nested stack `WebStack`')
  assert.equal(result.files, [])
  assert.equal(convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-yaml'] }).diagnostics.filter((d) => d.severity === 'error'), [], 'without nested stacks the overlay applies')
})

test.run()
