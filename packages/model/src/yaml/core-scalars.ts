/** What a plain scalar holds under the YAML 1.2 core schema. */
export type PlainValue = string | number | boolean | null

// The core schema's tests, in the order the reader tries them (the first that matches wins).
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const OCTAL = /^0o[0-7]+$/
const DECIMAL = /^[-+]?[0-9]+$/
const HEX = /^0x[0-9a-fA-F]+$/
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

// Every non-empty text the tests above match starts with one of `~ N n T t F f 0-9 + - .`;
// checking that first spares most strings (image names, commands) eight regular expressions.
function mayBeOtherType(first: number): boolean {
  return (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e || first === 0x7e || (first | 0x20) === 0x6e || (first | 0x20) === 0x74 || (first | 0x20) === 0x66
}

/**
 * A plain scalar's value as the YAML 1.2 core schema reads it (as `yaml`'s `core` schema
 * does, which the loader's full reader uses; a test holds the two together): null, booleans,
 * integers in decimal, `0o` octal and `0x` hex, floats, `.inf` and `.nan`; anything else is
 * the text itself.
 */
export function resolveCorePlain(source: string): PlainValue {
  if (source.length > 0 && !mayBeOtherType(source.charCodeAt(0))) return source
  if (NULL.test(source)) return null
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T'
  if (OCTAL.test(source)) return parseInt(source.slice(2), 8)
  if (DECIMAL.test(source)) return parseInt(source, 10)
  if (HEX.test(source)) return parseInt(source.slice(2), 16)
  if (INFINITY_OR_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity
  if (EXPONENT.test(source) || FLOAT.test(source)) return parseFloat(source)
  return source
}
