import type { Value } from '@composeform/model'
import { NO_VALUE, type Evaluated, type NoValue } from './evaluated.js'
import { evaluateIntrinsic } from './intrinsics.js'
import type { Scope } from './scope.js'

/**
 * A graph value with every intrinsic evaluated (see `evaluateIntrinsic`). `AWS::NoValue`
 * removes the map entry or list item it is the value of; an object that does not have an
 * intrinsic's exact shape is an ordinary map (a Docker label may be called `$sub`).
 */
export function evaluateValue(value: Value, scope: Scope): Evaluated | NoValue {
  // -0 is written `0` in JSON anyway; keep the value what the file says.
  if (typeof value === 'number') return value === 0 ? 0 : value
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return evaluateList(value, scope)
  const record = value as { readonly [key: string]: Value }
  const intrinsic = evaluateIntrinsic(record, scope)
  if (intrinsic !== undefined) return intrinsic
  const entries: [string, Evaluated][] = []
  for (const [key, v] of Object.entries(record)) {
    const evaluated = evaluateValue(v, scope)
    if (evaluated !== NO_VALUE) entries.push([key, evaluated])
  }
  return Object.fromEntries(entries) as { readonly [key: string]: Evaluated }
}

function evaluateList(values: readonly Value[], scope: Scope): Evaluated[] {
  const out: Evaluated[] = []
  for (const v of values) {
    const evaluated = evaluateValue(v, scope)
    if (evaluated !== NO_VALUE) out.push(evaluated)
  }
  return out
}
