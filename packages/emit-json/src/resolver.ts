import { isPseudo, type Condition, type Diagnostic, type Parameter, type Path, type ResourceGraph, type ResourceNode, type Value } from '@composeform/model'
import { evaluateCondition } from './conditions.js'
import { evaluateValue } from './evaluate-value.js'
import { materialize, NO_VALUE, type Evaluated, type NoValue } from './evaluated.js'
import { jsonObject, type Json, type JsonObject } from './json.js'
import { missingParameter, missingPseudo, missingResource } from './missing-messages.js'
import { MissingValues, type MissingValue } from './missing-values.js'
import { isListParameter, parameterValue } from './parameter-values.js'
import { Placeholder, placeholderText } from './placeholder.js'
import { pseudoValue } from './pseudo-parameters.js'
import type { ResolveOptions } from './resolve-options.js'
import type { Scope } from './scope.js'

/**
 * Turns graph values into plain values for one emit, the way CloudFormation would at deploy
 * time, from what the options say about the deployment:
 *
 * - `Ref` to a parameter: its value in `options.parameters`, else its default (a list
 *   parameter's comma-separated text becomes a list);
 * - pseudo parameters: `AWS::Region` from `options.region`, `AWS::Partition` and
 *   `AWS::URLSuffix` from the region (`aws` without one), others from `options.parameters`;
 * - `Ref`/`Fn::GetAtt` to a resource the template creates: `options.resources['Id']` /
 *   `options.resources['Id.Attr']` (or the same name in `options.parameters`); a task
 *   definition's `Ref` is its family;
 * - `Fn::If` by its condition, evaluated from those values.
 *
 * Whatever is still unknown becomes a placeholder `${Name}` and one `PLACEHOLDER_VALUE`
 * warning per name, at the compose path (`origin`) of the first resource that needed it.
 */
export class Resolver {
  readonly #options: Partial<ResolveOptions>
  readonly #parameters: ReadonlyMap<string, Parameter>
  readonly #nodes: ReadonlyMap<string, ResourceNode>
  readonly #conditions: ReadonlyMap<string, Condition>
  readonly #missing = new MissingValues()

  constructor(graph: ResourceGraph, options: Partial<ResolveOptions> = {}) {
    this.#options = options
    this.#parameters = new Map(graph.parameters.map((p) => [p.id, p]))
    this.#nodes = new Map(graph.nodes.map((n) => [n.id, n]))
    this.#conditions = new Map(graph.conditions.map((c) => [c.id, c]))
  }

  /** A resource's properties as plain JSON (CloudFormation's keys; `AWS::NoValue` entries left out). */
  properties(node: ResourceNode): JsonObject {
    const scope = this.#scope(node.origin ?? [])
    const entries: [string, Json][] = []
    for (const [key, value] of Object.entries(node.properties)) {
      const evaluated = scope.value(value)
      if (evaluated !== NO_VALUE) entries.push([key, materialize(evaluated)])
    }
    return jsonObject(entries)
  }

  /** A graph value as plain JSON, reported at `origin`; `undefined` for `AWS::NoValue`. */
  value(value: Value, origin: Path = []): Json | undefined {
    const evaluated = this.#scope(origin).value(value)
    return evaluated === NO_VALUE ? undefined : materialize(evaluated)
  }

  /** Whether a resource exists: its condition holds, or cannot be decided, or it has none. */
  exists(node: ResourceNode): boolean {
    return node.condition === undefined || this.#scope(node.origin ?? []).condition(node.condition) !== false
  }

  /** The `PLACEHOLDER_VALUE` warnings so far, one per missing name, sorted. */
  diagnostics(): Diagnostic[] {
    return this.#missing.diagnostics()
  }

  #scope(origin: Path, evaluating: ReadonlySet<string> = new Set()): Scope {
    const scope: Scope = {
      value: (value) => evaluateValue(value, scope),
      reference: (id, attribute) => this.#reference(id, attribute, scope),
      given: (name) => this.#given(name),
      condition: (name) => {
        const condition = this.#conditions.get(name)
        if (condition === undefined) throw new Error(`Fn::If: no condition \`${name}\``)
        if (evaluating.has(name)) throw new Error(`condition \`${name}\` depends on itself`)
        return evaluateCondition(condition.expression, this.#scope(origin, new Set([...evaluating, name])))
      },
      placeholder: (missing: MissingValue, list = false) => {
        this.#missing.add(missing, origin)
        return new Placeholder(placeholderText(missing.name), list)
      },
    }
    return scope
  }

  #reference(id: string, attribute: string | undefined, scope: Scope): Evaluated | NoValue {
    if (id === 'AWS::NoValue') return NO_VALUE
    if (isPseudo(id)) return pseudoValue(id, this.#options) ?? scope.placeholder(missingPseudo(id))
    const parameter = this.#parameters.get(id)
    if (parameter !== undefined) {
      if (attribute !== undefined) throw new Error(`Fn::GetAtt of the parameter \`${id}\``)
      return parameterValue(parameter, this.#options) ?? scope.placeholder(missingParameter(parameter), isListParameter(parameter))
    }
    const node = this.#nodes.get(id)
    if (node === undefined) throw new Error(`reference to \`${id}\`, which the graph does not define`)
    const given = this.#given(attribute === undefined ? id : `${id}.${attribute}`)
    if (given !== undefined) return given
    // register-task-definition and create-service name a task definition by its family.
    if (attribute === undefined && node.type === 'AWS::ECS::TaskDefinition' && node.properties.Family !== undefined) return scope.value(node.properties.Family)
    return scope.placeholder(missingResource(node, attribute))
  }

  // Resources and parameters share one namespace of logical ids, so one `--param` list can hold both.
  #given(name: string): string | undefined {
    for (const values of [this.#options.resources, this.#options.parameters]) {
      if (values !== undefined && Object.hasOwn(values, name)) return values[name]
    }
    return undefined
  }
}
