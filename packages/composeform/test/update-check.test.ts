import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, type ConvertOptions } from '../src/index.js'

// Each case converts a compose file, keeps its template as the deployed one, then converts the
// edited file against it (`previous`), as `composeform check --previous` does.

function deployed(compose: string, options: ConvertOptions = {}, emit = 'cfn-yaml'): string {
  const result = convert({ sources: { 'compose.yaml': compose }, emit: [emit], ...options })
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error'), [], 'the deployed file converts')
  return result.files[0]!.contents
}

function hazards(before: string, after: string, options: ConvertOptions = {}): string[] {
  const previous = { path: 'deployed.yaml', text: deployed(before, options) }
  return convert({ sources: { 'compose.yaml': after }, emit: ['cfn-yaml'], previous, ...options })
    .diagnostics.filter((d) => d.code.startsWith('UPDATE_') || d.code === 'PREVIOUS_TEMPLATE_INVALID')
    .map((d) => `${d.code} ${d.path.join('.')}: ${d.message}`)
}

const web = (ports: string, extra = '') => `services:\n  web:\n    image: nginx\n    ports: ${ports}\n${extra}`

test('edits a deployed stack takes in place say nothing', () => {
  const before = `${web('["80:8080"]')}    environment: {A: "1"}\n  worker:\n    image: busybox\n`
  assert.equal(hazards(before, before), [])
  assert.equal(hazards(before, `services:\n  worker:\n    image: busybox:1.36\n  web:\n    image: nginx:1.27\n    ports: ["80:8080", "443:8443"]\n    environment: {A: "2"}\n    healthcheck: {test: curl -f localhost:8080}\n`), [])
})

