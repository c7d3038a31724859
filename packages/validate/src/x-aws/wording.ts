import { formatPath } from '@composeform/model'

/** A path into the compose document: keys as strings, list indices as numbers. */
export type IssuePath = (string | number)[]

const MAX_SHOWN = 40

/** True when `value` is a plain object (a YAML mapping), not a list or null. */
export function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The own property `key` of `container`, so keys such as `__proto__` never reach the prototype. */
export function ownValue(container: unknown, key: string | number): unknown {
  if (typeof container !== 'object' || container === null) return undefined
  return Object.prototype.hasOwnProperty.call(container, key) ? (container as Record<string | number, unknown>)[key] : undefined
}

/** A path as the message's subject: `` `services.web.ports[0]` ``. */
export function subject(path: readonly (string | number)[]): string {
  return `\`${formatPath(path)}\``
}

/** A scalar as written, in backticks and shortened when long; lists and mappings are named instead. */
export function showValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (isRecord(value)) return 'a mapping'
  const text = typeof value === 'string' ? value : String(value)
  const short = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text
  return `\`${short.replace(/`/g, "'")}\``
}

/** How a message names what a value is, after "not": "a string", "a list", "null", … */
export function describeKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'boolean':
      return 'a boolean'
    case 'number':
      // `.inf` and `.nan` are numbers to JavaScript, but no schema takes them as one.
      return Number.isFinite(value) ? 'a number' : showValue(value)
    case 'string':
      return 'a string'
    case 'object':
      return 'a mapping'
    default:
      return 'nothing'
  }
}

/** Joins words as English: "a", "a or b", "a, b or c". */
export function joinWords(words: readonly string[], conjunction: 'or' | 'and'): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}

/** Names in backticks, joined as English: "`a`, `b` or `c`". */
export function codeList(names: readonly string[], conjunction: 'or' | 'and'): string {
  return joinWords(
    names.map((name) => `\`${name}\``),
    conjunction,
  )
}
