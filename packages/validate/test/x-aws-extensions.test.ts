import { readFileSync } from 'node:fs'
import type { ErrorObject } from 'ajv'
import { joinPath, loadProject, type ComposeModel } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { DECLARATION_FILE, VALIDATOR_FILE, exportName, generateXAwsValidators } from '../scripts/generate-x-aws-validators.mjs'
import { validators } from '../src/generated/x-aws-validators.js'
import { checkAwsExtensions, type ExtensionIssue } from '../src/x-aws/check-extensions.js'
import { collapseErrors } from '../src/x-aws/collapse-errors.js'
import { didYouMean, editDistance } from '@composeform/model'
import { AWS_EXTENSIONS, type AwsExtensionName, type ExtensionPlace } from '../src/x-aws/schemas/index.js'

type Path = (string | number)[]

/** A model with one service `web` (one port, `deploy.update_config`), secret `token`, network `front`. */
function baseModel(): ComposeModel {
  return {
    name: 'app',
    services: { web: { image: 'nginx', ports: [{ target: 80, published: '80', protocol: 'tcp', mode: 'ingress' }], secrets: [{ source: 'token', target: '/run/secrets/token' }], deploy: { update_config: {}, rollback_config: {} } } },
    networks: { front: { name: 'app_front' } },
    volumes: { data: { name: 'app_data' } },
    secrets: { token: { name: 'app_token', file: './token.json' } },
    configs: { settings: { name: 'app_settings', file: './settings.ini' } },
    extensions: {},
  }
}

// Where each place puts a key in `baseModel`, as a path.
const PLACE_PATHS: Readonly<Record<ExtensionPlace, Path>> = {
  project: [],
  service: ['services', 'web'],
  deploy: ['services', 'web', 'deploy'],
  update_config: ['services', 'web', 'deploy', 'update_config'],
  port: ['services', 'web', 'ports', 0],
  secret: ['secrets', 'token'],
  service_secret: ['services', 'web', 'secrets', 0],
  network: ['networks', 'front'],
}

/** `baseModel` with `key: value` written at `holder` (a path of `baseModel`; `[]` is the top level). */
function modelWith(holder: Path, key: string, value: unknown): ComposeModel {
  const model = baseModel()
  let node: Record<string | number, unknown> = holder.length === 0 ? model.extensions : (model as unknown as Record<string, unknown>)
  for (const part of holder) node = node[part] as Record<string | number, unknown>
  node[key] = value
  return model
}

/** The path of extension `name` written at its (first) place. */
function pathOf(name: AwsExtensionName): Path {
  return [...PLACE_PATHS[AWS_EXTENSIONS[name].where[0]!], name]
}

/** Checks `value` as extension `name`, written at its (first) place. */
function check(name: AwsExtensionName, value: unknown): ExtensionIssue[] {
  return checkAwsExtensions(modelWith(PLACE_PATHS[AWS_EXTENSIONS[name].where[0]!], name, value))
}

function issue(code: ExtensionIssue['code'], path: Path, message: string, hint?: string, atKey = code !== 'X_AWS_INVALID'): ExtensionIssue {
  const severity = code === 'X_AWS_INVALID' ? 'error' : 'warning'
  return hint === undefined ? { code, severity, path, atKey, message } : { code, severity, path, atKey, message, hint }
}

/** An `X_AWS_INVALID` issue about the value of `name`, `below` its path. */
function invalid(name: AwsExtensionName, below: Path, message: string, hint?: string, atKey = false): ExtensionIssue {
  return issue('X_AWS_INVALID', [...pathOf(name), ...below], message, hint, atKey)
}

const description = (name: AwsExtensionName): string => AWS_EXTENSIONS[name].schema.description
const QUOTE = 'Put the value in quotes so YAML reads it as a string.'
const UNQUOTE = 'Write the number without quotes.'
const WHOLE = 'Use a whole number.'
const OWN_NAME = 'If it is your own extension, give it a name that does not start with `x-aws-`.'
const NEVER = "Docker's ECS integration never had it; change the generated template through `x-aws-cloudformation` instead."

// --- valid values ----------------------------------------------------------------------------

