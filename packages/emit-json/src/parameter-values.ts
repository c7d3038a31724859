import type { Parameter } from '@composeform/model'
import type { ResolveOptions } from './resolve-options.js'

/** True for a parameter whose value is a list (`List<…>`, `CommaDelimitedList`). */
export function isListParameter(parameter: Parameter): boolean {
  return parameter.type.startsWith('List<') || parameter.type === 'CommaDelimitedList'
}

/**
 * The value of a template parameter: the given one, else its default, else `undefined`. A
 * list parameter's comma-separated text becomes a list of trimmed items (`''` is no items).
 */
export function parameterValue(parameter: Parameter, options: Partial<ResolveOptions>): string | string[] | undefined {
  const given = options.parameters
  const text = given !== undefined && Object.hasOwn(given, parameter.id) ? given[parameter.id] : parameter.default
  if (text === undefined || !isListParameter(parameter)) return text
  return text.trim() === '' ? [] : text.split(',').map((item) => item.trim())
}
