import { jsonObject, type Json } from './json.js'
import { Placeholder } from './placeholder.js'

/** `AWS::NoValue`: the property or list item it is the value of disappears. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue')

/** The type of `NO_VALUE`. */
export type NoValue = typeof NO_VALUE

/** A graph value after evaluation: JSON whose unknown parts are placeholders. */
export type Evaluated = string | number | boolean | null | Placeholder | readonly Evaluated[] | { readonly [key: string]: Evaluated }

/** True when a value holds a placeholder anywhere inside it. */
export function hasPlaceholder(value: Evaluated): boolean {
  if (value instanceof Placeholder) return true
  if (value === null || typeof value !== 'object') return false
  return (Array.isArray(value) ? value : Object.values(value)).some(hasPlaceholder)
}

/** The evaluated value as JSON: each placeholder becomes its text (a list placeholder `[text]`). */
export function materialize(value: Evaluated): Json {
  if (value instanceof Placeholder) return value.list ? [value.text] : value.text
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(materialize)
  return jsonObject(Object.entries(value).map(([k, v]) => [k, materialize(v)] as const))
}

/**
 * The text of a value inside a string (`Fn::Sub`, `Fn::Join`): strings as they are, numbers
 * and booleans as CloudFormation prints them, a placeholder as its text; `undefined` for a
 * list or map, which cannot be part of a string.
 */
export function textOf(value: Evaluated): string | undefined {
  if (value instanceof Placeholder) return value.text
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}
