import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { convert } from '../src/index.js'

const web = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'
const breaks = (overlay: string) =>
  convert({ sources: { 'compose.yaml': `${web}x-aws-cloudformation:\n${overlay}` }, emit: ['cfn-yaml'] }).diagnostics
    .filter((d) => d.code === 'OVERLAY_BREAKS_TEMPLATE')
    .map((d) => [d.severity, d.path.join('.'), d.message])

test('an overlay that keeps the template whole says nothing', () => {
  assert.equal(breaks('  Resources:\n    WebService: {Properties: {DesiredCount: 3}}\n    Bucket: {Type: AWS::S3::Bucket}\n  Outputs:\n    BucketName: {Value: {Ref: Bucket}}\n    Arn: {Value: {"Fn::Sub": "${Bucket.Arn}/${Suffix}", Suffix: x}}\n'), [])
  assert.equal(breaks('  Outputs:\n    Arn: {Value: {"Fn::Sub": ["${Bucket}-${AWS::Region}", {Bucket: x}]}}\n'), [])
})

test('a resource the overlay changes but the template lacks, or a new one without Type, is an error (it was a stub CloudFormation refuses)', () => {
  assert.equal(breaks('  Resources:\n    WebSevrice: {Properties: {DesiredCount: 3}}\n'), [
    ['error', 'x-aws-cloudformation.Resources.WebSevrice', '`x-aws-cloudformation` leaves the resource `WebSevrice` without a `Type`: the template has no `WebSevrice` to change.'],
  ])
})

test('removing what others name, or naming what does not exist, is an error at the overlay\'s entry', () => {
  const removed = breaks('  Resources:\n    WebTaskDefinition: null\n')
  assert.equal(removed, [['error', 'x-aws-cloudformation.Resources.WebTaskDefinition', '`Resources.WebService` names the resource or parameter `WebTaskDefinition`, which `x-aws-cloudformation` removes.']])
  const condition = breaks('  Conditions:\n    CreateCluster: null\n')
  assert.ok(condition.length > 0 && condition.every(([, path]) => path === 'x-aws-cloudformation.Conditions.CreateCluster'), JSON.stringify(condition))
  assert.equal(breaks('  Outputs:\n    X: {Value: {"Fn::GetAtt": [Missing, Arn]}}\n'), [
    ['error', 'x-aws-cloudformation.Outputs.X', '`Outputs.X` names the resource `Missing`, which the template does not define.'],
  ])
})

test('a Transform may define what the template names: not checked', () => {
  assert.equal(breaks('  Transform: AWS::Serverless-2016-10-31\n  Outputs:\n    X: {Value: {Ref: Generated}}\n'), [])
})

test('a template rule naming a parameter the overlay removes is an error too (Rules were not looked at)', () => {
  const internal = convert({ sources: { 'compose.yaml': `x-aws-loadbalancer_scheme: internal\n${web}x-aws-cloudformation:\n  Parameters:\n    LoadBalancerIngressCidr: null\n` }, emit: ['cfn-yaml'] })
  const rules = internal.diagnostics.filter((d) => d.code === 'OVERLAY_BREAKS_TEMPLATE' && d.message.startsWith('`Rules.'))
  assert.equal(rules.map((d) => [d.path.join('.'), d.message]), [['x-aws-cloudformation.Parameters.LoadBalancerIngressCidr', '`Rules.LoadBalancerIngressCidrGiven` names the resource or parameter `LoadBalancerIngressCidr`, which `x-aws-cloudformation` removes.']])
})

test('an x-aws-role naming a resource nothing defines is an error at that x-aws-role; one the overlay defines is fine', () => {
  const role = '    x-aws-role:\n      Statement: [{Effect: Allow, Action: s3:GetObject, Resource: {"Fn::GetAtt": [Bucket, Arn]}}]\n'
  const run = (extra: string) =>
    convert({ sources: { 'compose.yaml': `services:\n  web:\n    image: nginx\n${role}${extra}` }, emit: ['cfn-yaml'] }).diagnostics
      .filter((d) => d.code === 'OVERLAY_BREAKS_TEMPLATE')
      .map((d) => [d.severity, d.path.join('.'), d.location?.start.line, d.message])
  assert.equal(run(''), [['error', 'services.web.x-aws-role', 4, '`Resources.WebTaskRole` names the resource `Bucket`, which the template does not define.']])
  assert.equal(run('x-aws-cloudformation:\n  Resources:\n    Bucket: {Type: AWS::S3::Bucket}\n'), [])
})

test.run()
