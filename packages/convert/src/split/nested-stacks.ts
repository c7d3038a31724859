import { isLiteral, isPseudo, ref, type Condition, type ConditionExpression, type LogicalId, type Output, type Parameter, type ResourceGraph, type ResourceNode, type Value } from '@composeform/model'
import { collectRefIds } from './references.js'
import { placeResources, type Place } from './stack-placement.js'

/** One nested stack: the resources of one ECS service (with its sidecars), as a template of its own. */
export interface NestedStack {
  /** The logical ID of its `AWS::CloudFormation::Stack` in the root: `<S>Stack`. */
  id: LogicalId
  /** The compose service it holds. */
  service: string
  graph: ResourceGraph
}

/** A graph split into the root (shared resources and one stack per service) and the nested stacks. */
export interface SplitGraph {
  root: ResourceGraph
  stacks: NestedStack[]
}

/**
 * Splits a graph into nested stacks, one per ECS service: the resources that came from a
 * service (`origin` under `services.<name>`) move into `<S>Stack`; everything shared stays in
 * the root, as does anything another stack references or waits for other than its ECS
 * service (see `placeResources`). A stack per service keeps IDs stable: adding a service never
 * moves another. What a stack references in the root becomes one of its parameters (a root
 * resource that may not exist is passed under its condition); the root reads a stack's
 * outputs; `DependsOn` on another stack's ECS service becomes `DependsOn` between the stack
 * resources, never in a cycle. `templateUrl`
 * names each nested template as `aws cloudformation package` expects (a local path);
 * `taskOf` maps a service to the service whose task (and ECS service) it runs in, so a
 * sidecar's resources join its owner's stack.
 */
