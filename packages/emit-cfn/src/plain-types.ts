/**
 * Plain text that some YAML reader takes for something other than a string: each test of the
 * schema the writer targets (YAML 1.1's null, booleans, integers in every base, sexagesimal
 * numbers, floats and timestamps, plus YAML 1.2 core's null, booleans, integers and floats,
 * and `1.0e+5`-style floats) as one alternation. Such text is quoted.
 *
 * The writer's test derives the same alternation from `yaml`'s own schema and checks that
 * this one is identical, so it cannot drift from the reader it protects.
 */
export const READ_AS_OTHER_TYPE = new RegExp(
  [
    // YAML 1.1 (as strict readers such as PyYAML and cfn-lint read it)
    '^[-+]?[0-9]+\\.0e[-+][0-9]+$',
    '^(?:~|[Nn]ull|NULL)?$',
    '^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$',
    '^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$',
    '^[-+]?0b[0-1_]+$',
    '^[-+]?0[0-7_]+$',
    '^[-+]?[0-9][0-9_]*$',
    '^[-+]?0x[0-9a-fA-F_]+$',
    '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
    '^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$',
    '^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$',
    '^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$',
    '^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$',
    '^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$',
    // YAML 1.2 core (as most other readers read it)
    '^(?:~|[Nn]ull|NULL)?$',
    '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
    '^0o[0-7]+$',
    '^[-+]?[0-9]+$',
    '^0x[0-9a-fA-F]+$',
    '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
  ]
    .map((test) => `(?:${test})`)
    .join('|'),
)

/**
 * `READ_AS_OTHER_TYPE.test(text)`, answered from the first character for most text: every
 * non-empty text the alternation matches starts with a digit, one of `+ - . ~`, or one of
 * `N n Y y T t O o F f E e` (`e5` is a YAML 1.1 float), so anything else (most names,
 * images, ARNs) skips its 22 tests.
 */
export function readAsOtherType(text: string): boolean {
  if (text.length > 0) {
    const first = text.charCodeAt(0)
    const letter = first | 0x20
    const mayMatch = (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e || first === 0x7e || letter === 0x6e || letter === 0x79 || letter === 0x74 || letter === 0x6f || letter === 0x66 || letter === 0x65
    if (!mayMatch) return false
  }
  return READ_AS_OTHER_TYPE.test(text)
}
