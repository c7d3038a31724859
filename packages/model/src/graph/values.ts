/** A CloudFormation logical ID: PascalCase letters and digits. */
export type LogicalId = string

/**
 * A reference to a resource, parameter or pseudo parameter (`AWS::Region`): rendered as `Ref`,
 * or as `Fn::GetAtt` when `attribute` is set. References are values, never strings.
 */
export interface Ref {
  readonly $ref: LogicalId
  readonly attribute?: string
}

/** `Fn::Sub`: the parts are concatenated; references become `${Id}` / `${Id.Attr}`. */
export interface Sub {
  readonly $sub: readonly (string | Ref)[]
}

/** `Fn::Join` with a separator, of listed parts or of a list-valued reference (a `List<…>` parameter). */
export interface Join {
  readonly $join: readonly [separator: string, parts: readonly Value[] | Ref]
}

/** `Fn::If`: `then` when the condition holds, else `else`. */
export interface If {
  readonly $if: readonly [condition: string, then: Value, otherwise: Value]
}

/** `Fn::Select`: item `index` of a list. */
export interface Select {
  readonly $select: readonly [index: number, list: Value]
}

/** `Fn::Split`. */
export interface Split {
  readonly $split: readonly [separator: string, text: Value]
}

/** `Fn::GetAZs` of the stack's region. */
export interface GetAZs {
  readonly $getAZs: ''
}

/** `Fn::Base64`. */
export interface Base64 {
  readonly $base64: Value
}

/** `Fn::ImportValue`. */
export interface ImportValue {
  readonly $import: Value
}

/** JSON, with no intrinsic anywhere inside it. */
export type LiteralJson = string | number | boolean | null | readonly LiteralJson[] | { readonly [key: string]: LiteralJson }

/**
 * JSON written exactly as it is, nothing inside it read as a reference or intrinsic: what the
 * user wrote with keys of their choosing (Docker labels, an `x-aws-role` policy document),
 * where a key such as `$ref` is only text.
 */
export interface Literal {
  readonly $literal: LiteralJson
}

/** An intrinsic function value. */
export type Intrinsic = Ref | Sub | Join | If | Select | Split | GetAZs | Base64 | ImportValue | Literal

/** A property value of a resource: JSON, or intrinsics anywhere inside it. */
export type Value = string | number | boolean | null | Intrinsic | readonly Value[] | { readonly [key: string]: Value }

/** `AWS::NoValue`: removes the property it is the value of (inside `$if`). */
export const noValue: Ref = { $ref: 'AWS::NoValue' }

/** A reference (`Ref`, or `Fn::GetAtt` with an attribute). */
export function ref(id: LogicalId, attribute?: string): Ref {
  return attribute === undefined ? { $ref: id } : { $ref: id, attribute }
}

/** A `Fn::Sub` from parts. */
export function sub(...parts: (string | Ref)[]): Sub {
  return { $sub: parts }
}

/**
 * The user's JSON as a value: the JSON itself, or, when a map key anywhere inside it starts
 * with `$` (the graph's intrinsics), the JSON wrapped as a `Literal`, so that no key is read
 * as one.
 */
export function literal(json: LiteralJson): Value {
  return hasDollarKey(json) ? { $literal: json } : json
}

function hasDollarKey(json: LiteralJson): boolean {
  if (json === null || typeof json !== 'object') return false
  if (Array.isArray(json)) return (json as readonly LiteralJson[]).some(hasDollarKey)
  return Object.entries(json).some(([key, value]) => key.startsWith('$') || hasDollarKey(value))
}

/** True for a `Literal` value: walks over references and intrinsics do not enter it. */
export function isLiteral(value: { readonly [key: string]: unknown }): boolean {
  return Object.hasOwn(value, '$literal')
}

/** True for an intrinsic function value. */
export function isIntrinsic(value: unknown): value is Intrinsic {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length >= 1 && keys.length <= 2 && keys[0]!.startsWith('$')
}

/** True for a reference to a pseudo parameter such as `AWS::Region` (never a graph node). */
export function isPseudo(id: LogicalId): boolean {
  return id.startsWith('AWS::')
}
