import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { Value } from '@composeform/model'
import { convertCompose as convert, nodeOf as node } from './support/convert-compose.js'

const logOptions = (task: { properties: Record<string, Value> }, container = 0) =>
  ((task.properties.ContainerDefinitions as Record<string, Value>[])[container]!.LogConfiguration as { Options: Record<string, Value> }).Options

test('without awslogs-group a container writes to the project\'s log group in the stack\'s region', () => {
  const graph = convert('services:\n  web:\n    image: nginx\n')
  assert.equal(logOptions(node(graph, 'WebTaskDefinition')), { 'awslogs-group': { $ref: 'LogGroup' }, 'awslogs-region': { $ref: 'AWS::Region' }, 'awslogs-stream-prefix': 'fixture' })
})

test('awslogs-group and awslogs-region are the user\'s log group, as written (they were dropped without a word)', () => {
  const graph = convert('services:\n  web:\n    image: nginx\n    logging:\n      options: {awslogs-group: /shared/apps, awslogs-region: eu-west-1, awslogs-stream-prefix: web}\n')
  assert.equal(logOptions(node(graph, 'WebTaskDefinition')), { 'awslogs-group': '/shared/apps', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'web' })
  assert.not.ok('Policies' in node(graph, 'WebTaskExecutionRole').properties, 'an existing group needs no permission beyond the managed policy')
})

test('a logging option the awslogs driver does not know is left out, as the checker says (Docker would not start the container)', () => {
  const graph = convert('services:\n  web:\n    image: nginx\n    logging:\n      options: {awslogs-grup: /shared/apps, tag: x, mode: non-blocking, max-buffer-size: 4m}\n')
  assert.equal(logOptions(node(graph, 'WebTaskDefinition')), { 'awslogs-group': { $ref: 'LogGroup' }, 'awslogs-region': { $ref: 'AWS::Region' }, 'awslogs-stream-prefix': 'fixture', mode: 'non-blocking', 'max-buffer-size': '4m' })
})

test('awslogs-create-group: the execution role may create exactly those groups, each once, in their region', () => {
  const graph = convert(`
services:
  web:
    image: nginx
    logging:
      options: {awslogs-group: /apps/web, awslogs-create-group: "true"}
  side:
    image: busybox
    x-aws-task: web
    logging:
      options: {awslogs-group: /apps/web, awslogs-create-group: "true"}
  api:
    image: api
    logging:
      options: {awslogs-group: /apps/api, awslogs-region: eu-west-1, awslogs-create-group: "false"}
`)
  const arn = (region: Value) => ({ $sub: ['arn:', { $ref: 'AWS::Partition' }, ':logs:', region, ':', { $ref: 'AWS::AccountId' }, ':log-group:/apps/web:*'] })
  assert.equal(node(graph, 'WebTaskExecutionRole').properties.Policies, [
    { PolicyName: 'WebCreateLogGroup', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup'], Resource: [arn({ $ref: 'AWS::Region' })] }] } },
  ])
  assert.not.ok('Policies' in node(graph, 'ApiTaskExecutionRole').properties, '"false" creates nothing')
  assert.equal(logOptions(node(graph, 'ApiTaskDefinition'))['awslogs-create-group'], 'false')
})

test.run()
