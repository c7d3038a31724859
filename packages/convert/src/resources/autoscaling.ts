import { ref, type ComposeService, type Value } from '@composeform/model'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'

interface Autoscaling {
  min?: number
  max: number
  cpu?: number
  memory?: number
  request_count?: number
}

/**
 * `deploy.x-aws-autoscaling` → `<S>ScalableTarget` and a target-tracking `<S>ScalingPolicy`
 * (average CPU, memory, or ALB requests per target). Requests are counted per target group:
 * a service with several published ports gets a policy for each further port,
 * `<S><PROTO><port>ScalingPolicy`, and scales out when any port is over the target and in when
 * all are under it. The scalable target uses the application-autoscaling service-linked role,
 * so no role is created.
 */
export function addAutoscaling(
  base: string,
  name: string,
  service: ComposeService,
  env: DeployEnvironment,
  builder: GraphBuilder,
  targetGroups: readonly string[],
  report: (path: (string | number)[], message: string, hint: string) => void,
): void {
  const spec = service.deploy?.['x-aws-autoscaling'] as Autoscaling | undefined
  if (!spec || typeof spec.max !== 'number') return
  const origin = ['services', name, 'deploy', 'x-aws-autoscaling']
  if (spec.request_count !== undefined && targetGroups.length === 0) {
    report(
      [...origin, 'request_count'],
      `\`request_count\` scales on requests per target of an application load balancer, which \`${name}\` is not behind; it scales on CPU instead.`,
      'Publish an HTTP port (so that the project gets an application load balancer), or scale on `cpu` or `memory`.',
    )
  }
  builder.add({
    id: `${base}ScalableTarget`,
    type: 'AWS::ApplicationAutoScaling::ScalableTarget',
    properties: {
      MinCapacity: spec.min ?? 1,
      MaxCapacity: spec.max,
      ResourceId: { $join: ['/', ['service', env.clusterName, ref(`${base}Service`, 'Name')]] },
      ScalableDimension: 'ecs:service:DesiredCount',
      ServiceNamespace: 'ecs',
    },
    dependsOn: [`${base}Service`],
    origin,
  })
  const policy = (id: string, metric: Record<string, Value>) =>
    builder.add({
      id,
      type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
      properties: {
        PolicyName: id,
        PolicyType: 'TargetTrackingScaling',
        ScalingTargetId: ref(`${base}ScalableTarget`),
        TargetTrackingScalingPolicyConfiguration: { ...metric, ScaleInCooldown: 60, ScaleOutCooldown: 60 },
      },
      dependsOn: [],
      origin,
    })
  if (spec.request_count !== undefined && targetGroups.length > 0) {
    targetGroups.forEach((group, i) =>
      policy(i === 0 ? `${base}ScalingPolicy` : group.replace(/TargetGroup$/, 'ScalingPolicy'), {
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ALBRequestCountPerTarget',
          ResourceLabel: { $join: ['/', [{ $select: [1, { $split: ['loadbalancer/', env.loadBalancerArn] }] }, ref(group, 'TargetGroupFullName')]] },
        },
        TargetValue: spec.request_count!,
      }),
    )
    return
  }
  const [type, target] = spec.memory !== undefined ? ['Memory', spec.memory] : ['CPU', spec.cpu ?? 75]
  policy(`${base}ScalingPolicy`, { PredefinedMetricSpecification: { PredefinedMetricType: `ECSServiceAverage${type}Utilization` }, TargetValue: target })
}