test('a port whose listener gets another logical id fails: the new listener is created before the old one goes', () => {
  const renamed = hazards(web('["80:8080"]'), 'services:\n  frontend:\n    image: nginx\n    ports: ["80:8080"]\n')
  assert.equal(renamed, ["UPDATE_FAILS services.frontend.ports.0: Port 80's listener is `FrontendTCP80Listener` now and `WebTCP80Listener` in the deployed stack: CloudFormation creates the new one before it deletes the old one, and the load balancer refuses a second listener on port 80."])
  // 80 becomes the redirect to HTTPS, which the load balancer owns.
  const redirect = hazards(web('["80:8080"]'), web('[{target: 8080, published: "443", app_protocol: https}]'))
  assert.equal(redirect.length, 1)
  // Shown at the HTTPS port that makes the redirect: the redirect itself is written nowhere.
  assert.match(redirect[0]!, /^UPDATE_FAILS services\.web\.ports\.0: Port 80's listener is `LoadBalancerTCP80Listener` now and `WebTCP80Listener`/)
})

test('a rule priority another rule holds in the deployed stack fails, with the priorities to pin', () => {
  const rules = (extra: string) => `services:\n  api:\n    image: api\n    ports: [{target: 8080, published: "443", app_protocol: https, x-aws-rule: {path: /api/*}}]\n  docs:\n    image: docs\n    ports: [{target: 8080, published: "443", app_protocol: https, x-aws-rule: {host: docs.example.com}}]\n${extra}`
  const found = hazards(rules(''), rules('  v2:\n    image: api2\n    ports: [{target: 8080, published: "443", app_protocol: https, x-aws-rule: {host: api.example.com, path: /v2/*}}]\n'))
  assert.ok(found.length > 0, 'renumbered priorities are reported')
  for (const line of found) assert.match(line, /^UPDATE_FAILS services\.\w+\.ports\.0\.x-aws-rule: `\w+ListenerRule` takes priority \d+, which `\w+ListenerRule` holds in the deployed stack/)
  const pinned = (v2: string) => rules(v2).replace('{path: /api/*}', '{path: /api/*, priority: 10}').replace('{host: docs.example.com}', '{host: docs.example.com, priority: 20}')
  assert.equal(hazards(pinned(''), pinned('  v2:\n    image: api2\n    ports: [{target: 8080, published: "443", app_protocol: https, x-aws-rule: {host: api.example.com, path: /v2/*, priority: 5}}]\n')), [])
})

test('a load balancer replaced under target groups that stay fails; replaced with them, it is a new DNS name', () => {
  const scheme = hazards(web('["80:8080"]'), `x-aws-loadbalancer_scheme: internal\n${web('["80:8080"]')}`)
  assert.equal(scheme.length, 1)
  assert.match(scheme[0]!, /^UPDATE_FAILS services\.web\.ports\.0: The load balancer is replaced \(`Scheme` internet-facing → internal\), but the target group `WebTCP80TargetGroup` stays/)
  const type = hazards(web('["80:8080"]'), web('["80:8080", "5432:5432"]'))
  // At a port it listens for: the project's load balancer was written nowhere.
  assert.ok(type.includes('UPDATE_REPLACES services.web.ports.1: The load balancer is replaced (`Type` application → network): it gets a new DNS name (output `LoadBalancerDnsName`).'), type.join('\n'))
  assert.ok(type.every((line) => !line.startsWith('UPDATE_FAILS')), type.join('\n'))
})

test('an ECS service with Service Connect that must be replaced fails', () => {
  assert.equal(hazards(web('["80:8080"]'), `x-aws-capacity_provider_strategy: [{capacity_provider: FARGATE_SPOT, weight: 1}]\n${web('["80:8080"]')}`).filter((l) => l.startsWith('UPDATE_FAILS')), [
    'UPDATE_FAILS services.web: `WebService` is replaced (`LaunchType: FARGATE` removed), and the new ECS service cannot take the Service Connect names the deployed one holds.',
  ])
  // At the service's name, as other diagnostics about a service are.
  const after = `x-aws-capacity_provider_strategy: [{capacity_provider: FARGATE_SPOT, weight: 1}]\n${web('["80:8080"]')}`
  const failed = convert({ sources: { 'compose.yaml': after }, emit: ['cfn-yaml'], previous: { path: 'deployed.yaml', text: deployed(web('["80:8080"]')) } }).diagnostics.find((d) => d.code === 'UPDATE_FAILS')!
  assert.equal([failed.location?.start.line, failed.location?.start.column, failed.location?.end?.column], [3, 3, 6])
})

test('a Service Connect name that moves to another ECS service fails: a service made a sidecar', () => {
  const before = 'services:\n  app:\n    image: acme/app\n    ports: ["80:8080"]\n  cache:\n    image: redis\n    expose: ["6379"]\n'
  assert.equal(hazards(before, `${before}    network_mode: "service:app"\n`).filter((l) => l.startsWith('UPDATE_FAILS')), [
    'UPDATE_FAILS services.app: `AppService` takes the Service Connect name `cache-tcp-6379`, which `CacheService` holds in the deployed stack: ECS refuses a name another service uses.',
  ])
})

test('replacements that succeed but cost traffic or data are warnings: target group, file system, access point, cluster', () => {
  assert.equal(hazards(web('["80:8080"]'), web('["80:3000"]')), [
    'UPDATE_REPLACES services.web.ports.0: The target group `WebTCP80TargetGroup` is replaced (`Port` 8080 → 3000): the listener forwards to the new, empty group until the new tasks pass their health checks.',
  ])
  const volume = (opts: string, user = '') => `services:\n  db:\n    image: postgres\n${user}    volumes: ["data:/var/lib/postgresql/data"]\nvolumes:\n  data:${opts}\n`
  assert.equal(hazards(volume(''), volume('\n    driver_opts: {performance_mode: maxIO}')).map((l) => l.split(':')[0]), ['UPDATE_REPLACES volumes.data'])
  const owner = hazards(volume('', '    user: "999"\n'), volume('', '    user: "1001"\n'))
  assert.equal(owner.length, 1)
  assert.match(owner[0]!, /UPDATE_REPLACES .*: The access point `DataAccessPoint` is replaced \(`RootDirectory`\), but its directory keeps the owner it was created with/)
  const renamed = hazards('services:\n  db:\n    image: postgres\n    volumes: ["pg:/data"]\nvolumes:\n  pg: {}\n', 'services:\n  db:\n    image: postgres\n    volumes: ["pg2:/data"]\nvolumes:\n  pg2: {}\n')
  assert.equal(renamed.filter((l) => l.includes('file system')), ['UPDATE_REPLACES volumes.pg2: The file system `Pg2Filesystem` is new and empty, and the deployed `PgFilesystem` leaves the stack, kept with its data.'])
  const moved = hazards(volume('\n    driver_opts: {root_directory: /data}'), volume('\n    driver_opts: {root_directory: /pgdata}'))
  assert.equal(moved.map((l) => l.replace(/^UPDATE_REPLACES [^:]*: /, '')), ['The access point `DataAccessPoint` is replaced (`RootDirectory`): the services see the directory `/pgdata`, new and empty, while the data stays in `/data`.'])
  assert.equal(hazards('services:\n  web:\n    image: nginx\n', 'name: shop-main\nservices:\n  web:\n    image: nginx\n', { projectName: undefined }).filter((l) => l.includes('cluster')), [
    'UPDATE_REPLACES : The cluster is replaced (`ClusterName` default → shop-main): every service starts anew in the new cluster.',
  ])
})

test('the deployed template may be JSON, YAML or get-template output; anything else is PREVIOUS_TEMPLATE_INVALID with its position', () => {
  const before = web('["80:8080"]')
  const after = 'services:\n  frontend:\n    image: nginx\n    ports: ["80:8080"]\n'
  const check = (text: string) => convert({ sources: { 'compose.yaml': after }, emit: ['cfn-yaml'], previous: { path: 'deployed', text } }).diagnostics.filter((d) => d.code.startsWith('UPDATE_') || d.code === 'PREVIOUS_TEMPLATE_INVALID')
  const json = deployed(before, {}, 'cfn-json')
  assert.equal(check(json).map((d) => d.code), ['UPDATE_FAILS'])
  assert.equal(check(JSON.stringify({ TemplateBody: deployed(before), StagesAvailable: ['Original', 'Processed'] })).map((d) => d.code), ['UPDATE_FAILS'])
  assert.equal(check(JSON.stringify({ TemplateBody: JSON.parse(json) })).map((d) => d.code), ['UPDATE_FAILS'])
  const broken = check('Resources:\n  A: [\n')
  assert.equal(broken.map((d) => [d.code, d.severity, d.location?.file]), [['PREVIOUS_TEMPLATE_INVALID', 'error', 'deployed']])
  assert.match(broken[0]!.message, /at line \d+, column \d+\.$/, 'the parser\'s line, without the colon that led into its code frame')
  assert.equal(check('just: text\n').map((d) => d.message), ['The previous template `deployed` has no `Resources` mapping.'])
  const result = convert({ sources: { 'compose.yaml': after }, emit: ['cfn-yaml'], previous: { path: 'deployed', text: json } })
  assert.equal(result.files, [], 'an update that would fail writes no template')
})

test('a port whose listener moves to another id on a load balancer that is replaced anyway is no failure: the new listener goes on the new load balancer', () => {
  const before = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n  admin:\n    image: admin\n    ports: [{target: 9000, published: "80", x-aws-rule: {path: /admin/*}}]\n'
  const after = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n  admin:\n    image: admin\n    ports: ["9000:9000"]\n'
  const found = hazards(before, after)
  assert.ok(found.some((l) => l.includes('The load balancer is replaced')), found.join('\n'))
  assert.equal(found.filter((l) => l.startsWith('UPDATE_FAILS')), [])
})

test('the root template of nested stacks is PREVIOUS_TEMPLATE_INVALID: its services are in the stacks it names', () => {
  const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n  api:\n    image: api\n    expose: ["3000"]\n'
  const root = convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-yaml'], nestedStacks: true }).files.find((f) => f.path === 'template.yaml')!
  const result = convert({ sources: { 'compose.yaml': compose }, emit: ['cfn-yaml'], previous: { path: 'n/template.yaml', text: root.contents } })
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, /is the root of nested stacks \(`\w+Stack`, `\w+Stack`\)/.test(d.message)]), [['PREVIOUS_TEMPLATE_INVALID', true]])
  assert.equal(result.files, [])
})

test('the compared template is the one the stack would get: patches applied', () => {
  const before = web('["80:8080"]')
  const patch = { path: 'p.json', text: '[{"op": "replace", "path": "/Resources/WebTCP80TargetGroup/Properties/Port", "value": 9000}]' }
  const result = convert({ sources: { 'compose.yaml': before }, emit: ['cfn-yaml'], patches: [patch], previous: { path: 'deployed.yaml', text: deployed(before) } })
  assert.equal(result.diagnostics.filter((d) => d.code === 'UPDATE_REPLACES').map((d) => d.message), [
    'The target group `WebTCP80TargetGroup` is replaced (`Port` 8080 → 9000): the listener forwards to the new, empty group until the new tasks pass their health checks.',
  ])
})

test('previous with nestedStacks is the caller\'s mistake', () => {
  assert.throws(() => convert({ sources: { 'compose.yaml': web('["80:8080"]') }, emit: ['cfn-yaml'], nestedStacks: true, previous: { path: 'd', text: 'Resources: {}\n' } }), /does not go with `nestedStacks`/)
})

test.run()
