import type { Value } from '@composeform/model'
import { base64 } from './base64.js'
import { NO_VALUE, textOf, type Evaluated, type NoValue } from './evaluated.js'
import { missingAvailabilityZones, missingImport, missingListItem } from './missing-messages.js'
import { Placeholder } from './placeholder.js'
import type { Scope } from './scope.js'

type Result = Evaluated | NoValue
type Evaluator = (argument: Value, record: { readonly [key: string]: Value }, scope: Scope) => Result | undefined

const isString = (v: unknown): v is string => typeof v === 'string'
const isList = (v: unknown): v is readonly Value[] => Array.isArray(v)
const refKeys = (record: object): boolean => Object.keys(record).every((k) => k === '$ref' || k === 'attribute')
const isRef = (v: unknown): v is { $ref: string; attribute?: string } => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !refKeys(v)) return false
  const { $ref, attribute } = v as { $ref?: unknown; attribute?: unknown }
  return isString($ref) && (attribute === undefined || isString(attribute))
}

/** A graph the converter built wrongly: not the user's problem, so it throws. */
function invalid(fn: string, what: string): never {
  throw new Error(`${fn}: ${what}`)
}

/**
 * One evaluator per intrinsic key, with the same shape checks as the CloudFormation renderer:
 * `undefined` means "not this intrinsic's shape", and the object is then an ordinary map.
 */
const evaluators: { readonly [key: string]: Evaluator } = {
  $ref: (id, record, scope) => {
    if (!isRef(record)) return undefined
    return scope.reference(id as string, record.attribute)
  },
  $sub: (parts, _, scope) => (isList(parts) && parts.every((p) => isString(p) || isRef(p)) ? evaluateSub(parts as readonly (string | { $ref: string; attribute?: string })[], scope) : undefined),
  $join: (a, _, scope) => (isList(a) && a.length === 2 && isString(a[0]) && isList(a[1]) ? evaluateJoin(a[0], a[1], scope) : undefined),
  $if: (a, _, scope) => {
    if (!isList(a) || a.length !== 3 || !isString(a[0])) return undefined
    const holds = scope.condition(a[0])
    // Which branch applies depends on a value nobody gave; that value's placeholder is reported.
    if (holds === undefined) return new Placeholder('${Fn::If:' + a[0] + '}')
    return scope.value(holds ? a[1]! : a[2]!)
  },
  $select: (a, _, scope) => (isList(a) && a.length === 2 && typeof a[0] === 'number' ? evaluateSelect(a[0], a[1]!, scope) : undefined),
  $split: (a, _, scope) => (isList(a) && a.length === 2 && isString(a[0]) ? evaluateSplit(a[0], a[1]!, scope) : undefined),
  $getAZs: (a, _, scope) => (a === '' ? scope.placeholder(missingAvailabilityZones(), true) : undefined),
  $base64: (a, _, scope) => {
    const value = scope.value(a)
    if (value instanceof Placeholder) return new Placeholder(`Fn::Base64(${value.text})`)
    const text = value === NO_VALUE ? undefined : textOf(value)
    return text === undefined ? invalid('Fn::Base64', 'the argument is not a string') : base64(text)
  },
  $import: (a, _, scope) => {
    const value = scope.value(a)
    if (value instanceof Placeholder) return new Placeholder(`Fn::ImportValue(${value.text})`)
    if (!isString(value)) return invalid('Fn::ImportValue', 'the export name is not a string')
    return scope.given(`ImportValue:${value}`) ?? scope.placeholder(missingImport(value))
  },
  // The user's JSON, as it is (`literal`: Docker labels, an `x-aws-role` document).
  $literal: (json) => json as Evaluated,
}

/**
 * The value of an intrinsic function, or `undefined` when `record` does not have an
 * intrinsic's exact shape. `Ref`/`Fn::GetAtt` go to the scope; `Fn::Sub` and `Fn::Join`
 * give a string (a placeholder holding the text when a part is unknown); `Fn::If` takes the
 * branch its condition chooses; `Fn::Select`/`Fn::Split` work on known lists and strings;
 * `Fn::Base64` encodes; `Fn::GetAZs` and an unknown `Fn::ImportValue` are placeholders.
 *
 * @throws Error when an argument has the wrong type after evaluation (a converter bug).
 */
export function evaluateIntrinsic(record: { readonly [key: string]: Value }, scope: Scope): Result | undefined {
  const keys = Object.keys(record)
  const key = Object.hasOwn(record, '$ref') ? '$ref' : keys.length === 1 ? keys[0]! : undefined
  if (key === undefined || !Object.hasOwn(evaluators, key)) return undefined
  return evaluators[key]!(record[key]!, record, scope)
}

function evaluateSub(parts: readonly (string | { $ref: string; attribute?: string })[], scope: Scope): Result {
  const texts = parts.map((part) => (isString(part) ? part : scope.reference(part.$ref, part.attribute)))
  return concatenate('Fn::Sub', texts, '')
}

function evaluateJoin(separator: string, list: readonly Value[], scope: Scope): Result {
  // A literal list evaluates to a list, with its NoValue items left out.
  return concatenate('Fn::Join', scope.value(list) as readonly Evaluated[], separator)
}

/** The parts' texts joined: a string, or a placeholder holding the text when a part is unknown. */
function concatenate(fn: string, parts: readonly (Evaluated | NoValue)[], separator: string): Result {
  let unknown = false
  const texts = parts.map((part) => {
    if (part === NO_VALUE) return ''
    if (part instanceof Placeholder) unknown = true
    // A list inside a string is an error in CloudFormation; a list parameter is the one way in.
    const text = Array.isArray(part) ? listText(part) : textOf(part)
    return text ?? invalid(fn, 'a part is a map')
  })
  const joined = texts.join(separator)
  return unknown ? new Placeholder(joined) : joined
}

function listText(items: readonly Evaluated[]): string | undefined {
  const texts = items.map(textOf)
  return texts.every(isString) ? texts.join(',') : undefined
}

function evaluateSelect(index: number, list: Value, scope: Scope): Result {
  const items = scope.value(list)
  if (items instanceof Placeholder) return new Placeholder(`${items.text}[${index}]`)
  if (!Array.isArray(items)) return invalid('Fn::Select', 'the list is not a list')
  const item = (items as readonly Evaluated[])[index]
  return item ?? scope.placeholder(missingListItem(index, items.length))
}

function evaluateSplit(separator: string, text: Value, scope: Scope): Result {
  const value = scope.value(text)
  if (value instanceof Placeholder) return new Placeholder(value.text, true)
  const known = value === NO_VALUE ? undefined : textOf(value)
  if (known === undefined) return invalid('Fn::Split', 'the text is not a string')
  return known.split(separator)
}
