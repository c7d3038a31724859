import type { ConditionExpression } from '@composeform/model'
import type { Json } from './json.js'
import { renderValue } from './render-value.js'

/**
 * A condition expression as CloudFormation JSON: `$equals` → `Fn::Equals`, `$not` →
 * `Fn::Not` (whose argument is a one-item list), `$and` / `$or` → `Fn::And` / `Fn::Or`,
 * `$condition` → `{ Condition: name }`.
 */
export function renderCondition(expression: ConditionExpression): Json {
  if ('$equals' in expression) return { 'Fn::Equals': [renderValue(expression.$equals[0]), renderValue(expression.$equals[1])] }
  if ('$not' in expression) return { 'Fn::Not': [renderCondition(expression.$not)] }
  if ('$and' in expression) return { 'Fn::And': expression.$and.map(renderCondition) }
  if ('$or' in expression) return { 'Fn::Or': expression.$or.map(renderCondition) }
  return { Condition: expression.$condition }
}
