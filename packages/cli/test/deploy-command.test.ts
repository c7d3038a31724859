import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { deployCommands } from '../src/deploy-command.js'
import { cli, project } from './support/run-cli.js'

const https = 'name: shop\nservices:\n  web:\n    image: nginx\n    ports: ["443:8080"]\n'

test('convert -o ends with the deploy command: the written template, the project as stack, IAM capability, every parameter without a default (--param values filled in)', () => {
  const dir = project({ 'compose.yaml': https })
  const { code, stderr } = cli(['convert', '-o', 'out', '--param', 'VpcId=vpc-1', '--param', 'Subnets=subnet-a,subnet-b'], dir)
  assert.is(code, 0, stderr)
  assert.match(stderr, 'wrote out/template.yaml\ndeploy with:\n  aws cloudformation deploy --template-file out/template.yaml --stack-name shop --capabilities CAPABILITY_IAM --parameter-overrides CertificateArn=… Subnets=subnet-a,subnet-b VpcId=vpc-1\n')
  // Not for machine-read diagnostics, nor without a template.
  assert.not.match(cli(['convert', '-o', 'o2', '--diagnostics', 'json'], dir).stderr, 'deploy with')
  assert.not.match(cli(['convert', '-o', 'o3', '--format', 'ecs-json'], dir).stderr, 'deploy with')
})

test('nested stacks are packaged first, and the packaged template is deployed', () => {
  const dir = project({ 'compose.yaml': 'name: shop\nservices:\n  web:\n    image: nginx\n  api:\n    image: nginx\n' })
  const { code, stderr } = cli(['convert', '-o', 'out', '--nested-stacks'], dir)
  assert.is(code, 0, stderr)
  const lines = stderr.slice(stderr.indexOf('deploy with:\n')).split('\n').slice(1, 3)
  assert.equal(lines, [
    '  aws cloudformation package --template-file out/template.yaml --s3-bucket … --output-template-file out/packaged.yaml',
    '  aws cloudformation deploy --template-file out/packaged.yaml --stack-name shop --capabilities CAPABILITY_IAM --parameter-overrides Subnets=… VpcId=…',
  ])
})

test('a role named through an overlay needs CAPABILITY_NAMED_IAM; a stack name has no `_` and starts with a letter; odd --param values are quoted for the shell', () => {
  const template = (resources: string) => ({ path: 'template.json', contents: `{"Parameters": {"A": {"Type": "String"}, "B": {"Type": "String", "Default": "x"}}, "Resources": {${resources}}}` })
  const named = deployCommands('out', [template('"R": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "r"}}')], 'my_app', { A: "it's here" })
  assert.equal(named, ["aws cloudformation deploy --template-file out/template.json --stack-name my-app --capabilities CAPABILITY_NAMED_IAM --parameter-overrides A='it'\\''s here'"])
  assert.equal(deployCommands('out', [template('"Q": {"Type": "AWS::SQS::Queue"}')], '1st', {}), ['aws cloudformation deploy --template-file out/template.json --stack-name stack-1st --parameter-overrides A=…'])
  assert.equal(deployCommands('out', [{ path: 'ecs/web.taskdef.json', contents: '{}' }], 'p', {}), [])
})

test('a template over the 51,200 bytes CloudFormation takes inline is deployed through an S3 bucket (counted in UTF-8)', () => {
  const template = (description: string) => ({ path: 'template.json', contents: `{"Description": "${description}", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}` })
  const bytes = (cmd: string[]) => cmd[0]!.includes('--s3-bucket …')
  assert.ok(bytes(deployCommands('out', [template('é'.repeat(26_000))], 'p', {})), '52,000 bytes in 26,000 characters')
  assert.not.ok(bytes(deployCommands('out', [template('e'.repeat(26_000))], 'p', {})))
  assert.equal(deployCommands('out', [template('e'.repeat(60_000))], 'p', {}), ['aws cloudformation deploy --template-file out/template.json --stack-name p --s3-bucket …'])
})

test.run()
