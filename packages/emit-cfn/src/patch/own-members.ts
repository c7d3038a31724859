import { isJsonObject, type Json } from '../json.js'

/**
 * Whether every segment names a member of what the previous one reached: an own key of an
 * object, or an index inside a list. RFC 6901 evaluates members only; a plain JavaScript
 * walk would also reach inherited properties such as `isPrototypeOf`.
 */
export function resolvesToMembers(document: Json, segments: readonly string[]): boolean {
  let node: Json | undefined = document
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const index = /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1
      if (index < 0 || index >= node.length) return false
      node = node[index]
    } else if (isJsonObject(node) && Object.hasOwn(node, segment)) node = node[segment]
    else return false
  }
  return true
}
