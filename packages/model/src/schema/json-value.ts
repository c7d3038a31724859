/** The JSON-schema type of a value; `integer` for whole numbers (which are also numbers). */
export type JsonKind = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object'

/** The JSON-schema type of `value`, or `undefined` when it is not a JSON value (e.g. `undefined`). */
export function jsonKind(value: unknown): JsonKind | undefined {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  switch (typeof value) {
    case 'boolean':
      return 'boolean'
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number'
    case 'string':
      return 'string'
    case 'object':
      return 'object'
    default:
      return undefined
  }
}

/** True when `value` satisfies the JSON-schema type name `type` (so `number` accepts integers). */
export function typeAdmits(type: string, value: unknown): boolean {
  const kind = jsonKind(value)
  if (kind === undefined) return false
  if (type === 'number') return kind === 'number' || kind === 'integer'
  return type === kind
}

/** True when `value` is a plain object (a YAML mapping), not an array or null. */
export function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The value of `key` when it is an own property of `container`, else `undefined`. Own-property
 * lookups keep keys such as `__proto__` and `constructor` from reaching `Object.prototype`.
 */
export function ownValue(container: unknown, key: string | number): unknown {
  if (typeof container !== 'object' || container === null) return undefined
  if (!Object.prototype.hasOwnProperty.call(container, key)) return undefined
  return Object.getOwnPropertyDescriptor(container, key)?.value
}

const MAX_SHOWN = 40

/**
 * A scalar as it would appear in a compose file, in backticks and shortened when long, e.g.
 * `` `8080:80` ``, `` `1.5` ``, `` `null` ``. Lists and mappings are described, not shown.
 */
export function showValue(value: unknown): string {
  switch (jsonKind(value)) {
    case 'array':
      return 'a list'
    case 'object':
      return 'a mapping'
    case undefined:
      return 'nothing'
    default: {
      const text = typeof value === 'string' ? value : String(value)
      const short = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text
      return `\`${short.replace(/`/g, "'")}\``
    }
  }
}

/**
 * How a message names the kind of a value after "not", e.g. "a string", "a list", "null".
 * A fraction is shown as itself when the schema wants an integer, and so are infinity and NaN,
 * since "not a number" would be wrong there.
 */
export function describeValueKind(value: unknown, integerExpected = false): string {
  switch (jsonKind(value)) {
    case 'null':
      return 'null'
    case 'boolean':
      return 'a boolean'
    case 'integer':
      return 'a number'
    case 'number':
      // YAML's `.inf`, `.nan` and `1e309` are numbers the schema refuses: "not a number" would puzzle.
      return integerExpected || !Number.isFinite(value) ? showValue(value) : 'a number'
    case 'string':
      return 'a string'
    case 'array':
      return 'a list'
    case 'object':
      return 'a mapping'
    default:
      return 'nothing'
  }
}
