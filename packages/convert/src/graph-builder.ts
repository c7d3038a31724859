import type { Condition, LogicalId, Output, Parameter, ResourceGraph, ResourceNode } from '@composeform/model'

/** Collects the parts of a graph; `build()` returns them sorted by id. */
export class GraphBuilder {
  readonly #nodes = new Map<LogicalId, ResourceNode>()
  readonly #parameters = new Map<LogicalId, Parameter>()
  readonly #conditions = new Map<string, Condition>()
  readonly #outputs = new Map<LogicalId, Output>()

  /** Adds a resource; adding an id twice is a converter bug. */
  add(node: ResourceNode): void {
    if (this.#nodes.has(node.id)) throw new Error(`resource ${node.id} added twice`)
    this.#nodes.set(node.id, { ...node, dependsOn: [...new Set(node.dependsOn)].sort() })
  }

  /** True when a resource with this id exists. */
  has(id: LogicalId): boolean {
    return this.#nodes.has(id)
  }

  /** Adds a parameter (once). */
  parameter(parameter: Parameter): void {
    this.#parameters.set(parameter.id, parameter)
  }

  /** Adds a condition (once). */
  condition(condition: Condition): void {
    this.#conditions.set(condition.id, condition)
  }

  /** Adds an output. */
  output(output: Output): void {
    this.#outputs.set(output.id, output)
  }

  /** The graph, every list sorted by id. */
  build(description: string, overlay?: Record<string, unknown>): ResourceGraph {
    const byId = <T extends { id: string }>(m: Map<string, T>): T[] => [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return {
      description,
      parameters: byId(this.#parameters),
      conditions: byId(this.#conditions),
      nodes: byId(this.#nodes),
      outputs: byId(this.#outputs),
      ...(overlay ? { overlay } : {}),
    }
  }
}