const VALID: Readonly<Record<AwsExtensionName, readonly unknown[]>> = {
  'x-aws-vpc': [
    'vpc-1234abcd',
    'vpc-0123456789abcdef0',
    'arn:aws:ec2:us-west-1:123456789012:vpc/vpc-1234acbd',
    'arn:aws-us-gov:ec2:us-gov-west-1:123456789012:vpc/vpc-0123456789abcdef0',
  ],
  'x-aws-cluster': ['production', 'my_cluster-2', 'arn:aws:ecs:eu-west-1:123456789012:cluster/production'],
  'x-aws-loadbalancer': [
    'web-lb',
    'a',
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/0123456789abcdef',
    'arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/net/tcp-lb/0123456789abcdef',
  ],
  'x-aws-loadbalancer_scheme': ['internet-facing', 'internal'],
  'x-aws-logs_retention': [1, 30, 3653],
  'x-aws-cloudformation': [
    {},
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Description: 'Shop',
      Metadata: { Owner: 'team' },
      Parameters: { Stage: { Type: 'String', Default: 'prod' } },
      Rules: {},
      Mappings: { Regions: { 'us-east-1': { Ami: 'ami-1' } } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        WebTCP80TargetGroup: { Properties: { HealthCheckPath: '/health', Matcher: { HttpCode: '200-499' } } },
        Bucket: { Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', DependsOn: ['WebService'], Condition: 'IsProd' },
        Hook: { Type: 'Custom::Hook', Properties: null },
        LoadBalancer: null,
      },
      Hooks: {},
      Outputs: { Url: { Value: { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] } }, Old: null },
    },
    { Transform: ['AWS::Serverless-2016-10-31', 'MyMacro'] },
  ],
  'x-aws-capacity_provider_strategy': [
    'FARGATE_SPOT',
    'FARGATE',
    [{ capacity_provider: 'FARGATE', base: 1, weight: 1 }, { capacity_provider: 'FARGATE_SPOT', weight: 3 }],
    [{ capacity_provider: 'FARGATE_SPOT' }],
  ],
  'x-aws-exec': [true, false],
  'x-aws-task_role': ['app-task', 'arn:aws:iam::123456789012:role/app-task', 'arn:aws-cn:iam::123456789012:role/team/apps/app+task=1,v.2@x_y-z'],
  'x-aws-execution_role': ['ecsTaskExecutionRole', 'arn:aws-us-gov:iam::123456789012:role/service-role/ecsTaskExecutionRole'],
  'x-aws-task': ['web', 'api-gateway_2.0'],
  'x-aws-pull_credentials': ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:DockerHubAccessToken-AbCdEf'],
  'x-aws-role': [
    { Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::shop/*' }] },
    { Statement: { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:iam::*:role/admin'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } } },
    { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::Sub': '${Bucket.Arn}/*' }] }] },
  ],
  'x-aws-policies': [[], ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'arn:aws:iam::123456789012:policy/team/app-access', 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy']],
  'x-aws-autoscaling': [{ max: 10, cpu: 75 }, { min: 1, max: 3, memory: 80 }, { min: 0, max: 5, request_count: 1000 }, { min: 3, max: 3, cpu: 100 }],
  'x-aws-min_percent': [0, 50, 100],
  'x-aws-max_percent': [100, 150, 200],
  'x-aws-protocol': ['http', 'https', 'grpc', 'tcp', 'udp'],
  'x-aws-rule': [{ host: 'api.example.com' }, { path: '/api/*', priority: 10 }, { host: ['example.com', '*.example.com'], path: ['/', '/static/*'], priority: 50000 }],
  'x-aws-keys': ['*', 'username', ['username', 'password']],
  'x-aws-env': ['DB_PASSWORD', { DB_USER: 'username', DB_PASSWORD: 'password' }],
  'x-aws-securitygroup': ['sg-1234abcd', 'sg-0123456789abcdef0'],
}

test('every extension has valid examples', () => {
  assert.equal(Object.keys(VALID), Object.keys(AWS_EXTENSIONS))
})

test('valid values of every extension give no issues (other than a deprecation)', () => {
  for (const [name, values] of Object.entries(VALID) as [AwsExtensionName, readonly unknown[]][]) {
    for (const value of values) {
      const issues = check(name, value).filter((i) => i.code !== 'X_AWS_DEPRECATED')
      assert.equal(issues, [], `${name}: ${JSON.stringify(value)}`)
    }
  }
})

test('a model without x-aws keys, or with only look-alike keys, has no issues', () => {
  assert.equal(checkAwsExtensions(baseModel()), [])
  const model = baseModel()
  model.extensions = { 'x-awslogs': { driver: 'awslogs' }, 'x-aws': { region: 'x' }, 'x-custom': 1 }
  model.services['web']!['x-aws'] = { cpu: 256 }
  model.services['web']!['x-awsome'] = true
  assert.equal(checkAwsExtensions(model), [])
})

test('all places at once: every extension where it belongs gives no issues', () => {
  const model = baseModel()
  const web = model.services['web']!
  model.extensions = { 'x-aws-vpc': 'vpc-1234abcd', 'x-aws-cluster': 'prod', 'x-aws-loadbalancer': 'lb', 'x-aws-logs_retention': 14, 'x-aws-cloudformation': {} }
  Object.assign(web, { 'x-aws-pull_credentials': VALID['x-aws-pull_credentials'][0], 'x-aws-role': VALID['x-aws-role'][0], 'x-aws-policies': [] })
  Object.assign(web.deploy!, { 'x-aws-autoscaling': { max: 2, cpu: 50 } })
  Object.assign(web.deploy!.update_config!, { 'x-aws-min_percent': 50, 'x-aws-max_percent': 150 })
  Object.assign(web.ports![0]!, { 'x-aws-protocol': 'http' })
  Object.assign(model.secrets['token']!, { 'x-aws-keys': '*' })
  assert.equal(checkAwsExtensions(model), [])
})

// --- invalid values --------------------------------------------------------------------------

test('x-aws-vpc', () => {
  assert.equal(check('x-aws-vpc', 'vpc-XYZ'), [invalid('x-aws-vpc', [], '`x-aws-vpc` must be a VPC id or a VPC ARN, not `vpc-XYZ`.', description('x-aws-vpc'))])
  assert.equal(check('x-aws-vpc', 'arn:aws:ec2:us-west-1:EXAMPLE:vpc/vpc-1234acbd'), [
    invalid('x-aws-vpc', [], '`x-aws-vpc` must be a VPC id or a VPC ARN, not `arn:aws:ec2:us-west-1:EXAMPLE:vpc/vpc-1…`.', description('x-aws-vpc')),
  ])
  assert.equal(check('x-aws-vpc', 12345678), [invalid('x-aws-vpc', [], '`x-aws-vpc` must be a VPC id or a VPC ARN, not a number.', QUOTE)])
  assert.equal(check('x-aws-vpc', null), [invalid('x-aws-vpc', [], '`x-aws-vpc` must be a VPC id or a VPC ARN, not null.', description('x-aws-vpc'))])
})

test('x-aws-cluster and x-aws-loadbalancer', () => {
  assert.equal(check('x-aws-cluster', 'my cluster'), [
    invalid('x-aws-cluster', [], '`x-aws-cluster` must be an ECS cluster name or ARN, not `my cluster`.', description('x-aws-cluster')),
  ])
  assert.equal(check('x-aws-loadbalancer', '-lb'), [
    invalid('x-aws-loadbalancer', [], '`x-aws-loadbalancer` must be a load balancer name or ARN, not `-lb`.', description('x-aws-loadbalancer')),
  ])
  assert.equal(check('x-aws-loadbalancer', 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/gwy/g/0123456789abcdef').length, 1)
})

test('x-aws-task_role and x-aws-execution_role: a role name or a role ARN, nothing else', () => {
  for (const name of ['x-aws-task_role', 'x-aws-execution_role'] as const) {
    const rejects = (value: string, shown: string) =>
      assert.equal(check(name, value), [invalid(name, [], `\`${name}\` must be an IAM role name or ARN, not \`${shown}\`.`, description(name))], value)
    rejects('app task', 'app task')
    rejects('r'.repeat(65), `${'r'.repeat(39)}…`)
    rejects('arn:aws:iam::123456789012:policy/app', 'arn:aws:iam::123456789012:policy/app')
    rejects('arn:aws:iam:us-east-1:123456789012:role/app', 'arn:aws:iam:us-east-1:123456789012:role…')
    rejects('arn:aws:iam::1234:role/app', 'arn:aws:iam::1234:role/app')
    rejects('arn:aws:iam::123456789012:role/', 'arn:aws:iam::123456789012:role/')
    assert.equal(check(name, 'r'.repeat(64)), [])
  }
})

test('x-aws-logs_retention', () => {
  assert.equal(check('x-aws-logs_retention', 0), [
    invalid('x-aws-logs_retention', [], '`x-aws-logs_retention` must be at least 1, not `0`.', description('x-aws-logs_retention')),
  ])
  assert.equal(check('x-aws-logs_retention', '30'), [invalid('x-aws-logs_retention', [], '`x-aws-logs_retention` must be an integer, not a string.', UNQUOTE)])
  assert.equal(check('x-aws-logs_retention', 7.5), [invalid('x-aws-logs_retention', [], '`x-aws-logs_retention` must be an integer, not `7.5`.', WHOLE)])
})

test('x-aws-cloudformation: sections', () => {
  const sections = '`AWSTemplateFormatVersion`, `Description`, `Metadata`, `Parameters`, `Rules`, `Mappings`, `Conditions`, `Transform`, `Resources`, `Hooks` and `Outputs`'
  assert.equal(check('x-aws-cloudformation', { Resource: { Web: {} } }), [
    invalid('x-aws-cloudformation', ['Resource'], '`x-aws-cloudformation` has an unknown key `Resource`.', 'Did you mean `Resources`?', true),
  ])
  assert.equal(check('x-aws-cloudformation', { outputs: {}, Globals: {} }), [
    invalid('x-aws-cloudformation', ['outputs'], '`x-aws-cloudformation` has an unknown key `outputs`.', 'Did you mean `Outputs`?', true),
    invalid('x-aws-cloudformation', ['Globals'], '`x-aws-cloudformation` has an unknown key `Globals`.', `The keys allowed here are ${sections}.`, true),
  ])
  assert.equal(check('x-aws-cloudformation', 'Resources: {}'), [
    invalid('x-aws-cloudformation', [], '`x-aws-cloudformation` must be a partial CloudFormation template, not a string.', description('x-aws-cloudformation')),
  ])
  assert.equal(check('x-aws-cloudformation', { AWSTemplateFormatVersion: '2010-09-10' }), [
    invalid('x-aws-cloudformation', ['AWSTemplateFormatVersion'], '`x-aws-cloudformation.AWSTemplateFormatVersion` must be `2010-09-09`, not `2010-09-10`.', 'Did you mean `2010-09-09`?'),
  ])
  assert.equal(check('x-aws-cloudformation', { Outputs: [] }), [
    invalid('x-aws-cloudformation', ['Outputs'], '`x-aws-cloudformation.Outputs` must be a mapping, not a list.', '`Outputs` maps names to output mappings, as in a CloudFormation template.'),
  ])
  assert.equal(check('x-aws-cloudformation', { Transform: 3 }), [
    invalid('x-aws-cloudformation', ['Transform'], '`x-aws-cloudformation.Transform` must be a macro name or a list of macro names, not a number.', QUOTE),
  ])
})

test('x-aws-cloudformation: resources', () => {
  const resource = 'A resource has `Type` and `Properties`, and optionally `DependsOn`, `Condition`, `Metadata` and the policy attributes.'
  assert.equal(check('x-aws-cloudformation', { Resources: { Web: 'WebService' } }), [
    invalid('x-aws-cloudformation', ['Resources', 'Web'], '`x-aws-cloudformation.Resources.Web` must be a resource mapping, or null to remove the resource, not a string.', resource),
  ])
  assert.equal(check('x-aws-cloudformation', { Resources: { Bucket: { Type: 'S3 bucket', Propertes: {} } } }), [
    invalid(
      'x-aws-cloudformation',
      ['Resources', 'Bucket', 'Type'],
      '`x-aws-cloudformation.Resources.Bucket.Type` must be a resource type such as `AWS::S3::Bucket`, not `S3 bucket`.',
      'Write the type as `AWS::<service>::<resource>`, e.g. `AWS::S3::Bucket`, or `Custom::<name>`.',
    ),
    invalid('x-aws-cloudformation', ['Resources', 'Bucket', 'Propertes'], '`x-aws-cloudformation.Resources.Bucket` has an unknown key `Propertes`.', 'Did you mean `Properties`?', true),
  ])
})

test('x-aws-pull_credentials', () => {
  assert.equal(check('x-aws-pull_credentials', 'secret'), [
    invalid('x-aws-pull_credentials', [], '`services.web.x-aws-pull_credentials` must be a Secrets Manager secret ARN, not `secret`.', description('x-aws-pull_credentials')),
  ])
})

test('x-aws-role', () => {
  const statementHint = 'List the statements, e.g. `Statement: [{Effect: Allow, Action: [s3:GetObject], Resource: "*"}]`.'
  assert.equal(check('x-aws-role', { Version: '2012-10-17' }), [
    invalid('x-aws-role', [], '`services.web.x-aws-role` is missing the required key `Statement`.', statementHint),
  ])
  assert.equal(check('x-aws-role', { Statment: [] }), [
    invalid('x-aws-role', [], '`services.web.x-aws-role` is missing the required key `Statement`.', statementHint),
    invalid('x-aws-role', ['Statment'], '`services.web.x-aws-role` has an unknown key `Statment`.', 'Did you mean `Statement`?', true),
  ])
  assert.equal(check('x-aws-role', { Statement: [] }), [invalid('x-aws-role', ['Statement'], '`services.web.x-aws-role.Statement` must not be an empty list.', statementHint)])
  assert.equal(check('x-aws-role', { Statement: 'Allow everything' }), [
    invalid('x-aws-role', ['Statement'], '`services.web.x-aws-role.Statement` must be a list of policy statements, not a string.', statementHint),
  ])
  assert.equal(check('x-aws-role', { Version: '2012-10-18', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }), [
    invalid('x-aws-role', ['Version'], '`services.web.x-aws-role.Version` must be `2012-10-17` or `2008-10-17`, not `2012-10-18`.', 'Did you mean `2012-10-17`?'),
  ])
})

test('x-aws-role: statements', () => {
  const keys = 'The keys allowed here are `Sid`, `Effect`, `Action`, `NotAction`, `Resource`, `NotResource` and `Condition`.'
  assert.equal(check('x-aws-role', { Statement: [{ Effect: 'allow', Action: 3, Resource: ['*', 4], Principal: '*' }] }), [
    invalid('x-aws-role', ['Statement', 0, 'Effect'], '`services.web.x-aws-role.Statement[0].Effect` must be `Allow` or `Deny`, not `allow`.', 'Did you mean `Allow`?'),
    invalid('x-aws-role', ['Statement', 0, 'Action'], '`services.web.x-aws-role.Statement[0].Action` must be a string or a list of strings, not a number.', QUOTE),
    invalid('x-aws-role', ['Statement', 0, 'Resource', 1], '`services.web.x-aws-role.Statement[0].Resource[1]` must be a string, not a number.', QUOTE),
    invalid('x-aws-role', ['Statement', 0, 'Principal'], '`services.web.x-aws-role.Statement[0]` has an unknown key `Principal`.', keys, true),
  ])
  assert.equal(check('x-aws-role', { Statement: [{ Action: 's3:*', Resource: '' }] }), [
    invalid('x-aws-role', ['Statement', 0], '`services.web.x-aws-role.Statement[0]` is missing the required key `Effect`.', '`Effect` is `Allow` or `Deny`.'),
    invalid('x-aws-role', ['Statement', 0, 'Resource'], '`services.web.x-aws-role.Statement[0].Resource` must not be empty.', '`Resource` takes one value or a list, such as `arn:aws:s3:::my-bucket/*`.'),
  ])
})

test('x-aws-policies', () => {
  const item = AWS_EXTENSIONS['x-aws-policies'].schema.items.description
  assert.equal(check('x-aws-policies', 'arn:aws:iam::aws:policy/ReadOnlyAccess'), [
    invalid('x-aws-policies', [], '`services.web.x-aws-policies` must be a list of IAM managed policy ARNs, not a string.', 'Write it as a list: `["arn:aws:iam::aws:policy/ReadOnlyAccess"]`.'),
  ])
  assert.equal(check('x-aws-policies', ['AmazonS3ReadOnlyAccess', 'arn:aws:iam::aws:role/x']), [
    invalid('x-aws-policies', [0], '`services.web.x-aws-policies[0]` must be an IAM managed policy ARN, not `AmazonS3ReadOnlyAccess`.', item),
    invalid('x-aws-policies', [1], '`services.web.x-aws-policies[1]` must be an IAM managed policy ARN, not `arn:aws:iam::aws:role/x`.', item),
  ])
  assert.equal(check('x-aws-policies', ['arn:aws:iam::aws:policy/A', 'arn:aws:iam::aws:policy/B', 'arn:aws:iam::aws:policy/A']), [
    invalid('x-aws-policies', [2], '`services.web.x-aws-policies[2]` repeats `services.web.x-aws-policies[0]`.', 'Remove the duplicate.'),
  ])
})

test('x-aws-autoscaling: required keys and one target', () => {
  const at = '`services.web.deploy.x-aws-autoscaling`'
  assert.equal(check('x-aws-autoscaling', { cpu: 75 }), [
    invalid('x-aws-autoscaling', [], `${at} is missing the required key \`max\`.`, 'Add `max` with the most tasks to run, such as `max: 10`.'),
  ])
  assert.equal(check('x-aws-autoscaling', { max: 10 }), [
    invalid('x-aws-autoscaling', [], `${at} must set one of \`cpu\`, \`memory\` or \`request_count\`.`, description('x-aws-autoscaling')),
  ])
  assert.equal(check('x-aws-autoscaling', { max: 10, cpu: 50, memory: 50 }), [
    invalid('x-aws-autoscaling', [], `${at} sets \`cpu\` and \`memory\`, but only one of them may be set.`, 'Keep only one of `cpu` or `memory`.'),
  ])
  assert.equal(check('x-aws-autoscaling', { max: 10, cpu: 50, memory: 50, request_count: 10 }), [
    invalid('x-aws-autoscaling', [], `${at} sets \`cpu\`, \`memory\` and \`request_count\`, but only one of them may be set.`, 'Keep only one of `cpu`, `memory` or `request_count`.'),
  ])
  assert.equal(check('x-aws-autoscaling', { max: 10, mem: 50 }), [
    invalid('x-aws-autoscaling', [], `${at} must set one of \`cpu\`, \`memory\` or \`request_count\`.`, description('x-aws-autoscaling')),
    invalid('x-aws-autoscaling', ['mem'], `${at} has an unknown key \`mem\`.`, 'Did you mean `memory`?', true),
  ])
  assert.equal(check('x-aws-autoscaling', {}), [
    invalid('x-aws-autoscaling', [], `${at} must set one of \`cpu\`, \`memory\` or \`request_count\`.`, description('x-aws-autoscaling')),
    invalid('x-aws-autoscaling', [], `${at} is missing the required key \`max\`.`, 'Add `max` with the most tasks to run, such as `max: 10`.'),
  ])
  assert.equal(check('x-aws-autoscaling', 'cpu'), [invalid('x-aws-autoscaling', [], `${at} must be an autoscaling mapping, not a string.`, description('x-aws-autoscaling'))])
})

test('x-aws-autoscaling: numbers', () => {
  const at = '`services.web.deploy.x-aws-autoscaling'
  const cpu = AWS_EXTENSIONS['x-aws-autoscaling'].schema.properties.cpu.description
  assert.equal(check('x-aws-autoscaling', { max: 10, cpu: 150 }), [invalid('x-aws-autoscaling', ['cpu'], `${at}.cpu\` must be at most 100, not \`150\`.`, cpu)])
  assert.equal(check('x-aws-autoscaling', { max: 10, cpu: 150.5 }), [invalid('x-aws-autoscaling', ['cpu'], `${at}.cpu\` must be an integer, not \`150.5\`.`, WHOLE)])
  assert.equal(check('x-aws-autoscaling', { max: 0, request_count: 0 }), [
    invalid('x-aws-autoscaling', ['max'], `${at}.max\` must be at least 1, not \`0\`.`, 'Add `max` with the most tasks to run, such as `max: 10`.'),
    invalid(
      'x-aws-autoscaling',
      ['request_count'],
      `${at}.request_count\` must be at least 1, not \`0\`.`,
      'The number of load-balancer requests per task that scaling aims for on each published HTTP port, such as `1000`.',
    ),
  ])
  assert.equal(check('x-aws-autoscaling', { min: 5, max: 3, cpu: 50 }), [invalid('x-aws-autoscaling', ['min'], `${at}.min\` is 5, more than \`max\` (3).`, 'Lower `min` or raise `max`.')])
  // A mistyped `max` is reported once, not also as a bad limit for `min`.
  assert.equal(check('x-aws-autoscaling', { min: 5, max: '3', cpu: 50 }), [invalid('x-aws-autoscaling', ['max'], `${at}.max\` must be an integer, not a string.`, UNQUOTE)])
})

test('x-aws-min_percent and x-aws-max_percent', () => {
  const at = '`services.web.deploy.update_config.'
  assert.equal(check('x-aws-min_percent', 101), [invalid('x-aws-min_percent', [], `${at}x-aws-min_percent\` must be at most 100, not \`101\`.`, description('x-aws-min_percent'))])
  assert.equal(check('x-aws-min_percent', -1), [invalid('x-aws-min_percent', [], `${at}x-aws-min_percent\` must be at least 0, not \`-1\`.`, description('x-aws-min_percent'))])
  assert.equal(check('x-aws-max_percent', 99), [invalid('x-aws-max_percent', [], `${at}x-aws-max_percent\` must be at least 100, not \`99\`.`, description('x-aws-max_percent'))])
  assert.equal(check('x-aws-max_percent', 250), [invalid('x-aws-max_percent', [], `${at}x-aws-max_percent\` must be at most 200, not \`250\`.`, description('x-aws-max_percent'))])
  assert.equal(check('x-aws-max_percent', '150%'), [invalid('x-aws-max_percent', [], `${at}x-aws-max_percent\` must be an integer, not a string.`, description('x-aws-max_percent'))])
})

test('x-aws-protocol', () => {
  const at = '`services.web.ports[0].x-aws-protocol`'
  const allowed = '`http`, `https`, `grpc`, `tcp` or `udp`'
  assert.equal(check('x-aws-protocol', 'HTTP'), [invalid('x-aws-protocol', [], `${at} must be ${allowed}, not \`HTTP\`.`, 'Did you mean `http`?')])
  assert.equal(check('x-aws-protocol', 'grcp'), [invalid('x-aws-protocol', [], `${at} must be ${allowed}, not \`grcp\`.`, 'Did you mean `grpc`?')])
  assert.equal(check('x-aws-protocol', 'websocket'), [invalid('x-aws-protocol', [], `${at} must be ${allowed}, not \`websocket\`.`, description('x-aws-protocol'))])
  assert.equal(check('x-aws-protocol', 80), [invalid('x-aws-protocol', [], `${at} must be ${allowed}, not a number.`, QUOTE)])
})

test('x-aws-rule', () => {
  const at = '`services.web.ports[0].x-aws-rule'
  const messages = (value: unknown) => check('x-aws-rule', value).map((i) => [i.path.slice(5).join('.'), i.message])
  assert.equal(messages({ priority: 3 }), [['', `${at}\` must set one of \`host\` or \`path\`.`]])
  assert.equal(messages({ host: 'localhost' }), [['host', `${at}.host\` must be a host name, not \`localhost\`.`]])
  assert.equal(messages({ path: 'api/*' }), [['path', `${at}.path\` must be a path, not \`api/*\`.`]])
  assert.equal(messages({ host: ['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com'] }), [['host', `${at}.host\` must have at most 3 items.`]])
  // Five strings per rule: three hosts and three paths are one too many.
  assert.equal(messages({ host: ['a.example.com', 'b.example.com', 'c.example.com'], path: ['/a', '/b', '/c'] }), [['path', `${at}.path\` must have at most 2 items.`]])
  assert.equal(messages({ host: ['a.example.com', 'b.example.com', 'c.example.com'], path: ['/a', '/b'] }), [])
  assert.equal(messages({ path: '/x', priority: 0 }).length, 1)
})

test('x-aws-keys', () => {
  const at = '`secrets.token.x-aws-keys'
  assert.equal(check('x-aws-keys', 5), [invalid('x-aws-keys', [], `${at}\` must be a key name or a list of key names, not a number.`, QUOTE)])
  assert.equal(check('x-aws-keys', { username: true }), [
    invalid('x-aws-keys', [], `${at}\` must be a key name or a list of key names, not a mapping.`, description('x-aws-keys')),
  ])
  assert.equal(check('x-aws-keys', ''), [invalid('x-aws-keys', [], `${at}\` must not be empty.`, description('x-aws-keys'))])
  assert.equal(check('x-aws-keys', []), [invalid('x-aws-keys', [], `${at}\` must not be an empty list.`, description('x-aws-keys'))])
  assert.equal(check('x-aws-keys', ['user', 'user', 3]), [
    invalid('x-aws-keys', [1], `${at}[1]\` repeats ${at}[0]\`.`, 'Remove the duplicate.'),
    invalid('x-aws-keys', [2], `${at}[2]\` must be a string, not a number.`, QUOTE),
  ])
})

test('x-aws-role: what IAM refuses in a statement, and an Id, which a role policy cannot have', () => {
  const at = '`services.web.x-aws-role'
  assert.equal(check('x-aws-role', { Id: 'p', Statement: { Effect: 'Allow', Action: 'a:b', Resource: '*' } }), [
    invalid('x-aws-role', ['Id'], `${at}\` has an unknown key \`Id\`.`, 'The keys allowed here are `Version` and `Statement`.', true),
  ])
  assert.equal(check('x-aws-role', { Statement: [{ Sid: 'read-bucket', Effect: 'Allow', Action: 'a:b', Resource: '*' }] }), [
    invalid('x-aws-role', ['Statement', 0, 'Sid'], `${at}.Statement[0].Sid\` must be a string matching \`^[A-Za-z0-9]*$\`, not \`read-bucket\`.`, 'A `Sid` takes letters and digits only (IAM).'),
  ])
  const statements = [
    { Sid: 'A', Effect: 'Allow', Resource: '*' },
    { Sid: 'B', Effect: 'Allow', Action: 'a:b', NotAction: 'c:d', Resource: '*', NotResource: 'x' },
    { Sid: 'A', Effect: 'Deny', NotAction: 'a:b', NotResource: '*' },
  ]
  assert.equal(check('x-aws-role', { Statement: statements }), [
    invalid('x-aws-role', ['Statement', 0], `${at}.Statement[0]\` has neither \`Action\` nor \`NotAction\`; IAM takes a statement with one of them.`, 'Give the statement `Action` (or `NotAction`), not both.'),
    invalid('x-aws-role', ['Statement', 1], `${at}.Statement[1]\` has both \`Action\` and \`NotAction\`; IAM takes a statement with one of them.`, 'Give the statement `Action` (or `NotAction`), not both.'),
    invalid('x-aws-role', ['Statement', 1], `${at}.Statement[1]\` has both \`Resource\` and \`NotResource\`; IAM takes a statement with one of them.`, 'Give the statement `Resource` (or `NotResource`), not both.'),
    invalid('x-aws-role', ['Statement', 2, 'Sid'], '`Sid: A` names statement 1 already; IAM takes each `Sid` once per policy.', 'Give each statement its own `Sid`, or leave it out.'),
  ])
})

test('x-aws-role: a Condition operator IAM does not have, or one without a mapping of keys, is refused', () => {
  const at = '`services.web.x-aws-role'
  const hint = 'Write an IAM operator (`StringEquals`, `ArnLike`, `Bool`, …) with a mapping of condition keys: `{StringEquals: {aws:SourceVpc: vpc-1234}}`.'
  const known = ['StringEquals', 'StringNotEqualsIgnoreCase', 'StringLikeIfExists', 'ForAnyValue:StringLike', 'ForAllValues:StringEquals', 'NumericLessThanEquals', 'DateGreaterThan', 'DateNotEqualsIfExists', 'Bool', 'BoolIfExists', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnNotLike', 'ArnEqualsIfExists', 'Null', 'stringequals']
  assert.equal(check('x-aws-role', { Statement: { Effect: 'Allow', Action: 'a:b', Resource: '*', Condition: Object.fromEntries(known.map((op) => [op, { 'aws:SourceVpc': 'vpc-1' }])) } }), [])
  assert.equal(check('x-aws-role', { Statement: [{ Effect: 'Allow', Action: 'a:b', Resource: '*', Condition: { StringEqual: { 'aws:SourceVpc': 'vpc-1' }, NullIfExists: { k: 'true' }, ForAnyValues: {}, Bool: 'true' } }] }), [
    invalid('x-aws-role', ['Statement', 0, 'Condition', 'StringEqual'], '`StringEqual` is not an IAM condition operator; IAM refuses the policy.', hint, true),
    invalid('x-aws-role', ['Statement', 0, 'Condition', 'NullIfExists'], '`NullIfExists` is not an IAM condition operator; IAM refuses the policy.', hint, true),
    invalid('x-aws-role', ['Statement', 0, 'Condition', 'ForAnyValues'], '`ForAnyValues` is not an IAM condition operator; IAM refuses the policy.', hint, true),
    invalid('x-aws-role', ['Statement', 0, 'Condition', 'Bool'], `${at}.Statement[0].Condition.Bool\` must be a mapping of condition keys.`, hint),
  ])
})

// --- deprecated, unknown and misplaced keys ---------------------------------------------------

test('x-aws-securitygroup is deprecated, and still checked', () => {
  const path = ['networks', 'front', 'x-aws-securitygroup']
  const deprecated = issue('X_AWS_DEPRECATED', path, '`networks.front.x-aws-securitygroup` is deprecated.', 'Write `external: true` and `name: <security group id>` on the network instead.')
  assert.equal(check('x-aws-securitygroup', 'sg-0123456789abcdef0'), [deprecated])
  assert.equal(check('x-aws-securitygroup', 'default'), [
    deprecated,
    invalid('x-aws-securitygroup', [], '`networks.front.x-aws-securitygroup` must be a security group id, not `default`.', description('x-aws-securitygroup')),
  ])
})

test('unknown x-aws keys: did you mean, in any letter case', () => {
  const unknown = (holder: Path, key: string, hint: string): void => {
    const path = [...holder, key]
    assert.equal(checkAwsExtensions(modelWith(holder, key, 1)), [issue('X_AWS_UNKNOWN', path, `\`${path.join('.')}\` is not a known \`x-aws-*\` extension, so it has no effect.`, hint)], key)
  }
  unknown([], 'X-AWS-VPC', 'Did you mean `x-aws-vpc`?')
  unknown([], 'x-aws_vpc', 'Did you mean `x-aws-vpc`?')
  unknown([], 'x-aws-log_retention', 'Did you mean `x-aws-logs_retention`?')
  unknown(['services', 'web', 'deploy'], 'x-aws-autoscalling', 'Did you mean `x-aws-autoscaling`?')
  unknown(['services', 'web', 'deploy', 'update_config'], 'x-aws-min-percent', 'Did you mean `x-aws-min_percent`?')
  unknown(['services', 'web'], 'x-aws-pull_credential', 'Did you mean `x-aws-pull_credentials`?')
})

test('unknown x-aws keys: retired names and what works in the place', () => {
  const unknown = (holder: Path, key: string, hint: string): void => {
    assert.equal(checkAwsExtensions(modelWith(holder, key, 'x')).map((i) => [i.code, i.hint]), [['X_AWS_UNKNOWN', hint]], key)
  }
  unknown([], 'x-aws-lb', 'It was renamed: use `x-aws-loadbalancer`.')
  unknown([], 'x-aws-subnets', NEVER)
  unknown(['services', 'web', 'ports', 0], 'x-aws-certificate', NEVER)
  unknown(['services', 'web'], 'x-aws-widget', `The extensions that work directly under a service are \`x-aws-capacity_provider_strategy\`, \`x-aws-exec\`, \`x-aws-task_role\`, \`x-aws-execution_role\`, \`x-aws-task\`, \`x-aws-pull_credentials\`, \`x-aws-role\` and \`x-aws-policies\`. ${OWN_NAME}`)
  unknown(['services', 'web'], 'x-aws-task-role', 'Did you mean `x-aws-task_role`?')
  unknown(['volumes', 'data'], 'x-aws-efs', `No \`x-aws-*\` extension works on a volume. ${OWN_NAME}`)
  unknown(['configs', 'settings'], 'x-aws-ssm', `No \`x-aws-*\` extension works on a config. ${OWN_NAME}`)
  unknown(['services', 'web', 'deploy', 'rollback_config'], 'x-aws-order', `No \`x-aws-*\` extension works under \`deploy.rollback_config\`. ${OWN_NAME}`)
})

test('misplaced extensions say where they belong, and their values are not checked', () => {
  const misplaced = (holder: Path, key: string, message: string, hint: string): void => {
    const path = [...holder, key]
    assert.equal(checkAwsExtensions(modelWith(holder, key, 'not even valid')), [issue('X_AWS_MISPLACED', path, message, hint)], key)
  }
  misplaced(
    ['services', 'web'],
    'x-aws-autoscaling',
    "`services.web.x-aws-autoscaling` has no effect here: `x-aws-autoscaling` belongs under a service's `deploy`.",
    'Move it to `services.web.deploy.x-aws-autoscaling`.',
  )
  misplaced(
    [],
    'x-aws-role',
    '`x-aws-role` has no effect here: `x-aws-role` belongs directly under a service.',
    'Move it to `services.<service>.x-aws-role`.',
  )
  misplaced(
    ['services', 'web', 'deploy'],
    'x-aws-vpc',
    '`services.web.deploy.x-aws-vpc` has no effect here: `x-aws-vpc` belongs at the top level of the compose file.',
    'Move it to the top level of the compose file.',
  )
  misplaced(
    ['services', 'web', 'deploy', 'rollback_config'],
    'x-aws-min_percent',
    "`services.web.deploy.rollback_config.x-aws-min_percent` has no effect here: `x-aws-min_percent` belongs under a service's `deploy.update_config`.",
    'Move it to `services.web.deploy.update_config.x-aws-min_percent`.',
  )
  misplaced(
    ['services', 'web', 'deploy'],
    'x-aws-max_percent',
    "`services.web.deploy.x-aws-max_percent` has no effect here: `x-aws-max_percent` belongs under a service's `deploy.update_config`.",
    'Move it to `services.web.deploy.update_config.x-aws-max_percent`.',
  )
  misplaced(
    ['networks', 'front'],
    'x-aws-protocol',
    '`networks.front.x-aws-protocol` has no effect here: `x-aws-protocol` belongs on a port of a service written as a mapping.',
    'Move it to `services.<service>.ports[<n>].x-aws-protocol`.',
  )
  misplaced(
    ['volumes', 'data'],
    'x-aws-keys',
    '`volumes.data.x-aws-keys` has no effect here: `x-aws-keys` belongs under a top-level secret.',
    'Move it to `secrets.<name>.x-aws-keys`.',
  )
  misplaced(
    ['secrets', 'token'],
    'x-aws-securitygroup',
    '`secrets.token.x-aws-securitygroup` has no effect here: `x-aws-securitygroup` belongs under a top-level network.',
    'Move it to `networks.<name>.x-aws-securitygroup`.',
  )
})

test('issues follow the walk: top level, services, then networks, volumes, secrets, configs', () => {
  const model = baseModel()
  model.extensions = { 'x-aws-vpc': 1 }
  model.services['web']!['x-aws-role'] = {}
  model.networks['front']!['x-aws-securitygroup'] = 'sg-1234abcd'
  model.volumes['data']!['x-aws-keys'] = '*'
  model.secrets['token']!['x-aws-keys'] = 1
  model.configs['settings']!['x-aws-x'] = 1
  assert.equal(
    checkAwsExtensions(model).map((i) => [i.code, i.path.join('.')]),
    [
      ['X_AWS_INVALID', 'x-aws-vpc'],
      ['X_AWS_INVALID', 'services.web.x-aws-role'],
      ['X_AWS_DEPRECATED', 'networks.front.x-aws-securitygroup'],
      ['X_AWS_MISPLACED', 'volumes.data.x-aws-keys'],
      ['X_AWS_INVALID', 'secrets.token.x-aws-keys'],
      ['X_AWS_UNKNOWN', 'configs.settings.x-aws-x'],
    ],
  )
})

test('a project loaded from YAML is checked where its extensions are written', () => {
  const yaml = `
x-aws-vpc: vpc-1234abcd
x-aws-logs_retention: 0
services:
  web:
    image: nginx
    x-aws-policies: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
    ports:
      - "8080:8080"
      - target: 80
        published: "80"
        x-aws-protocol: HTTP
    deploy:
      x-aws-autoscaling: {max: 4, cpu: 75, memory: 50}
      update_config:
        x-aws-min_percent: 50
secrets:
  token:
    file: ./token.json
    x-aws-keys: ["*"]
networks:
  front:
    x-aws-securitygroup: sg-0123456789abcdef0
`
  const { value } = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => (p === 'compose.yaml' ? yaml : undefined), resolve: joinPath }, environment: {} })
  assert.equal(
    checkAwsExtensions(value.model).map((i) => [i.code, i.path]),
    [
      ['X_AWS_INVALID', ['x-aws-logs_retention']],
      ['X_AWS_INVALID', ['services', 'web', 'deploy', 'x-aws-autoscaling']],
      ['X_AWS_INVALID', ['services', 'web', 'ports', 1, 'x-aws-protocol']],
      ['X_AWS_DEPRECATED', ['networks', 'front', 'x-aws-securitygroup']],
    ],
  )
})

// --- building blocks -------------------------------------------------------------------------

test('didYouMean: letter case, near misses, abbreviations', () => {
  assert.is(didYouMean('RESOURCES', ['Resources', 'Outputs']), 'Resources')
  assert.is(didYouMean('Outptus', ['Resources', 'Outputs']), 'Outputs')
  assert.is(didYouMean('mem', ['cpu', 'memory', 'max', 'min']), 'memory')
  assert.is(didYouMean('me', ['memory']), undefined)
  assert.is(didYouMean('m', ['min', 'max']), undefined)
  assert.is(didYouMean('Outputs', ['Resources', 'Outputs']), undefined)
  assert.is(didYouMean('zzzzzz', ['Resources', 'Outputs']), undefined)
  assert.is(didYouMean('grcp', ['http', 'grpc']), 'grpc')
  assert.is(editDistance('kitten', 'sitting', 5), 3)
  assert.is(editDistance('Outptus', 'Outputs', 2), 1)
  assert.is(editDistance('a'.repeat(1000), 'b', 2), 3)
})

test('collapseErrors: a oneOf matched twice by other alternatives is one ambiguous finding', () => {
  const error = (keyword: string, instancePath: string, schema: unknown): ErrorObject => ({ keyword, instancePath, schemaPath: '#', params: {}, schema, parentSchema: {}, data: 'x' })
  const findings = collapseErrors([error('oneOf', '', [{ type: 'string' }, { type: 'string', minLength: 1 }])])
  assert.equal(
    findings.map((f) => f.kind),
    ['ambiguous'],
  )
})

// --- the generated validators ----------------------------------------------------------------

test('the generated validators match a fresh generation', () => {
  const { js, dts } = generateXAwsValidators(AWS_EXTENSIONS)
  assert.ok(readFileSync(VALIDATOR_FILE, 'utf8') === js, 'src/generated/x-aws-validators.js is stale: run node packages/validate/scripts/generate-x-aws-validators.mjs')
  assert.ok(readFileSync(DECLARATION_FILE, 'utf8') === dts, 'src/generated/x-aws-validators.d.ts is stale: run node packages/validate/scripts/generate-x-aws-validators.mjs')
})

test('the generated validators need no require() and no run-time code evaluation, one per extension', () => {
  const js = readFileSync(VALIDATOR_FILE, 'utf8')
  assert.not.match(js, /\brequire\s*\(/)
  assert.not.match(js, /new Function|\beval\s*\(/)
  assert.equal(Object.keys(validators), Object.keys(AWS_EXTENSIONS))
  assert.is(exportName('x-aws-logs_retention'), 'validateXAwsLogsRetention')
})

test('the generated validators read the registry\'s schemas instead of copies of their own', () => {
  const js = readFileSync(VALIDATOR_FILE, 'utf8')
  assert.not.match(js, /const schema\d+ = \{/)
  assert.match(js, /const schema\d+ = AWS_EXTENSIONS\["x-aws-loadbalancer_scheme"\]\.schema;/)
  assert.is(validators['x-aws-loadbalancer_scheme']('x'), false)
  assert.equal(validators['x-aws-loadbalancer_scheme'].errors?.[0]?.params, { allowedValues: ['internet-facing', 'internal'] })
})

test('the registry: names, places and descriptions', () => {
  for (const [name, extension] of Object.entries(AWS_EXTENSIONS)) {
    assert.match(name, /^x-aws-[a-z][a-z_]*$/)
    assert.ok(extension.where.length > 0, name)
    assert.match(extension.schema.description, /\.$/, name)
  }
  assert.throws(() => generateXAwsValidators({ 'x-aws-a_b': { schema: {} }, 'x-aws-a__b': { schema: {} } }), /share the export/)
  assert.throws(() => generateXAwsValidators({ 'x-custom': { schema: {} } }), /does not match/)
})

test.run()
