import { ownValue, type IssuePath } from './wording.js'

/**
 * Turns ajv's `instancePath` (a JSON pointer into `value`) into a path: keys stay strings, list
 * indices become numbers. The value decides which is which, since a mapping may have a key `0`.
 */
export function pointerToPath(pointer: string, value: unknown): IssuePath {
  if (pointer === '') return []
  const path: IssuePath = []
  let node = value
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    const part = Array.isArray(node) && /^(?:0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment
    path.push(part)
    node = ownValue(node, part)
  }
  return path
}

/** True when `pointer` is `ancestor` itself or lies below it. */
export function isWithinPointer(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`)
}
