import type { ScalarTag, Tags } from 'yaml'
import { escapedDoubleQuoted } from '../src/yaml-text.js'

const STR = 'tag:yaml.org,2002:str'
// The writer's own strictness rules (src/yaml-text.ts), restated for yaml's Document.
const ALSO_QUOTE = /^(?:=|<<)$/
const BREAKS = /[\u0085\u2028\u2029\uFEFF]/
const PLAIN_TAB = /^[^\n]*\t[^\n]*$/

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
