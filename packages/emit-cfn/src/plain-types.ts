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
