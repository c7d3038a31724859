import { ref, type ConditionExpression } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import type { ResolveOptions } from '../src/resolve-options.js'
import { Resolver } from '../src/resolver.js'
import { graphOf, node, parameter } from './graphs.js'

const known = (id: string, expression: ConditionExpression) => ({ id, expression })

/** Whether condition `C` holds: true, false, or undefined when it cannot be decided. */
function holds(expression: ConditionExpression, options: Partial<ResolveOptions> = {}, extra: { id: string; expression: ConditionExpression }[] = []): boolean | undefined {
  const graph = graphOf({
    parameters: [parameter('Env', { default: 'prod' }), parameter('Count', { type: 'Number', default: '1' }), parameter('Unset'), parameter('Zones', { type: 'CommaDelimitedList', default: 'a,b' })],
    conditions: [known('C', expression), ...extra],
  })
  const resolver = new Resolver(graph, options)
  const value = resolver.value({ $if: ['C', 'yes', 'no'] })
  return value === 'yes' ? true : value === 'no' ? false : (assert.is(value, '${Fn::If:C}'), undefined)
}

const T: ConditionExpression = { $equals: ['a', 'a'] }
const F: ConditionExpression = { $equals: ['a', 'b'] }
const U: ConditionExpression = { $equals: [ref('Unset'), 'x'] }

test('Fn::Equals: parameter values against literals, both ways', () => {
  assert.is(holds({ $equals: [ref('Env'), 'prod'] }), true)
  assert.is(holds({ $equals: [ref('Env'), 'prod'] }, { parameters: { Env: 'dev' } }), false)
  assert.is(holds({ $equals: ['', ref('Env')] }, { parameters: { Env: '' } }), true)
  assert.is(holds({ $equals: [ref('AWS::Region'), 'eu-west-1'] }, { region: 'eu-west-1' }), true)
  assert.is(holds({ $equals: [ref('AWS::Region'), 'eu-west-1'] }, { region: 'us-east-1' }), false)
})

test('Fn::Equals compares as text: 1 equals "1"; lists compare item by item', () => {
  assert.is(holds({ $equals: [ref('Count'), 1] }), true)
  assert.is(holds({ $equals: [true, 'true'] }), true)
  assert.is(holds({ $equals: [ref('Zones'), ['a', 'b']] }), true)
  assert.is(holds({ $equals: [ref('Zones'), ['a']] }), false)
})

test('Fn::Equals with a missing value cannot be decided', () => {
  assert.is(holds(U), undefined)
  assert.is(holds({ $equals: [ref('Unset'), 'x'] }, { parameters: { Unset: 'x' } }), true)
})

test('Fn::Not', () => {
  assert.is(holds({ $not: T }), false)
  assert.is(holds({ $not: F }), true)
  assert.is(holds({ $not: U }), undefined)
})

test('Fn::And: false if any operand is false, even beside an unknown one', () => {
  assert.is(holds({ $and: [T, T] }), true)
  assert.is(holds({ $and: [T, F] }), false)
  assert.is(holds({ $and: [U, F] }), false)
  assert.is(holds({ $and: [U, T] }), undefined)
})

test('Fn::Or: true if any operand is true, even beside an unknown one', () => {
  assert.is(holds({ $or: [F, F] }), false)
  assert.is(holds({ $or: [F, T] }), true)
  assert.is(holds({ $or: [U, T] }), true)
  assert.is(holds({ $or: [U, F] }), undefined)
})

test('Condition: another named condition', () => {
  assert.is(holds({ $condition: 'D' }, {}, [known('D', T)]), true)
  assert.is(holds({ $not: { $condition: 'D' } }, {}, [known('D', T)]), false)
})

test('the converter\'s conditions: create or reuse the cluster and load balancer', () => {
  const graph = graphOf({
    parameters: [parameter('ExistingCluster', { default: '' }), parameter('ExistingLoadBalancer', { default: '' }), parameter('ExistingLoadBalancerSecurityGroup', { default: '' })],
    conditions: [
      known('CreateCluster', { $equals: [ref('ExistingCluster'), ''] }),
      known('CreateLoadBalancer', { $equals: [ref('ExistingLoadBalancer'), ''] }),
      known('UseExistingLoadBalancerSecurityGroup', {
        $and: [{ $not: { $condition: 'CreateLoadBalancer' } }, { $not: { $equals: [ref('ExistingLoadBalancerSecurityGroup'), ''] } }],
      }),
    ],
  })
  const nodes = ['CreateCluster', 'CreateLoadBalancer', 'UseExistingLoadBalancerSecurityGroup'].map((c) => node(`N${c}`, 'AWS::S3::Bucket', {}, { condition: c }))
  const exists = (parameters: Record<string, string>) => nodes.map((n) => new Resolver(graph, { parameters }).exists(n))
  assert.equal(exists({}), [true, true, false])
  assert.equal(exists({ ExistingCluster: 'prod', ExistingLoadBalancer: 'arn:lb' }), [false, false, false])
  assert.equal(exists({ ExistingLoadBalancer: 'arn:lb', ExistingLoadBalancerSecurityGroup: 'sg-1' }), [true, false, true])
})

test.run()
