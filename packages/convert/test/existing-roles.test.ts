import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { danglingReferences, joinPath, loadProject, type Diagnostic, type ResourceGraph } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { toGraph } from '../src/index.js'
import { nodeOf } from './support/convert-compose.js'

function convert(yaml: string): { graph: ResourceGraph; needs: Diagnostic[] } {
  const files = new Map([['compose.yaml', yaml]])
  const loaded = loadProject({ files: ['compose.yaml'], host: { readFile: (p) => files.get(p), resolve: joinPath }, environment: {}, projectDirectory: '.', directoryName: 'shop' })
  const checked = checkEcs(loaded.value)
  assert.equal(checked.diagnostics.filter((d) => d.severity === 'error'), [], 'the input passes the checker')
  const { value: graph, diagnostics } = toGraph(checked.value)
  assert.equal(diagnostics.filter((d) => d.severity === 'error'), [])
  assert.equal(danglingReferences(graph), [])
  return { graph, needs: diagnostics.filter((d) => d.code === 'EXISTING_ROLE_PERMISSIONS') }
}
const roles = (graph: ResourceGraph) => graph.nodes.filter((n) => n.type === 'AWS::IAM::Role').map((n) => n.id)

test('existing roles replace the created ones; a name becomes an ARN in the stack\'s account, an ARN stays as written', () => {
  const { graph, needs } = convert('services:\n  web:\n    image: nginx\n    x-aws-execution_role: ecsTaskExecutionRole\n    x-aws-task_role: arn:aws-cn:iam::123456789012:role/team/web\n  worker:\n    image: busybox\n    x-aws-task_role: worker-role\n')
  assert.equal(roles(graph), ['WorkerTaskExecutionRole'])
  assert.equal(nodeOf(graph, 'WebTaskDefinition').properties.ExecutionRoleArn, { $sub: ['arn:', { $ref: 'AWS::Partition' }, ':iam::', { $ref: 'AWS::AccountId' }, ':role/ecsTaskExecutionRole'] })
  assert.is(nodeOf(graph, 'WebTaskDefinition').properties.TaskRoleArn, 'arn:aws-cn:iam::123456789012:role/team/web')
  assert.equal(nodeOf(graph, 'WorkerTaskDefinition').properties.TaskRoleArn, { $sub: ['arn:', { $ref: 'AWS::Partition' }, ':iam::', { $ref: 'AWS::AccountId' }, ':role/worker-role'] })
  assert.equal(nodeOf(graph, 'WorkerTaskDefinition').properties.ExecutionRoleArn, { $ref: 'WorkerTaskExecutionRole', attribute: 'Arn' })
  assert.equal(needs, [], 'a plain task needs nothing beyond what any execution role has')
})

test('what a created role would have been granted is a warning at the existing role, grouped by actions', () => {
  const { graph, needs } = convert(`
x-aws-execution_role: ecsTaskExecutionRole
services:
  web:
    image: registry.example.com/web
    x-aws-pull_credentials: arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-AbCdEf
    x-aws-task_role: app
    x-aws-exec: true
    secrets: [db, token]
    volumes: ["data:/data:ro"]
secrets:
  db:
    file: ./db.txt
  token:
    external: true
    name: arn:aws:secretsmanager:us-east-1:123456789012:secret:token-AbCdEf
volumes:
  data: {}
`)
  assert.equal(roles(graph), [])
  assert.equal(needs.map((d) => [d.severity, d.path.join('.'), d.location?.start.line, d.location?.start.column]), [
    ['warning', 'x-aws-execution_role', 2, 23],
    ['warning', 'services.web.x-aws-task_role', 7, 22],
  ])
  const [execution, task] = needs as [Diagnostic, Diagnostic]
  assert.is(
    execution.message,
    "`web`'s tasks start with the existing execution role `ecsTaskExecutionRole`, which composeform does not change; it must allow secretsmanager:GetSecretValue on `arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-AbCdEf`, this stack's `DbSecret`, `arn:aws:secretsmanager:us-east-1:123456789012:secret:token-AbCdEf`.",
  )
  assert.match(execution.hint ?? '', 'tagged `com.docker.compose.project: shop`')
  assert.match(execution.hint ?? '', 'or remove `x-aws-execution_role`')
  assert.match(task.message, "`web`'s containers run as the existing task role `app`, which composeform does not change; it must allow elasticfilesystem:ClientMount on this stack's `DataFilesystem`; ssmmessages:CreateControlChannel")
  assert.match(task.message, 'on *.')
})

test.run()
