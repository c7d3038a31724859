// AWS quotas as warnings: the compose text is generated here (no huge fixtures), and each
// case sits just over its limit, with a case just under it that reports nothing.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, type ConvertResult } from 'composeform'

const LIMIT_CODES = ['CFN_TEMPLATE_NEEDS_S3', 'CFN_TEMPLATE_TOO_LARGE', 'CFN_TOO_MANY_OUTPUTS', 'CFN_TOO_MANY_PARAMETERS', 'CFN_TOO_MANY_RESOURCES', 'LOAD_BALANCER_TOO_MANY_LISTENERS', 'LOAD_BALANCER_TOO_MANY_RULES', 'SERVICE_TOO_MANY_SECURITY_GROUPS', 'TASK_DEFINITION_TOO_LARGE']

function run(text: string, emit = ['cfn-json']): ConvertResult {
  return convert({ sources: { 'compose.yaml': text }, projectName: 'limits', emit })
}

/** The limit diagnostics of a result, as `CODE severity line`. */
function limits(result: ConvertResult): string[] {
  return result.diagnostics.filter((d) => LIMIT_CODES.includes(d.code)).map((d) => `${d.code} ${d.severity} ${d.location?.start.line ?? '-'}`)
}

function services(count: number, body: (i: number) => string = () => ''): string {
  return 'name: limits\nservices:\n' + Array.from({ length: count }, (_, i) => `  s${i}:\n    image: nginx\n${body(i)}`).join('')
}

function resources(result: ConvertResult): number {
  return Object.keys(JSON.parse(result.files[0]!.contents).Resources).length
}

test('more than 500 resources is CFN_TOO_MANY_RESOURCES at the `services` key; the template is still written', () => {
  // A service without ports is three resources (task definition, service, task role); the project adds five.
  const over = run(services(166))
  assert.is(resources(over), 503)
  assert.equal(limits(over), ['CFN_TEMPLATE_NEEDS_S3 info 2', 'CFN_TOO_MANY_RESOURCES warning 2'])
  assert.is(over.files.length, 1)
  const d = over.diagnostics.find((x) => x.code === 'CFN_TOO_MANY_RESOURCES')!
  assert.match(d.message, /declares 503 resources; a CloudFormation stack holds at most 500/)
  assert.equal(d.path, ['services'])
  assert.match(d.hint!, /several compose projects/)
  const under = run(services(165))
  assert.is(resources(under), 500)
  assert.equal(limits(under).filter((l) => !l.startsWith('CFN_TEMPLATE_NEEDS_S3')), [])
})

test('more than 50 published ports is LOAD_BALANCER_TOO_MANY_LISTENERS', () => {
  const ports = (n: number) => services(n, (i) => `    ports: ["${8000 + i}:80"]\n`)
  assert.equal(limits(run(ports(51))), ['CFN_TEMPLATE_NEEDS_S3 info 2', 'LOAD_BALANCER_TOO_MANY_LISTENERS warning 2'])
  assert.equal(limits(run(ports(50))), ['CFN_TEMPLATE_NEEDS_S3 info 2'])
})

test('more than 200 outputs is CFN_TOO_MANY_OUTPUTS (one URL per published HTTP port)', () => {
  const text = services(1, () => `    ports: [${Array.from({ length: 200 }, (_, p) => `{target: ${10000 + p}, published: "${10000 + p}", app_protocol: http}`).join(', ')}]\n`)
  const result = run(text)
  assert.ok(Object.keys(JSON.parse(result.files[0]!.contents).Outputs).length > 200)
  assert.ok(limits(result).includes('CFN_TOO_MANY_OUTPUTS warning 2'), limits(result).join('\n'))
  assert.ok(limits(result).includes('CFN_TOO_MANY_RESOURCES warning 2'))
})

test('more than 200 parameters is CFN_TOO_MANY_PARAMETERS (one per secret given as a parameter)', () => {
  const secrets = (n: number) => services(1, () => `    secrets: [${Array.from({ length: n }, (_, i) => `k${i}`).join(', ')}]\n`) + 'secrets:\n' + Array.from({ length: n }, (_, i) => `  k${i}: {environment: K${i}}\n`).join('')
  const over = run(secrets(197))
  assert.is(Object.keys(JSON.parse(over.files[0]!.contents).Parameters).length, 201)
  assert.ok(limits(over).includes('CFN_TOO_MANY_PARAMETERS warning 2'), limits(over).join('\n'))
  assert.not.ok(limits(run(secrets(196))).some((l) => l.startsWith('CFN_TOO_MANY_PARAMETERS')))
})

