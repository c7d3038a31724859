import { cfnJson, cfnYaml, type Emitter } from '@composeform/emit-cfn'
import { ecsServices, ecsTaskDefinitions, graphJson, mermaid } from '@composeform/emit-json'
import { EmitterRegistry } from './emitter-registry.js'

/** The emitters of deployable files: cfn-yaml, cfn-json, ecs-json, ecs-services-json (`convertCompose`'s default). */
export const deploymentEmitters: readonly Emitter[] = [cfnYaml, cfnJson, ecsTaskDefinitions, ecsServices] as readonly Emitter[]

/** The emitters composeform ships: the deployment ones, graph-json and mermaid (`convert`'s default). */
export const builtInEmitters: readonly Emitter[] = [cfnYaml, cfnJson, ecsTaskDefinitions, ecsServices, graphJson, mermaid] as readonly Emitter[]

/** A registry holding the built-in emitters; register more on it. */
export function createEmitterRegistry(): EmitterRegistry {
  return new EmitterRegistry(builtInEmitters)
}