export function splitIntoNestedStacks(graph: ResourceGraph, templateUrl: (stack: NestedStack) => string, taskOf: (service: string) => string = (s) => s): SplitGraph {
  const { placeOf, serviceOf } = placeResources(graph, taskOf)
  const stackIds = [...new Set([...placeOf.values()].filter((p): p is LogicalId => p !== 'root'))].sort()
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]))
  const parameterById = new Map(graph.parameters.map((p) => [p.id, p]))
  const conditionById = new Map(graph.conditions.map((c) => [c.id, c]))
  const parts = new Map(stackIds.map((id) => [id, new StackParts(id)]))

  const rootOutputs: Output[] = []
  for (const output of graph.outputs) {
    const places = new Set(collectRefIds(output.value).filter((id) => placeOf.has(id)).map((id) => placeOf.get(id)!))
    const [only] = [...places]
    if (places.size === 1 && only !== 'root') {
      parts.get(only!)!.outputs.push(output)
      rootOutputs.push({ ...output, value: ref(only!, `Outputs.${output.id}`) })
    } else {
      rootOutputs.push(output)
    }
  }

  for (const node of graph.nodes) {
    const place = placeOf.get(node.id)!
    if (place === 'root') continue
    const stack = parts.get(place)!
    const dependsOn: LogicalId[] = []
    for (const d of node.dependsOn) {
      const target = placeOf.get(d)
      if (target === place) dependsOn.push(d)
      else stack.dependsOn.add(target === 'root' ? d : target!)
    }
    const rewrite = (value: Value): Value => stack.rewrite(value, placeOf, nodeById, parameterById)
    stack.nodes.push({
      ...node,
      properties: rewrite(node.properties as Value) as ResourceNode['properties'],
      ...(node.metadata ? { metadata: rewrite(node.metadata as Value) as NonNullable<ResourceNode['metadata']> } : {}),
      dependsOn,
    })
    if (node.condition) stack.conditions.add(node.condition)
  }
  for (const stack of parts.values()) {
    for (const output of stack.outputs) {
      stack.outputsValue.set(output.id, { ...output, value: stack.rewrite(output.value, placeOf, nodeById, parameterById) })
      if (output.condition) stack.conditions.add(output.condition)
    }
  }

  const stacks: NestedStack[] = []
  const rootNodes: ResourceNode[] = graph.nodes.filter((n) => placeOf.get(n.id) === 'root')
  for (const id of stackIds) {
    const stack = parts.get(id)!
    const conditions = stack.closeConditions(conditionById)
    for (const c of conditions) for (const p of collectRefIds(c.expression as unknown as Value)) if (parameterById.has(p)) stack.passParameter(parameterById.get(p)!)
    const nested: NestedStack = {
      id,
      service: serviceOf.get(id)!,
      graph: {
        description: `${graph.description}: service ${serviceOf.get(id)} (nested stack)`,
        parameters: [...stack.parameters.values()].sort(byId),
        conditions,
        nodes: stack.nodes.sort(byId),
        outputs: [...stack.outputsValue.values()].sort(byId),
      },
    }
    stacks.push(nested)
    rootNodes.push({
      id,
      type: 'AWS::CloudFormation::Stack',
      properties: {
        TemplateURL: templateUrl(nested),
        ...(stack.passed.size > 0 ? { Parameters: Object.fromEntries([...stack.passed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) } : {}),
      },
      dependsOn: [...stack.dependsOn].sort(),
      origin: ['services', serviceOf.get(id)!],
    })
  }
  return {
    root: {
      description: graph.description,
      parameters: graph.parameters,
      conditions: graph.conditions,
      nodes: rootNodes.sort(byId),
      outputs: rootOutputs.sort(byId),
      // Rules check the root's parameters, which are the ones a deployment passes.
      ...(graph.rules ? { rules: graph.rules } : {}),
      ...(graph.overlay ? { overlay: graph.overlay } : {}),
    },
    stacks,
  }
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** What one nested stack collects while the graph is split. */
class StackParts {
  readonly nodes: ResourceNode[] = []
  readonly outputs: Output[] = []
  readonly outputsValue = new Map<LogicalId, Output>()
  readonly parameters = new Map<LogicalId, Parameter>()
  /** The root's value of each parameter, for the stack resource's `Parameters`. */
  readonly passed = new Map<LogicalId, Value>()
  readonly conditions = new Set<string>()
  readonly dependsOn = new Set<LogicalId>()

  constructor(readonly id: LogicalId) {}

  /** Passes a root parameter through under its own name and type (lists as comma-joined text). */
  passParameter(p: Parameter): void {
    if (this.parameters.has(p.id)) return
    const { default: _, ...rest } = p
    this.parameters.set(p.id, rest)
    this.passed.set(p.id, p.type.startsWith('List<') || p.type === 'CommaDelimitedList' ? { $join: [',', ref(p.id)] } : ref(p.id))
  }

  /** `value` with every reference outside this stack replaced by a parameter of the stack. */
  rewrite(value: Value, placeOf: ReadonlyMap<LogicalId, Place>, nodes: ReadonlyMap<LogicalId, ResourceNode>, parameters: ReadonlyMap<LogicalId, Parameter>): Value {
    if (value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) return value.map((v: Value) => this.rewrite(v, placeOf, nodes, parameters))
    const record = value as { readonly [key: string]: Value }
    if (typeof record.$ref === 'string') {
      const id = record.$ref
      const attribute = (record as { attribute?: string }).attribute
      if (isPseudo(id)) return value
      if (parameters.has(id)) {
        this.passParameter(parameters.get(id)!)
        return value
      }
      const place = placeOf.get(id)
      if (place === undefined || place === this.id) return value
      const name = `${id}${(attribute ?? '').replace(/[^A-Za-z0-9]/g, '')}`
      if (!this.parameters.has(name)) {
        this.parameters.set(name, { id: name, type: 'String', description: `${attribute ? `${attribute} of ` : ''}${id}, from the root stack.` })
        // Only root resources are referenced from a stack (see the placement above).
        if (place !== 'root') throw new Error(`splitIntoNestedStacks: ${this.id} references ${id} in ${place}`)
        const target = nodes.get(id)
        const passed: Value = target?.condition ? { $if: [target.condition, value, ''] } : value
        this.passed.set(name, passed)
      }
      return ref(name)
    }
    if (isLiteral(record)) return value
    if (Array.isArray(record.$if) && typeof record.$if[0] === 'string') this.conditions.add(record.$if[0])
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, this.rewrite(v, placeOf, nodes, parameters)]))
  }

  /** The conditions the stack uses, with those they use, sorted. */
  closeConditions(all: ReadonlyMap<string, Condition>): Condition[] {
    const out = new Map<string, Condition>()
    const visit = (id: string): void => {
      if (out.has(id) || !all.has(id)) return
      const c = all.get(id)!
      out.set(id, c)
      for (const inner of conditionNames(c.expression)) visit(inner)
    }
    for (const id of this.conditions) visit(id)
    return [...out.values()].sort(byId)
  }
}

function conditionNames(e: ConditionExpression): string[] {
  if ('$condition' in e) return [e.$condition]
  if ('$not' in e) return conditionNames(e.$not)
  if ('$and' in e) return e.$and.flatMap(conditionNames)
  if ('$or' in e) return e.$or.flatMap(conditionNames)
  return collectIfConditions(e.$equals as unknown as Value)
}

function collectIfConditions(value: Value): string[] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((v: Value) => collectIfConditions(v))
  const record = value as { readonly [key: string]: Value }
  if (isLiteral(record)) return []
  const own = Array.isArray(record.$if) && typeof record.$if[0] === 'string' ? [record.$if[0] as string] : []
  return [...own, ...Object.values(record).flatMap(collectIfConditions)]
}
