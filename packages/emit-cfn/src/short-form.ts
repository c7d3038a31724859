import type { Json, JsonObject } from './json.js'
import { SHORT_TAGS } from './short-tags.js'

/**
 * The short-form tag of one long-form value, or undefined: a one-key map
 * `{ 'Fn::X': argument }` becomes the argument tagged `!X` (see `shortFormArgument`), unless the
 * argument is itself written in short form (a node has one tag: `Fn::Base64: !Sub …`), or a
 * scalar argument is not a string (a tag's scalar is read back as text), or it is
 * `{Condition: name}` outside a list (there it may be a resource's `Condition` attribute).
 * Values inside the argument are shortened when they are written, so the decision here only
 * looks down one-key chains.
 */
function shortFormTag(value: Json, inList: boolean): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const key = onlyKey(value as JsonObject)
  return key === undefined ? undefined : oneKeyTag(key, (value as JsonObject)[key]!, inList)
}

/** `shortFormTag` of the one-key map `{ [key]: argument }`, for a caller that has its key already. */
export function oneKeyTag(key: string, argument: Json, inList: boolean): string | undefined {
  if (!Object.hasOwn(SHORT_TAGS, key)) return undefined
  if (key === 'Condition' && !inList) return undefined
  if (typeof argument !== 'object' || argument === null) return typeof argument === 'string' && key !== 'Fn::GetAtt' ? SHORT_TAGS[key] : undefined
  return shortFormTag(argument, false) === undefined ? SHORT_TAGS[key] : undefined
}

/**
 * What the one-key map `{ [key]: argument }` whose `oneKeyTag` is defined is written as, after
 * its tag: the argument, except that `Fn::GetAtt` of `[Id, Attr]` with a dot-free id is the
 * text `Id.Attr`.
 */
export function shortFormArgument(key: string, argument: Json): Json {
  if (key === 'Fn::GetAtt' && Array.isArray(argument) && argument.length === 2) {
    const [id, attribute] = argument as readonly Json[]
    if (typeof id === 'string' && typeof attribute === 'string' && !id.includes('.')) return `${id}.${attribute}`
  }
  return argument
}

/** The key of a one-key map, or undefined. */
function onlyKey(map: JsonObject): string | undefined {
  let key: string | undefined
  for (const k in map) {
    if (!Object.hasOwn(map, k)) continue
    if (key !== undefined) return undefined
    key = k
  }
  return key
}
