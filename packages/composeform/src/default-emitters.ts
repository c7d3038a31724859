import { cfnJson, cfnYaml, type Emitter } from '@composeform/emit-cfn'
import { ecsServices, ecsTaskDefinitions, graphJson, mermaid } from '@composeform/emit-json'
import { EmitterRegistry } from './emitter-registry.js'

/** The emitters composeform ships: cfn-yaml, cfn-json, ecs-json, ecs-services-json, graph-json, mermaid. */
export const builtInEmitters: readonly Emitter[] = [cfnYaml, cfnJson, ecsTaskDefinitions, ecsServices, graphJson, mermaid] as readonly Emitter[]

/** A registry holding the built-in emitters; register more on it. */
export function createEmitterRegistry(): EmitterRegistry {
  return new EmitterRegistry(builtInEmitters)
}
