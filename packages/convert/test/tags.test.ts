import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { Diagnostic, Value } from '@composeform/model'
import { convertComposeWithDiagnostics as convert, nodeOf as node } from './support/convert-compose.js'

const reserved = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.code === 'LABEL_TAG_RESERVED').map((d) => ({ path: d.path, severity: d.severity, line: d.location?.start.line, column: d.location?.start.column }))
const keys = (tags: Value) => (tags as { Key: string }[]).map((t) => t.Key)

test('a deploy label with composeform\'s project key is reported at its key, and the service has one tag per key', () => {
  const { graph, diagnostics } = convert('services:\n  web:\n    image: nginx\n    deploy:\n      labels:\n        com.docker.compose.project: x\n        team: core\n')
  assert.equal(node(graph, 'WebService').properties.Tags, [
    { Key: 'com.docker.compose.project', Value: 'fixture' },
    { Key: 'com.docker.compose.service', Value: 'web' },
    { Key: 'team', Value: 'core' },
  ])
  assert.equal(reserved(diagnostics), [{ path: ['services', 'web', 'deploy', 'labels', 'com.docker.compose.project'], severity: 'warning', line: 6, column: 9 }])
  assert.match(diagnostics.find((d) => d.code === 'LABEL_TAG_RESERVED')!.message, '`com.docker.compose.project: fixture`')
})

test('a label in list form is reported at its item; an `aws:` key is AWS\'s and reported too', () => {
  const { graph, diagnostics } = convert('services:\n  web:\n    image: nginx\n    deploy:\n      labels:\n        - com.docker.compose.service=other\n        - AWS:owner=me\n        - owner=me\n')
  assert.equal(keys(node(graph, 'WebService').properties.Tags!), ['com.docker.compose.project', 'com.docker.compose.service', 'owner'])
  assert.equal(reserved(diagnostics), [
    { path: ['services', 'web', 'deploy', 'labels', 'AWS:owner'], severity: 'warning', line: 7, column: 11 },
    { path: ['services', 'web', 'deploy', 'labels', 'com.docker.compose.service'], severity: 'warning', line: 6, column: 11 },
  ])
})

test('a volume\'s Name label names its file system and access point (once); its volume key is reported', () => {
  const { graph, diagnostics } = convert(
    'services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data\nvolumes:\n  data:\n    labels:\n      Name: my-data\n      com.docker.compose.volume: other\n      tier: gold\n',
  )
  const expected = [
    { Key: 'com.docker.compose.project', Value: 'fixture' },
    { Key: 'com.docker.compose.volume', Value: 'data' },
    { Key: 'Name', Value: 'my-data' },
    { Key: 'tier', Value: 'gold' },
  ]
  assert.equal(node(graph, 'DataFilesystem').properties.FileSystemTags, expected)
  assert.equal(node(graph, 'DataAccessPoint').properties.AccessPointTags, expected)
  assert.equal(reserved(diagnostics), [{ path: ['volumes', 'data', 'labels', 'com.docker.compose.volume'], severity: 'warning', line: 10, column: 7 }])
})

test('a secret\'s project label is reported (it was left out without a word)', () => {
  const { graph, diagnostics } = convert('services:\n  web:\n    image: nginx\n    secrets: [token]\nsecrets:\n  token:\n    environment: TOKEN\n    labels:\n      com.docker.compose.project: other\n      team: core\n')
  assert.equal(node(graph, 'TokenSecret').properties.Tags, [
    { Key: 'com.docker.compose.project', Value: 'fixture' },
    { Key: 'team', Value: 'core' },
  ])
  assert.equal(reserved(diagnostics), [{ path: ['secrets', 'token', 'labels', 'com.docker.compose.project'], severity: 'warning', line: 9, column: 7 }])
})

test('a network\'s labels tag its security group, sorted after the project and network tags', () => {
  const { graph, diagnostics } = convert(
    'services:\n  web:\n    image: nginx\n    networks: [front]\nnetworks:\n  front:\n    labels:\n      env: prod\n      com.docker.compose.network: other\n      Name: front-door\n',
  )
  assert.equal(node(graph, 'FrontNetwork').properties.Tags, [
    { Key: 'com.docker.compose.project', Value: 'fixture' },
    { Key: 'com.docker.compose.network', Value: 'fixture_front' },
    { Key: 'Name', Value: 'front-door' },
    { Key: 'env', Value: 'prod' },
  ])
  assert.equal(reserved(diagnostics), [{ path: ['networks', 'front', 'labels', 'com.docker.compose.network'], severity: 'warning', line: 9, column: 7 }])
})

test('labels without reserved keys give no diagnostic', () => {
  const { diagnostics } = convert('services:\n  web:\n    image: nginx\n    deploy:\n      labels: {team: core}\nnetworks:\n  default:\n    labels: {env: prod}\n')
  assert.equal(reserved(diagnostics), [])
})

test('labels past AWS\'s tag limits are left out and reported: 50 tags at most, keys of 128 and values of 256 characters', () => {
  const many = Array.from({ length: 52 }, (_, i) => `        l${String(i).padStart(2, '0')}: v`).join('\n')
  const { graph, diagnostics } = convert(`services:\n  web:\n    image: nginx\n    deploy:\n      labels:\n${many}\n        long: ${'x'.repeat(257)}\n`)
  const tags = keys(node(graph, 'WebService').properties.Tags!)
  assert.is(tags.length, 50)
  assert.equal(tags.slice(0, 2), ['com.docker.compose.project', 'com.docker.compose.service'])
  const limits = diagnostics.filter((d) => d.code === 'LABEL_TAG_LIMIT').map((d) => d.path.at(-1))
  assert.equal(limits, ['l48', 'l49', 'l50', 'l51', 'long'].sort())
})

test('a label with a character ECS, EFS or Secrets Manager tags refuse is LABEL_TAG_LIMIT there; EC2 tags take it', () => {
  const { graph, diagnostics } = convert(
    'services:\n  web:\n    image: nginx\n    networks: [front]\n    deploy:\n      labels:\n        team: "a&b"\n        owner: "ops@example.com"\nnetworks:\n  front:\n    labels:\n      team: "a&b"\n',
  )
  assert.equal(keys(node(graph, 'WebService').properties.Tags!), ['com.docker.compose.project', 'com.docker.compose.service', 'owner'])
  assert.ok(keys(node(graph, 'FrontNetwork').properties.Tags!).includes('team'))
  const limits = diagnostics.filter((d) => d.code === 'LABEL_TAG_LIMIT')
  assert.equal(limits.map((d) => [d.path.join('.'), d.location?.start.line]), [['services.web.deploy.labels.team', 7]])
  assert.match(limits[0]!.message, 'only letters, digits, spaces and `_ . : / = + - @`')
})

test.run()
