import type { ConditionExpression } from '@composeform/model'
import { hasPlaceholder, materialize, NO_VALUE, type Evaluated, type NoValue } from './evaluated.js'
import type { Scope } from './scope.js'

/**
 * Whether a condition expression holds for the resolved parameter values: `undefined` when
 * it depends on a value nobody gave. `Fn::And`/`Fn::Or` are decided by one known false/true
 * operand even when another is unknown.
 */
export function evaluateCondition(expression: ConditionExpression, scope: Scope): boolean | undefined {
  if ('$equals' in expression) return equals(scope.value(expression.$equals[0]), scope.value(expression.$equals[1]))
  if ('$not' in expression) {
    const holds = evaluateCondition(expression.$not, scope)
    return holds === undefined ? undefined : !holds
  }
  if ('$and' in expression) return combine(expression.$and.map((e) => evaluateCondition(e, scope)), false)
  if ('$or' in expression) return combine(expression.$or.map((e) => evaluateCondition(e, scope)), true)
  return scope.condition(expression.$condition)
}

/** `decisive` (false for And, true for Or) if any operand is it; else unknown if any is unknown. */
function combine(operands: readonly (boolean | undefined)[], decisive: boolean): boolean | undefined {
  if (operands.includes(decisive)) return decisive
  return operands.includes(undefined) ? undefined : !decisive
}

/** `Fn::Equals`: CloudFormation compares values as text, so `1` equals `'1'`. */
function equals(a: Evaluated | NoValue, b: Evaluated | NoValue): boolean | undefined {
  if (a === NO_VALUE || b === NO_VALUE) return a === b
  if (hasPlaceholder(a) || hasPlaceholder(b)) return undefined
  return canonical(a) === canonical(b)
}

function canonical(value: Evaluated): string {
  const json = materialize(value)
  return typeof json === 'object' && json !== null ? JSON.stringify(json) : String(json)
}
