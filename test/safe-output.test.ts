// Safe by default: rules every emitted template (fixtures and examples) must follow.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'

type Resource = { Type: string; Condition?: string; Properties?: Record<string, unknown> }
const repo = join(import.meta.dirname, '..')
const templates = [
  ...readdirSync(join(repo, 'fixtures')).map((n) => `fixtures/${n}/template.json`),
  ...readdirSync(join(repo, 'examples')).map((n) => `examples/${n}/out/template.json`),
].filter((p) => existsSync(join(repo, p)))

function resources(path: string): [string, Resource][] {
  return Object.entries((JSON.parse(readFileSync(join(repo, path), 'utf8')) as { Resources: Record<string, Resource> }).Resources)
}
function diagnosticsBeside(path: string): string {
  const file = join(repo, path, '..', 'diagnostics.json')
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}
function statements(document: unknown): { Action?: unknown; Resource?: unknown }[] {
  const list = (document as { Statement?: unknown })?.Statement
  return Array.isArray(list) ? list : []
}

test('there are templates to check', () => {
  assert.ok(templates.length >= 10)
})

for (const path of templates) {
  test(`${path}: only the load balancer accepts traffic from anywhere, on listener ports`, () => {
    const all = resources(path)
    const listenerPorts = new Set(all.filter(([, r]) => r.Type === 'AWS::ElasticLoadBalancingV2::Listener').map(([, r]) => r.Properties?.Port))
    for (const [id, r] of all) {
      // Any address range counts, a parameter (an internal load balancer's LoadBalancerIngressCidr) too.
      if (r.Type !== 'AWS::EC2::SecurityGroupIngress' || (r.Properties?.CidrIp === undefined && r.Properties?.CidrIpv6 === undefined)) continue
      assert.equal(r.Properties?.GroupId, { 'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId'] }, `${id} opens a non-load-balancer group to an address range`)
      assert.ok(listenerPorts.has(r.Properties?.FromPort), `${id} opens a port that is not a listener port`)
    }
  })

  test(`${path}: tasks get public IPs only when asked; deployments roll back; logs and disks safe`, () => {
    for (const [id, r] of resources(path)) {
      if (r.Type === 'AWS::ECS::Service') {
        const network = (r.Properties?.NetworkConfiguration as { AwsvpcConfiguration: { AssignPublicIp: unknown } }).AwsvpcConfiguration
        // Tasks on EC2 capacity (a provider of the template's own) cannot have public IPs at all;
        // the one other decision the converter takes itself is DISABLED (a service only on internal networks).
        const onEc2 = ((r.Properties?.CapacityProviderStrategy as { CapacityProvider: unknown }[] | undefined) ?? []).some((i) => typeof i.CapacityProvider === 'object')
        if (onEc2) assert.equal(network.AssignPublicIp, 'DISABLED', `${id} runs on EC2 with a public IP`)
        else if (network.AssignPublicIp !== 'DISABLED') assert.equal(network.AssignPublicIp, { Ref: 'AssignPublicIp' }, `${id} decides the public IP itself`)
        const breaker = (r.Properties?.DeploymentConfiguration as { DeploymentCircuitBreaker: { Enable: boolean; Rollback: boolean } }).DeploymentCircuitBreaker
        assert.is(breaker.Enable, true, `${id} has no circuit breaker`)
        // Rollback is off only when the compose file asked for it, and then a warning said so.
        if (!breaker.Rollback) assert.match(diagnosticsBeside(path), 'ROLLBACK_DISABLED', `${id} does not roll back`)
      }
      if (r.Type === 'AWS::Logs::LogGroup') assert.type(r.Properties?.RetentionInDays, 'number', `${id} keeps logs forever`)
      if (r.Type === 'AWS::EFS::FileSystem') assert.is(r.Properties?.Encrypted, true, `${id} is not encrypted`)
      if (r.Type === 'AWS::EC2::LaunchTemplate') {
        const data = r.Properties?.LaunchTemplateData as {
          MetadataOptions?: { HttpTokens?: unknown }
          BlockDeviceMappings?: { Ebs?: { Encrypted?: unknown } }[]
          NetworkInterfaces?: { AssociatePublicIpAddress?: unknown }[]
        }
        for (const n of data.NetworkInterfaces ?? []) {
          assert.equal(n.AssociatePublicIpAddress, { 'Fn::If': ['AssignPublicIpEnabled', true, false] }, `${id} decides the instances' public IP itself`)
        }
        assert.is(data.MetadataOptions?.HttpTokens, 'required', `${id} allows IMDSv1`)
        assert.ok((data.BlockDeviceMappings ?? []).length > 0, `${id} leaves the root volume to the AMI's default encryption`)
        for (const m of data.BlockDeviceMappings ?? []) assert.is(m.Ebs?.Encrypted, true, `${id} has an unencrypted volume`)
      }
    }
  })

  test(`${path}: IAM never allows every action, and every resource only where AWS has no narrower ARN`, () => {
    for (const [id, r] of resources(path)) {
      if (r.Type !== 'AWS::IAM::Role') continue
      const policies = (r.Properties?.Policies as { PolicyDocument: unknown }[] | undefined) ?? []
      for (const policy of policies) {
        for (const s of statements(policy.PolicyDocument)) {
          const actions = ([] as unknown[]).concat(s.Action ?? [])
          assert.not.ok(actions.some((a) => a === '*' || (typeof a === 'string' && a.endsWith(':*'))), `${id} allows every action`)
          // The one policy composeform writes with secrets must name them.
          if (actions.includes('secretsmanager:GetSecretValue')) assert.not.equal(s.Resource, '*', `${id} reads every secret`)
        }
      }
    }
  })

  test(`${path}: no secret value, NoEcho default or credential-looking string`, () => {
    const text = readFileSync(join(repo, path), 'utf8')
    const template = JSON.parse(text) as { Parameters?: Record<string, { NoEcho?: boolean; Default?: unknown }> }
    for (const [name, p] of Object.entries(template.Parameters ?? {})) if (p.NoEcho) assert.is(p.Default, undefined, `${name} has a default`)
    assert.not.match(text, /AKIA[0-9A-Z]{16}/, 'an AWS access key id')
    assert.not.match(text, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key')
    assert.not.match(text, /(password|secret|token)["']?\s*[:=]\s*["'][^"'${]{6,}/i, 'a credential-looking assignment')
  })
}

test.run()
