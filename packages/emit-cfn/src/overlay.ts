import { isJsonObject, jsonObject, type Json, type JsonObject } from './json.js'

/**
 * `base` with `overlay` deep-merged over it, as Docker's `x-aws-cloudformation` does (kyaml
 * `merge2`): maps merge key by key, lists and scalars replace what they meet wholesale, and
 * a `null` map value deletes its key (in a new subtree too; inside a list it is a value).
 * Kept keys keep their place; new keys come after them. Neither input is changed.
 *
 * The overlay is raw CloudFormation: it is read as JSON (`undefined` members are dropped, as
 * `JSON.stringify` drops them) and never holds graph intrinsics.
 */
export function mergeOverlay(base: JsonObject, overlay: { readonly [key: string]: unknown }): JsonObject {
  return mergeMaps(base, toJson(overlay))
}

function mergeMaps(base: JsonObject, overlay: JsonObject): JsonObject {
  const entries = new Map<string, Json>(Object.entries(base))
  for (const [key, value] of Object.entries(overlay)) {
    if (value === null) entries.delete(key)
    else entries.set(key, isJsonObject(value) ? mergeMaps(asMap(entries.get(key)), value) : value)
  }
  return jsonObject(entries)
}

const asMap = (value: Json | undefined): JsonObject => (isJsonObject(value) ? value : {})

// The loader builds the overlay from YAML, so it is JSON-shaped already; the round trip gives
// it JSON's exact meaning (what `template.json` will say) and a private copy.
function toJson(overlay: { readonly [key: string]: unknown }): JsonObject {
  return JSON.parse(JSON.stringify(overlay)) as JsonObject
}
