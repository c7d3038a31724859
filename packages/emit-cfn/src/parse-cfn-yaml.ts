import { parseDocument, type Tags } from 'yaml'
import { longFormTags } from './yaml-tags.js'

// Types that are not JSON (a Date, a Set, bytes, ordered pairs): CloudFormation reads an
// unquoted `2010-09-09` as the text it is, so these stay strings.
const NOT_JSON = new Set(['timestamp', 'binary', 'set', 'omap', 'pairs'].map((name) => `tag:yaml.org,2002:${name}`))

const customTags = (tags: Tags): Tags => [...tags.filter((t) => typeof t === 'string' || !NOT_JSON.has(t.tag)), ...longFormTags()]

/**
 * Reads a CloudFormation YAML template, short-form intrinsics included, into its long-form
 * JSON value (`!Ref X` → `{ Ref: 'X' }`, `!GetAtt A.B` → `{ 'Fn::GetAtt': ['A', 'B'] }`).
 * Plain scalars are read as YAML 1.1 reads them (`yes` is `true`, `0755` is 493), except that
 * dates stay strings.
 *
 * @throws YAMLParseError for text that is not one well-formed YAML document.
 */
export function parseCfnYaml(text: string): unknown {
  const doc = parseDocument(text, { version: '1.1', customTags, resolveKnownTags: false })
  const error = doc.errors[0]
  if (error) throw error
  return doc.toJS()
}
