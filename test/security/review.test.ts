// reviewSecurity over hand-written templates: each attention kind, each way a secret arrives.
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert, renderSecurityReview, reviewSecurity, toTemplate, type ServiceReview, type Template } from 'composeform'

const role = (statements: unknown[], managed: unknown[] = []) => ({ Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: managed, Policies: [{ PolicyName: 'P', PolicyDocument: { Statement: statements } }] } })

function template(resources: Record<string, unknown>, parameters: Record<string, unknown> = {}): Template {
  return { AWSTemplateFormatVersion: '2010-09-09', Parameters: parameters, Resources: resources } as unknown as Template
}

const service = (properties: Record<string, unknown> = {}) => ({
  Type: 'AWS::ECS::Service',
  Properties: {
    TaskDefinition: { Ref: 'Task' },
    NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'ENABLED', SecurityGroups: [{ 'Fn::GetAtt': ['Group', 'GroupId'] }] } },
    Tags: [{ Key: 'com.docker.compose.service', Value: 'web' }],
    ...properties,
  },
})

const kinds = (t: Template) => reviewSecurity(t).attention.map((a) => `${a.kind} ${a.id}`).sort()

test('a compose-made template with a published port: nothing but the plain-HTTP listener to look at', () => {
  const result = convert({ sources: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["80:8080"]\n' }, emit: [] })
  const review = reviewSecurity(toTemplate(result.graph!))
  assert.equal(review.attention.map((a) => a.kind), ['plaintext-listener'])
  assert.equal(review.services.map((s) => [s.name, s.publicIp, s.listeners, s.deployment]), [['web', 'parameter AssignPublicIp (default DISABLED)', ['HTTP 80'], { circuitBreaker: true, rollback: true }]])
  assert.ok(review.ingress.some((r) => r.open && r.loadBalancerGroup), 'the load balancer is open to the internet')
  assert.ok(review.ingress.every((r) => !r.open || r.loadBalancerGroup), '0.0.0.0/0 only on load balancer groups')
  assert.equal(review.loadBalancers.map((lb) => lb.scheme), ['internet-facing'])
})

test('a redirect to HTTPS is not a plaintext listener; services behind listener rules are listed with their routes', () => {
  const yaml = 'services:\n  web:\n    image: nginx\n    ports: ["443:8080"]\n  api:\n    image: api\n    ports:\n      - {target: 80, published: "443", x-aws-rule: {host: api.example.com}}\n'
  const result = convert({ sources: { 'compose.yaml': yaml }, emit: [] })
  const review = reviewSecurity(toTemplate(result.graph!))
  assert.equal(review.attention, [])
  const [https, redirect] = review.listeners
  assert.equal([https!.id, https!.services, https!.routes], ['LoadBalancerTCP443Listener', ['api', 'web'], ['priority 10: host api.example.com → api']])
  assert.equal([redirect!.id, redirect!.encrypted, redirect!.redirect], ['LoadBalancerTCP80Listener', false, 'HTTPS 443'])
  assert.equal(review.services.map((s) => [s.name, s.listeners]), [['api', ['HTTPS 443']], ['web', ['HTTPS 443']]])
})

test('public IPs, no rollback, logs kept forever, and 0.0.0.0/0 on a task group are flagged', () => {
  const t = template({
    Group: { Type: 'AWS::EC2::SecurityGroup', Properties: { SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] } },
    Open: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': ['Group', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 8000, ToPort: 8100, CidrIpv6: '::/0' } },
    Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'app' } },
    Service: service({ DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: false } } }),
    Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [] } },
  })
  assert.equal(kinds(t), ['logs-never-expire Logs', 'open-ingress Group[0]', 'open-ingress Open', 'no-rollback Service', 'public-ip Service'].sort())
  const review = reviewSecurity(t)
  assert.equal(review.ingress.map((r) => `${r.id}: ${r.ports} from ${r.source}`), ['Group[0]: tcp 22 from 0.0.0.0/0', 'Open: tcp 8000-8100 from ::/0'])
  assert.match(renderSecurityReview(review), /Logs\n {2}Logs {2}app {2}kept forever\n/)
})

