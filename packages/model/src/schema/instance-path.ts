import { ownValue } from './json-value.js'

/** Decodes one JSON-pointer segment (RFC 6901): `~1` is `/` and `~0` is `~`. */
export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

/** The decoded segments of a JSON pointer such as ajv's `instancePath`; `''` (the root) has none. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer.slice(pointer.startsWith('/') ? 1 : 0).split('/').map(decodePointerSegment)
}

/** True when `pointer` is `ancestor` itself or points below it. */
export function isWithinPointer(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`)
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/

/**
 * Turns a JSON pointer into a document path: object keys stay strings, array indices become
 * numbers. The document decides which is which, since a key such as `"0"` may name a mapping
 * entry as well as a list item.
 */
export function pointerToPath(pointer: string, document: unknown): (string | number)[] {
  const path: (string | number)[] = []
  let node: unknown = document
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node) && ARRAY_INDEX.test(segment)) {
      const index = Number(segment)
      path.push(index)
      node = ownValue(node, index)
    } else {
      path.push(segment)
      node = ownValue(node, segment)
    }
  }
  return path
}
