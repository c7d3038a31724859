import type { Condition, LogicalId, Output, Parameter, Path, ResourceGraph, ResourceNode, Rule } from '@composeform/model'

/**
 * Told when a resource id is added a second time: who added it first and who now, each a
 * compose path (`['services', 'web']`) or undefined for composeform's own project resources.
 */
export type IdCollision = (id: LogicalId, first: Path | undefined, second: Path | undefined) => void

/** Collects the parts of a graph; `build()` returns them sorted by id. */
export class GraphBuilder {
  readonly #nodes = new Map<LogicalId, ResourceNode>()
  readonly #parameters = new Map<LogicalId, Parameter>()
  readonly #conditions = new Map<string, Condition>()
  readonly #outputs = new Map<LogicalId, Output>()
  readonly #rules = new Map<string, Rule>()
  // The ids each owner added, for the rare collision report: a list per owner rather than an
  // owner per id, which at thousands of resources was one more large hash table per graph.
  readonly #added = new Map<Path | undefined, LogicalId[]>()

  /** Whose resources are being added now: a compose path, or undefined for the project's own. */
  owner: Path | undefined

  constructor(private readonly onCollision?: IdCollision) {}

  /**
   * Adds a resource. An id added twice keeps its first resource and goes to `onCollision`
   * (a compose name whose IDs meet another's, such as a service named `LoadBalancer`); twice
   * from the project's own resources, or with no `onCollision`, it is a converter bug.
   */
  add(node: ResourceNode): void {
    if (this.#nodes.has(node.id) || this.#parameters.has(node.id)) {
      const first = this.#ownerOf(node.id)
      if (!this.onCollision || (first === undefined && this.owner === undefined)) throw new Error(`resource ${node.id} added twice`)
      this.onCollision(node.id, first, this.owner)
      return
    }
    this.#addedBy(this.owner).push(node.id)
    // Most resources depend on one resource or none, already a sorted set.
    const dependsOn = node.dependsOn.length < 2 ? node.dependsOn : [...new Set(node.dependsOn)].sort()
    this.#nodes.set(node.id, dependsOn === node.dependsOn ? node : { ...node, dependsOn })
  }

  #addedBy(owner: Path | undefined): LogicalId[] {
    let ids = this.#added.get(owner)
    if (ids === undefined) this.#added.set(owner, (ids = []))
    return ids
  }

  #ownerOf(id: LogicalId): Path | undefined {
    for (const [owner, ids] of this.#added) if (ids.includes(id)) return owner
    return undefined
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

  /** Adds a rule (once). */
  rule(rule: Rule): void {
    this.#rules.set(rule.id, rule)
  }

  /** Adds an output. */
  output(output: Output): void {
    this.#outputs.set(output.id, output)
  }

  /** The graph, every list sorted by id. */
  build(description: string, overlay?: Record<string, unknown>): ResourceGraph {
    // The default sort orders strings by UTF-16 code unit, as `<` does, without a comparator call per step (twice as fast).
    const byId = <T>(m: Map<string, T>): T[] => [...m.keys()].sort().map((id) => m.get(id)!)
    return {
      description,
      parameters: byId(this.#parameters),
      conditions: byId(this.#conditions),
      nodes: byId(this.#nodes),
      outputs: byId(this.#outputs),
      ...(this.#rules.size > 0 ? { rules: byId(this.#rules) } : {}),
      ...(overlay ? { overlay } : {}),
    }
  }
}
