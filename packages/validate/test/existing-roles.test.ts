import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { joinPath, loadProject, type Diagnostic } from '@composeform/model'
import { checkEcs } from '../src/index.js'

function check(yaml: string) {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {} })
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test input loads')
  return checkEcs(loaded.value)
}
const notes = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.path.join('.')} ${d.location?.start.line}:${d.location?.start.column}`)

test('a service\'s x-aws-task_role and x-aws-execution_role win over the top level; without either, none', () => {
  const { value, diagnostics } = check(
    'x-aws-execution_role: ecsTaskExecutionRole\nx-aws-task_role: shared\nservices:\n  web:\n    image: nginx\n    x-aws-task_role: arn:aws:iam::123456789012:role/web\n  worker:\n    image: busybox\n',
  )
  assert.equal(notes(diagnostics), [])
  assert.equal(value.services.web!.taskRole, { role: 'arn:aws:iam::123456789012:role/web', origin: ['services', 'web', 'x-aws-task_role'] })
  assert.equal(value.services.web!.executionRole, { role: 'ecsTaskExecutionRole', origin: ['x-aws-execution_role'] })
  assert.equal(value.services.worker!.taskRole, { role: 'shared', origin: ['x-aws-task_role'] })
  const plain = check('services:\n  web:\n    image: nginx\n').value.services.web!
  assert.not.ok('taskRole' in plain || 'executionRole' in plain)
})

test('x-aws-role or x-aws-policies next to an existing task role is an error at each, also on a sidecar of the task', () => {
  const { diagnostics } = check(
    'services:\n  web:\n    image: nginx\n    x-aws-task_role: app\n    x-aws-policies: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]\n    x-aws-role: {Statement: [{Effect: Allow, Action: s3:GetObject, Resource: "*"}]}\n  side:\n    image: busybox\n    x-aws-task: web\n    x-aws-policies: [arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess]\n',
  )
  assert.equal(notes(diagnostics).sort(), [
    'EXISTING_ROLE_CONFLICT services.side.x-aws-policies 10:5',
    'EXISTING_ROLE_CONFLICT services.web.x-aws-policies 5:5',
    'EXISTING_ROLE_CONFLICT services.web.x-aws-role 6:5',
  ])
  const side = diagnostics.find((d) => d.code === 'EXISTING_ROLE_CONFLICT' && d.path[1] === 'side')!
  assert.is(side.severity, 'error')
  assert.match(side.message, "`web`'s task runs as the existing role `app`")
  assert.match(side.hint ?? '', 'Give `app` these permissions in IAM and remove `x-aws-policies`')
})

test('a top-level task role meets a service\'s x-aws-policies too; an execution role does not', () => {
  const { diagnostics } = check('x-aws-task_role: app\nservices:\n  web:\n    image: nginx\n    x-aws-policies: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]\n')
  assert.equal(notes(diagnostics), ['EXISTING_ROLE_CONFLICT services.web.x-aws-policies 5:5'])
  const fine = check('x-aws-execution_role: ecsTaskExecutionRole\nservices:\n  web:\n    image: nginx\n    x-aws-policies: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]\n')
  assert.equal(notes(fine.diagnostics), [])
})

test('a task has its owner\'s roles: a sidecar\'s different one is ignored with a warning, the same one is fine', () => {
  const { value, diagnostics } = check(
    'services:\n  web:\n    image: nginx\n    x-aws-task_role: app\n  same:\n    image: busybox\n    x-aws-task: web\n    x-aws-task_role: app\n  other:\n    image: busybox\n    x-aws-task: web\n    x-aws-task_role: other\n    x-aws-execution_role: exec\n',
  )
  assert.equal(notes(diagnostics).sort(), ['SIDECAR_SETTING_IGNORED services.other.x-aws-execution_role 13:5', 'SIDECAR_SETTING_IGNORED services.other.x-aws-task_role 12:5'])
  assert.match(diagnostics.find((d) => d.path.at(-1) === 'x-aws-execution_role')!.message, 'the task uses the role composeform creates')
  assert.equal(value.services.other!.taskRole?.role, 'app')
  assert.is(value.services.other!.executionRole, undefined)
})

test.run()