test('IAM: wildcard actions or resources and broad managed policies are flagged; scoped statements are listed only', () => {
  const t = template({
    Service: service({ NetworkConfiguration: {} , DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } } }),
    Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { ExecutionRoleArn: { Ref: 'Exec' }, TaskRoleArn: { 'Fn::GetAtt': ['TaskRole', 'Arn'] }, ContainerDefinitions: [] } },
    Exec: role([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: 'S' } }]),
    TaskRole: role([{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*' }], ['arn:aws:iam::aws:policy/AdministratorAccess']),
  })
  assert.equal(kinds(t), ['broad-managed-policy TaskRole', 'wildcard-permission TaskRole'])
  const web = reviewSecurity(t).services[0]!
  assert.equal(web.publicIp, 'DISABLED', 'ECS defaults to no public IP')
  assert.equal(web.executionRole, { id: 'Exec', managedPolicies: [], statements: [{ effect: 'Allow', actions: ['secretsmanager:GetSecretValue'], resources: ['S'] }] })
  assert.equal(web.taskRole?.statements.length, 2)
})

test('existing roles: named in the review as existing, and flagged, since the template cannot show what they allow', () => {
  const result = convert({
    sources: { 'compose.yaml': 'x-aws-execution_role: ecsTaskExecutionRole\nservices:\n  web:\n    image: nginx\n    x-aws-task_role: arn:aws:iam::123456789012:role/web\n  worker:\n    image: busybox\n' },
    emit: [],
  })
  const review = reviewSecurity(toTemplate(result.graph!))
  const [web, worker] = review.services as [ServiceReview, ServiceReview]
  assert.equal(web.executionRole, { id: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ecsTaskExecutionRole', existing: true, managedPolicies: [], statements: [] })
  assert.equal(web.taskRole, { id: 'arn:aws:iam::123456789012:role/web', existing: true, managedPolicies: [], statements: [] })
  assert.is(worker.taskRole, undefined, 'no task role at all is still none')
  assert.equal(review.attention.map((a) => `${a.kind} ${a.id}`), ['existing-role WebService', 'existing-role WebService', 'existing-role WorkerService'])
  assert.match(review.attention[1]!.message, 'The task role of web is the existing role arn:aws:iam::123456789012:role/web: review what it allows in IAM.')
  assert.match(renderSecurityReview(review), 'task role        arn:aws:iam::123456789012:role/web (existing: what it allows is not in this template)')
})

test('secrets: created from NoEcho parameters, echoed parameters or literals; delivered as variables or files; registry credentials', () => {
  const t = template(
    {
      Hidden: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: { Ref: 'HiddenValue' } } },
      Shown: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: { Ref: 'ShownValue' } } },
      Literal: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: 'hunter2' } },
      Generated: { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: {} } },
      Service: service({ DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }, NetworkConfiguration: {} }),
      Task: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          ContainerDefinitions: [
            { Name: 'app', Essential: true, Secrets: [{ Name: 'TOKEN', ValueFrom: { Ref: 'Hidden' } }], MountPoints: [{ SourceVolume: 'secrets', ContainerPath: '/run/secrets' }], RepositoryCredentials: { CredentialsParameter: 'arn:aws:secretsmanager:eu-west-1:1:secret:registry' } },
            { Name: 'init', Essential: false, Secrets: [{ Name: 'SECRET_0', ValueFrom: { Ref: 'Shown' } }], MountPoints: [{ SourceVolume: 'secrets', ContainerPath: '/run/secrets' }] },
          ],
        },
      },
    },
    { HiddenValue: { Type: 'String', NoEcho: true }, ShownValue: { Type: 'String' } },
  )
  const review = reviewSecurity(t)
  assert.equal(review.secrets.map((s) => `${s.id}: ${s.value}`), ['Generated: generated by Secrets Manager', 'Hidden: parameter HiddenValue (NoEcho)', 'Literal: written in the template', 'Shown: parameter ShownValue without NoEcho'])
  assert.equal(kinds(t), ['secret-in-template Literal', 'secret-parameter-echo Shown'])
  assert.equal(review.noEchoParameters, ['HiddenValue'])
  const web = review.services[0]!
  assert.equal(web.secrets.map((s) => `${s.container} ${s.name} ${s.from} ${s.delivery} ${s.paths.join(',')}`), ['app TOKEN Hidden environment ', 'init SECRET_0 Shown file /run/secrets'])
  assert.equal(web.registryCredentials, ['arn:aws:secretsmanager:eu-west-1:1:secret:registry'])
  assert.not.match(renderSecurityReview(review) + JSON.stringify(review), /hunter2/, 'a review never repeats a secret value')
})

