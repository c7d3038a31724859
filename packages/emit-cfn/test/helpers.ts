import type { ResourceGraph, ResourceNode, Value } from '@composeform/model'
import { toTemplate } from '../src/index.js'

/** An empty graph with `parts` set over it. */
export function graphOf(parts: Partial<ResourceGraph> = {}): ResourceGraph {
  return { description: '', parameters: [], conditions: [], nodes: [], outputs: [], ...parts }
}

/** A resource node with no dependencies. */
export function node(id: string, properties: { [key: string]: Value } = {}, extra: Partial<ResourceNode> = {}): ResourceNode {
  return { id, type: 'AWS::S3::Bucket', properties, dependsOn: [], ...extra }
}

/** How `toTemplate` renders one property value. */
export function rendered(value: Value): unknown {
  const resources = toTemplate(graphOf({ nodes: [node('R', { P: value })] })).Resources as { R: { Properties: { P: unknown } } }
  return resources.R.Properties.P
}

/** The graph with every object and array frozen, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
