/**
 * Segments an object walk must never follow: writing through them changes the prototype of
 * every object (prototype pollution), and a CloudFormation template never needs them.
 */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype'])

/** The unescaped segments of a JSON Pointer (RFC 6901), or undefined when it is not one. */
export function pointerSegments(pointer: string): string[] | undefined {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) return undefined
  const segments = pointer.slice(1).split('/')
  if (segments.some((s) => /~(?![01])/.test(s))) return undefined
  return segments.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** The first segment of a pointer that patching must refuse, if any. */
export function forbiddenSegment(segments: readonly string[]): string | undefined {
  return segments.find((s) => FORBIDDEN_SEGMENTS.has(s))
}
