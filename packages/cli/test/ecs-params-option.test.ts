import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { cli, project } from './support/run-cli.js'

const files = {
  'compose.yaml': 'services:\n  web:\n    image: nginx\n',
  'ecs-params.yml': 'version: 1\ntask_definition:\n  task_size: {cpu_limit: 1024, mem_limit: 2GB}\n  task_role_arn: arn:aws:iam::123456789012:role/app\nrun_params:\n  network_configuration:\n    awsvpc_configuration: {subnets: [subnet-1], assign_public_ip: ENABLED}\n',
}

test('convert --ecs-params maps the file onto the project', () => {
  const dir = project(files)
  const { code, stdout, stderr } = cli(['convert', '--format', 'cfn-json', '--ecs-params', 'ecs-params.yml'], dir)
  assert.is(code, 0, stderr)
  const template = JSON.parse(stdout)
  assert.is(template.Resources.WebTaskDefinition.Properties.Cpu, '1024')
  assert.is(template.Resources.WebTaskDefinition.Properties.Memory, '2048')
  assert.is(template.Parameters.Subnets.Default, 'subnet-1')
  assert.is(template.Parameters.AssignPublicIp.Default, 'ENABLED')
  assert.is(template.Resources.WebTaskDefinition.Properties.TaskRoleArn, 'arn:aws:iam::123456789012:role/app')
  assert.is(template.Resources.WebTaskRole, undefined)
})

test('check --ecs-params reports errors in it with a code frame (exit 1)', () => {
  const dir = project({ ...files, 'bad.yml': 'task_definition:\n  task_size: {cpu_limit: lots}\n' })
  const { code, stderr } = cli(['check', '--ecs-params', 'bad.yml'], dir)
  assert.is(code, 1)
  assert.match(stderr, /bad\.yml:2:26: error ECS_PARAMS_INVALID/)
  assert.match(stderr, /> 2 \|   task_size: \{cpu_limit: lots\}/)
  assert.is(cli(['check', '--ecs-params', 'missing.yml'], dir).code, 1)
})

test('an ecs-params.yml without a version is applied as version 1, with a positioned warning (--strict fails on it)', () => {
  const dir = project({ ...files, 'old.yml': 'task_definition:\n  task_size: {cpu_limit: 1024, mem_limit: 2GB}\n' })
  const { code, stdout, stderr } = cli(['convert', '--format', 'cfn-json', '--ecs-params', 'old.yml'], dir)
  assert.is(code, 0, stderr)
  assert.is(JSON.parse(stdout).Resources.WebTaskDefinition.Properties.Cpu, '1024')
  assert.match(stderr, /old\.yml:1:1: warning ECS_PARAMS_VERSION_MISSING: ecs-params\.yml has no `version`; it is read as version 1, the only one\./)
  assert.match(stderr, 'hint: Write `version: 1` at the top of the file, as ecs-cli documents its format.')
  assert.is(cli(['check', '--strict', '--ecs-params', 'old.yml'], dir).code, 1)
})

test('an ecs-params.yml beside the compose file is never read implicitly; a note says so', () => {
  const dir = project(files)
  const quiet = cli(['convert', '--format', 'cfn-json'], dir)
  assert.is(quiet.code, 0)
  assert.is(JSON.parse(quiet.stdout).Resources.WebTaskDefinition.Properties.Cpu, '256')
  assert.not.match(quiet.stderr, /ECS_PARAMS_NOT_READ/)
  assert.match(cli(['check', '--verbose'], dir).stderr, /info ECS_PARAMS_NOT_READ: `ecs-params\.yml` is not read/)
  assert.not.match(cli(['check', '--verbose', '--ecs-params', 'ecs-params.yml'], dir).stderr, /ECS_PARAMS_NOT_READ/)
})

test('config --ecs-params prints the compose file that says the same without ecs-params.yml', () => {
  const dir = project(files)
  const { code, stdout, stderr } = cli(['config', '--format', 'json', '--ecs-params', 'ecs-params.yml'], dir)
  assert.is(code, 0, stderr)
  assert.equal(JSON.parse(stdout).services.web.deploy.resources.limits, { cpus: 1, memory: String(2 * 2 ** 30) })
  // That file is the project from now on: it loads as it is.
  writeFileSync(join(dir, 'compose.ecs.json'), stdout)
  const again = cli(['check', '-f', 'compose.ecs.json'], dir)
  assert.is(again.code, 0, again.stderr)
  assert.match(stderr, /warning ECS_PARAMS_UNSUPPORTED: config cannot print `run_params\.network_configuration\.awsvpc_configuration`, which sets the template parameters Subnets and AssignPublicIp\./)
})

test.run()
