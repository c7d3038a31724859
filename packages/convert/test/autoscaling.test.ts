import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { type ResourceGraph } from '@composeform/model'
import { convertCompose as convert, convertComposeWithDiagnostics, nodeOf as node } from './support/convert-compose.js'

const policies = (graph: ResourceGraph) => graph.nodes.filter((n) => n.type === 'AWS::ApplicationAutoScaling::ScalingPolicy')
const metric = (graph: ResourceGraph, id: string) => node(graph, id).properties.TargetTrackingScalingPolicyConfiguration as Record<string, any>

const web = (ports: string, target: string) => `
services:
  web:
    image: nginx
    ports: [${ports}]
    deploy:
      x-aws-autoscaling: { min: 2, max: 8, ${target} }
`

test('cpu and memory: one target-tracking policy on the ECS service average', () => {
  for (const [target, type, value] of [['cpu: 60', 'ECSServiceAverageCPUUtilization', 60], ['memory: 70', 'ECSServiceAverageMemoryUtilization', 70]] as const) {
    const graph = convert(web('"80:80"', target))
    assert.equal(policies(graph).map((p) => p.id), ['WebScalingPolicy'])
    assert.equal(metric(graph, 'WebScalingPolicy').PredefinedMetricSpecification, { PredefinedMetricType: type })
    assert.is(metric(graph, 'WebScalingPolicy').TargetValue, value)
    assert.equal([node(graph, 'WebScalableTarget').properties.MinCapacity, node(graph, 'WebScalableTarget').properties.MaxCapacity], [2, 8])
  }
})

test('request_count: a policy per published port, each counting its own target group; the first keeps <S>ScalingPolicy', () => {
  const graph = convert(web(`"80:8080", {target: 9090, published: 8081, x-aws-protocol: http}`, 'request_count: 500'))
  assert.equal(policies(graph).map((p) => p.id), ['WebScalingPolicy', 'WebTCP8081ScalingPolicy'])
  const label = (id: string) => JSON.stringify(metric(graph, id).PredefinedMetricSpecification.ResourceLabel)
  assert.match(label('WebScalingPolicy'), /"\$ref":"WebTCP80TargetGroup","attribute":"TargetGroupFullName"/)
  assert.match(label('WebTCP8081ScalingPolicy'), /"\$ref":"WebTCP8081TargetGroup","attribute":"TargetGroupFullName"/)
  for (const p of policies(graph)) {
    assert.is(p.properties.PolicyName, p.id)
    assert.is(metric(graph, p.id).TargetValue, 500)
    assert.equal(p.properties.ScalingTargetId, { $ref: 'WebScalableTarget' })
  }
  // One port: one policy, as before.
  assert.equal(policies(convert(web('"80:8080"', 'request_count: 500'))).map((p) => p.id), ['WebScalingPolicy'])
})

test('request_count without an application load balancer scales on CPU, and says so', () => {
  const { graph, diagnostics } = convertComposeWithDiagnostics(web('"5432:5432"', 'request_count: 500'))
  assert.equal(policies(graph).map((p) => p.id), ['WebScalingPolicy'])
  assert.equal(metric(graph, 'WebScalingPolicy').PredefinedMetricSpecification, { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' })
  assert.equal(diagnostics.map((d) => [d.code, d.path.join('.')]), [['AUTOSCALING_METRIC_REPLACED', 'services.web.deploy.x-aws-autoscaling.request_count']])
})

test.run()