test('a service on more than 5 security groups is SERVICE_TOO_MANY_SECURITY_GROUPS at its `networks`', () => {
  const networks = (n: number, port: boolean) =>
    'services:\n  web:\n    image: nginx\n' + (port ? '    ports: ["80:80"]\n' : '') + `    networks: [${Array.from({ length: n }, (_, i) => `n${i}`).join(', ')}]\n` + 'networks:\n' + Array.from({ length: n }, (_, i) => `  n${i}: {}\n`).join('')
  const over = run(networks(5, true))
  assert.equal(limits(over), ['SERVICE_TOO_MANY_SECURITY_GROUPS warning 5'])
  const d = over.diagnostics.find((x) => x.code === 'SERVICE_TOO_MANY_SECURITY_GROUPS')!
  assert.equal(d.path, ['services', 'web', 'networks'])
  assert.match(d.message, /get 6 security groups/)
  assert.equal(limits(run(networks(5, false))), [])
  assert.equal(limits(run(networks(6, false))), ['SERVICE_TOO_MANY_SECURITY_GROUPS warning 4'])
})

test('a template over 51,200 bytes is a CFN_TEMPLATE_NEEDS_S3 note per template file; over 1,000,000 bytes CFN_TEMPLATE_TOO_LARGE', () => {
  const small = run(services(2), ['cfn-json', 'cfn-yaml'])
  assert.equal(limits(small), [])
  const medium = run(services(22), ['cfn-json', 'cfn-yaml'])
  assert.equal(limits(medium), ['CFN_TEMPLATE_NEEDS_S3 info 2', 'CFN_TEMPLATE_NEEDS_S3 info 2'])
  assert.match(medium.diagnostics.find((d) => d.code === 'CFN_TEMPLATE_NEEDS_S3')!.message, /^`template\.(json|yaml)` is \d{2},\d{3} bytes; `--template-body` accepts at most 51,200/)
  // An anchor repeats one large environment into every service: a small file, a large template.
  const value = 'x'.repeat(20_000)
  const big = `x-env: &env\n${Array.from({ length: 10 }, (_, i) => `  V${i}: ${value}\n`).join('')}` + services(6, () => '    environment: *env\n')
  const large = run(big, ['cfn-json', 'cfn-yaml'])
  assert.ok(large.files.every((f) => f.contents.length > 1_000_000))
  // Each task definition carries 200 KB of environment, too much for ECS as well.
  const tooLarge = [14, 17, 20, 23, 26, 29].map((line) => `TASK_DEFINITION_TOO_LARGE warning ${line}`)
  assert.equal(limits(large), ['CFN_TEMPLATE_TOO_LARGE warning 13', 'CFN_TEMPLATE_TOO_LARGE warning 13', ...tooLarge])
  assert.match(large.diagnostics.find((d) => d.code === 'CFN_TEMPLATE_TOO_LARGE')!.message, /at most 1,000,000 bytes, even from S3/)
})

test('plain ECS JSON is not a template body: no size note for it', () => {
  assert.equal(limits(run(services(12), ['ecs-json'])), [])
})

test('a task definition over 64 KiB is TASK_DEFINITION_TOO_LARGE at its service; one just under reports nothing', () => {
  // Configs of 30 KiB each fit one by one (32 KiB per config); two fit a task definition, three do not.
  const text = (configs: number) => {
    const names = ['a', 'b', 'c'].slice(0, configs)
    const uses = names.map((n) => `{source: ${n}, target: /etc/app/${n}}`).join(', ')
    return `name: limits\nservices:\n  big:\n    image: nginx\n    configs: [${uses}]\n  small:\n    image: nginx\nconfigs:\n${names.map((n) => `  ${n}:\n    content: ${n.repeat(30 * 1024)}\n`).join('')}`
  }
  const size = (result: ConvertResult) => new TextEncoder().encode(JSON.stringify(JSON.parse(result.files[0]!.contents).Resources.BigTaskDefinition.Properties)).length
  const over = run(text(3))
  assert.equal(limits(over), ['CFN_TEMPLATE_NEEDS_S3 info 2', 'TASK_DEFINITION_TOO_LARGE warning 3'])
  const d = over.diagnostics.find((x) => x.code === 'TASK_DEFINITION_TOO_LARGE')!
  assert.is(d.message, `\`big\`'s task definition is about ${Math.ceil(size(over) / 1024)} KiB; ECS registers one of at most 64 KiB.`)
  const under = run(text(2))
  assert.ok(size(under) > 60 * 1024 && size(under) < 64 * 1024, `${size(under)}`)
  assert.equal(limits(under), ['CFN_TEMPLATE_NEEDS_S3 info 2'])
})

test.run()
