import type { Json, JsonObject } from '@composeform/emit-cfn'
import { isJsonObject } from '@composeform/emit-cfn'

/** Template parameters by id, to describe a `Ref` to one with its default. */
export type ParameterTable = Readonly<Record<string, JsonObject>>

/**
 * A template value written readably for a review: literals as they are, `Ref` to a parameter
 * as `parameter Name (default X)`, `Ref` to a resource as its id, `Fn::GetAtt` as `Id.Attr`,
 * `Fn::Sub` as its text, `Fn::If` as `Cond ? a : b`, lists joined with `, `.
 */
export function describeValue(value: Json | undefined, parameters: ParameterTable = {}): string {
  if (value === undefined || value === null) return 'not set'
  if (typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return value.map((v) => describeValue(v, parameters)).join(', ')
  const object = value as JsonObject
  const [key] = Object.keys(object)
  const arg = key === undefined ? undefined : object[key]
  switch (key) {
    case 'Ref': {
      const name = String(arg)
      const parameter = Object.hasOwn(parameters, name) ? parameters[name] : undefined
      if (!parameter) return name
      const fallback = parameter['Default']
      return `parameter ${name}${fallback === undefined || fallback === '' ? '' : ` (default ${describeValue(fallback)})`}`
    }
    case 'Fn::GetAtt':
      return Array.isArray(arg) ? arg.map(String).join('.') : String(arg)
    case 'Fn::Sub':
      return Array.isArray(arg) ? String(arg[0]) : String(arg)
    case 'Fn::If':
      return Array.isArray(arg) ? `${arg[0]} ? ${describeValue(arg[1], parameters)} : ${describeValue(arg[2], parameters)}` : JSON.stringify(arg)
    case 'Fn::Join':
      return Array.isArray(arg) && Array.isArray(arg[1]) ? arg[1].map((v) => describeValue(v, parameters)).join(String(arg[0])) : JSON.stringify(arg)
    default:
      return JSON.stringify(object)
  }
}

/** The logical ids a value refers to (`Ref`, `Fn::GetAtt`, inside `Fn::If` and lists). */
export function referencedIds(value: Json | undefined): string[] {
  if (value === undefined || value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap(referencedIds)
  const object = value as JsonObject
  if (typeof object['Ref'] === 'string') return [object['Ref']]
  const getAtt = object['Fn::GetAtt']
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return [getAtt[0]]
  return Object.values(object).flatMap(referencedIds)
}

/** `value` as an object, or an empty one. */
export function objectOf(value: Json | undefined): JsonObject {
  return isJsonObject(value) ? value : {}
}

/** `value` as a list: a list stays one, anything else (but nothing) is a list of one. */
export function listOf(value: Json | undefined): readonly Json[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}