test('encryption at rest: any EFS file system, and anything with an Encrypted property', () => {
  const t = template({
    Plain: { Type: 'AWS::EFS::FileSystem', Properties: {} },
    Sealed: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true, KmsKeyId: { Ref: 'Key' } } },
    Volume: { Type: 'AWS::EC2::Volume', Properties: { Encrypted: false } },
  })
  assert.equal(reviewSecurity(t).encryption.map((e) => `${e.id} ${e.encrypted} ${e.kmsKey ?? ''}`), ['Plain not set ', 'Sealed true Key', 'Volume false '])
  assert.equal(kinds(t), ['unencrypted-storage Plain', 'unencrypted-storage Volume'])
})

test('listeners: TLS and HTTPS are encrypted, with their certificates; an internal load balancer says so', () => {
  const t = template({
    Nlb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'network', Scheme: 'internal' } },
    Tls: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: { Ref: 'Nlb' }, Port: 8883, Protocol: 'TLS', Certificates: [{ CertificateArn: { Ref: 'Cert' } }] } },
    Udp: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: { Ref: 'Nlb' }, Port: 53, Protocol: 'UDP' } },
  }, { Cert: { Type: 'String', Default: 'arn:cert' } })
  const review = reviewSecurity(t)
  assert.equal(review.loadBalancers, [{ id: 'Nlb', type: 'network', scheme: 'internal' }])
  assert.equal(review.listeners.map((l) => `${l.id} ${l.protocol} ${l.encrypted} ${l.certificates.join(',')}`), ['Tls TLS true parameter Cert (default arn:cert)', 'Udp UDP false '])
  assert.equal(kinds(t), ['plaintext-listener Udp'])
})

test('an empty template gives an empty review, rendered with `none` in every section', () => {
  const text = renderSecurityReview(reviewSecurity(template({})))
  assert.is(text.match(/\n {2}none\n/g)?.length, 9)
  assert.ok(text.endsWith('none\n'))
})

test('EC2 instances: IMDSv2, public IPs, encrypted volumes and the instance role are reviewed and flagged', () => {
  const launch = (data: Record<string, unknown>) => ({ Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { IamInstanceProfile: { Arn: { 'Fn::GetAtt': ['Profile', 'Arn'] } }, ...data } } })
  const t = template({
    Safe: launch({ MetadataOptions: { HttpTokens: 'required' }, NetworkInterfaces: [{ AssociatePublicIpAddress: false }], BlockDeviceMappings: [{ Ebs: { Encrypted: true } }] }),
    Loose: launch({ MetadataOptions: { HttpTokens: 'optional' }, NetworkInterfaces: [{ AssociatePublicIpAddress: true }], BlockDeviceMappings: [{ Ebs: {} }] }),
    Profile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'InstanceRole' }] } },
    InstanceRole: role([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]),
  })
  const review = reviewSecurity(t)
  assert.equal(review.instances.map((i) => [i.id, i.imdsV2, i.publicIp, i.volumesEncrypted, i.role?.id]), [
    ['Loose', false, 'true', false, 'InstanceRole'],
    ['Safe', true, 'false', true, 'InstanceRole'],
  ])
  assert.equal(kinds(t), ['imds-v1 Loose', 'public-ip Loose', 'unencrypted-storage Loose', 'wildcard-permission InstanceRole'])
  assert.match(renderSecurityReview(review), /EC2 instances\n {2}Loose\n {4}metadata service +IMDSv1 allowed/)
})

test('variables that look like secrets, written as values in a task definition, are secret-in-environment; paths and secrets delivered by ECS are not', () => {
  const t = template({
    Service: service({ DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }, NetworkConfiguration: {} }),
    Task: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        ContainerDefinitions: [
          { Name: 'app', Environment: [{ Name: 'DB_PASSWORD', Value: 'hunter2' }, { Name: 'DATABASE_URL', Value: 'postgres://app:hunter2@db/app' }, { Name: 'GOOGLE_APPLICATION_CREDENTIALS', Value: '/run/secrets/gcp.json' }, { Name: 'MODE', Value: 'prod' }], Secrets: [{ Name: 'API_TOKEN', ValueFrom: 'arn:aws:secretsmanager:eu-west-1:1:secret:t' }] },
        ],
      },
    },
  })
  const review = reviewSecurity(t)
  assert.equal(review.attention.filter((a) => a.kind === 'secret-in-environment').map((a) => `${a.id}: ${a.message}`), [
    'Task: app gets DB_PASSWORD as a plain variable: its value is written in the task definition.',
    'Task: app gets DATABASE_URL as a plain variable: its value is written in the task definition.',
  ])
  assert.not.match(renderSecurityReview(review) + JSON.stringify(review), /hunter2/, 'a review never repeats a secret value')
})

test.run()
