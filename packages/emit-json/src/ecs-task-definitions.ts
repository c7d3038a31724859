import type { Emitter } from '@composeform/emit-cfn'
import { emitEcsFiles } from './ecs-files.js'
import type { ResolveOptions } from './resolve-options.js'

/**
 * Plain ECS task definitions: one `ecs/<service>.taskdef.json` per `AWS::ECS::TaskDefinition`,
 * holding what `aws ecs register-task-definition --cli-input-json file://…` accepts
 * (`family`, `cpu`, `memory`, `containerDefinitions`, `tags`, …). Values only a deployment
 * knows (the execution role's ARN, the log group, the region) come from the options or
 * become placeholders `${Name}`, each reported once as `PLACEHOLDER_VALUE`.
 */
export const ecsTaskDefinitions: Emitter<ResolveOptions> = {
  name: 'ecs-json',
  emit(graph, options = {}) {
    return emitEcsFiles(graph, options, { type: 'AWS::ECS::TaskDefinition', suffix: 'taskdef', shape: (_, properties) => properties })
  },
}
