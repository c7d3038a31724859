import type { ScalarTag, Tags } from 'yaml'

const STR = 'tag:yaml.org,2002:str'

// Plain scalars that strict YAML 1.1 readers (PyYAML, as in cfn-lint) do not read as strings,
// beyond what yaml's 1.1 and core schemas already quote: `=` (PyYAML's `value` type, which
// its safe loader rejects) and `<<` (the merge key).
const ALSO_QUOTE = /^(?:=|<<)$/

// YAML 1.1 breaks lines at NEL, LS and PS (1.2 does not), and folds the whitespace around a
// break even inside quotes; a BOM is only allowed at the start of a stream. Such text is
// written double-quoted with every one of them escaped.
const BREAKS = /[\u0085\u2028\u2029\uFEFF]/
// PyYAML rejects some tabs in plain scalars ("found character '\t' that cannot start any
// token"); a one-line string with a tab would be plain, so it is quoted. Block scalars are fine.
const PLAIN_TAB = /^[^\n]*\t[^\n]*$/
const ESCAPES: { readonly [ch: string]: string } = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P', '\uFEFF': '\\uFEFF' }

/**
 * A double-quoted YAML scalar for `text` that every reader reads back exactly: JSON's escapes
 * (valid in YAML 1.1 and 1.2), plus `\N`, `\L`, `\P`, `\uFEFF` and `\xNN` for DEL and C1.
 */
export function escapedDoubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (ch) => ESCAPES[ch] ?? `\\x${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * `yaml` stringify tags for text and numbers that strict YAML 1.1 readers misread, put before
 * the schema's own (a tag found first wins): strings as above (and one-line text with a
 * tab) double-quoted; and a number that JavaScript
 * writes with an exponent but no point (`1e+21`, `5e-324`) gets `.0` (`1.0e+21`), since YAML
 * 1.1's float needs the point. For writing only: the emitter never parses with them.
 */
export function strictYaml11Tags(tags: Tags): Tags {
  const str = tags.find((t): t is ScalarTag => typeof t !== 'string' && t.tag === STR)
  if (!str?.stringify) throw new Error('yaml schema has no string tag')
  const stringify = str.stringify
  const text: ScalarTag = {
    ...str,
    stringify(item, ctx, onComment, onChompKeep) {
      const value = String(item.value)
      if (BREAKS.test(value) || /[\u007F-\u009F]/.test(value) || PLAIN_TAB.test(value)) return escapedDoubleQuoted(value)
      if (ALSO_QUOTE.test(value)) return JSON.stringify(value)
      return stringify(item, ctx, onComment, onChompKeep)
    },
  }
  const exponent: ScalarTag = {
    tag: 'tag:yaml.org,2002:float',
    default: true,
    identify: (value) => typeof value === 'number' && /^[^.]*e/.test(String(value)),
    // Found first only among tags with a test (yaml's rule); it also marks such text as
    // needing quotes, which the float tags already do.
    test: /^[-+]?[0-9]+\.0e[-+][0-9]+$/,
    resolve: (source) => Number(source),
    stringify: ({ value }) => String(value).replace('e', '.0e'),
  }
  return [exponent, text, ...tags.filter((t) => typeof t === 'string' || t.tag !== STR)]
}
