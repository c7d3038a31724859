import type { Path } from '../diagnostic.js'
import type { LogicalId, Value } from './values.js'

/** One CloudFormation resource. */
export interface ResourceNode {
  readonly id: LogicalId
  /** The CloudFormation type, e.g. `AWS::ECS::Service`. */
  readonly type: string
  readonly properties: { readonly [key: string]: Value }
  /**
   * The resource's `Metadata`. Its references order their targets first too, which is how a
   * resource waits for conditional resources (`DependsOn` cannot name one that may not exist).
   */
  readonly metadata?: { readonly [key: string]: Value }
  /** Explicit ordering; references already order their targets first. Sorted. */
  readonly dependsOn: readonly LogicalId[]
  readonly condition?: string
  readonly deletionPolicy?: 'Delete' | 'Retain' | 'Snapshot'
  readonly updateReplacePolicy?: 'Delete' | 'Retain' | 'Snapshot'
  /** The compose path this resource came from, for diagnostics. */
  readonly origin?: Path
}

/** A template parameter: what differs between accounts and environments. */
export interface Parameter {
  readonly id: LogicalId
  readonly type: string
  readonly description: string
  readonly default?: string
  readonly allowedValues?: readonly string[]
  readonly noEcho?: boolean
}

/** A condition expression: `Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or`, or another condition. */
export type ConditionExpression =
  | { readonly $equals: readonly [Value, Value] }
  | { readonly $not: ConditionExpression }
  | { readonly $and: readonly ConditionExpression[] }
  | { readonly $or: readonly ConditionExpression[] }
  | { readonly $condition: string }

/** A named template condition. */
export interface Condition {
  readonly id: string
  readonly expression: ConditionExpression
}

/**
 * A template rule: CloudFormation checks the parameter values against it before it creates or
 * changes anything, and refuses them with the assertion's description. Its expressions may
 * compare parameters (`$equals`, `$not`, `$and`, `$or` over `Ref`s), never name a condition.
 */
export interface Rule {
  readonly id: string
  /** When the rule applies; always when absent. */
  readonly when?: ConditionExpression
  readonly assertions: readonly { readonly assert: ConditionExpression; readonly description: string }[]
}

/** A template output. */
export interface Output {
  readonly id: LogicalId
  readonly description: string
  readonly value: Value
  readonly condition?: string
}

/**
 * The intermediate resource graph: everything a template needs, emitter-neutral. Every list
 * is sorted by id; references are values, and edges are derived from them (`collectEdges`).
 */
export interface ResourceGraph {
  readonly description: string
  readonly parameters: readonly Parameter[]
  readonly conditions: readonly Condition[]
  readonly nodes: readonly ResourceNode[]
  readonly outputs: readonly Output[]
  /** Checks of the parameter values (the template's `Rules`); absent when there are none. */
  readonly rules?: readonly Rule[]
  /** A partial template merged over the generated one by emitters (`x-aws-cloudformation`). */
  readonly overlay?: { readonly [key: string]: unknown }
}
