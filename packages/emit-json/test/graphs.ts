import type { Parameter, ResourceGraph, ResourceNode, Value } from '@composeform/model'

/** An empty graph with `parts` set over it. */
export function graphOf(parts: Partial<ResourceGraph> = {}): ResourceGraph {
  return { description: '', parameters: [], conditions: [], nodes: [], outputs: [], ...parts }
}

/** A resource node with no dependencies. */
export function node(id: string, type: string, properties: { [key: string]: Value } = {}, extra: Partial<ResourceNode> = {}): ResourceNode {
  return { id, type, properties, dependsOn: [], ...extra }
}

/** A `String` parameter. */
export function parameter(id: string, extra: Partial<Parameter> = {}): Parameter {
  return { id, type: 'String', description: '', ...extra }
}

/** A compose service's task definition (`<Base>TaskDefinition`) with one container. */
export function taskDefinition(service: string, base: string, container: { [key: string]: Value } = {}, extra: { [key: string]: Value } = {}): ResourceNode {
  return node(
    `${base}TaskDefinition`,
    'AWS::ECS::TaskDefinition',
    { Family: `app-${service}`, ContainerDefinitions: [{ Name: service, Image: 'nginx', ...container }], ...extra },
    { origin: ['services', service] },
  )
}

/** Every string inside a JSON value, at any depth, keys included. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out)
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k)
      allStrings(v, out)
    }
  }
  return out
}
