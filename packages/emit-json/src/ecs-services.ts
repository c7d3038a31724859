import type { Emitter } from '@composeform/emit-cfn'
import { composeServiceOf } from './compose-service.js'
import { emitEcsFiles } from './ecs-files.js'
import { jsonObject } from './json.js'
import type { ResolveOptions } from './resolve-options.js'

/**
 * Plain ECS services: one `ecs/<service>.service.json` per `AWS::ECS::Service`, holding what
 * `aws ecs create-service --cli-input-json file://…` accepts. `serviceName` is the compose
 * service's name (CloudFormation would generate one), `taskDefinition` the task definition's
 * family (its latest revision); the cluster, subnets, security groups and target groups come
 * from the options or become placeholders `${Name}`, each reported once as `PLACEHOLDER_VALUE`.
 */
export const ecsServices: Emitter<ResolveOptions> = {
  name: 'ecs-services-json',
  emit(graph, options = {}) {
    return emitEcsFiles(graph, options, {
      type: 'AWS::ECS::Service',
      suffix: 'service',
      shape: (node, properties) =>
        Object.hasOwn(properties, 'serviceName') ? properties : jsonObject([['serviceName', composeServiceOf(node) ?? node.id], ...Object.entries(properties)]),
    })
  },
}
