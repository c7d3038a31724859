import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { Document, type Scalar, type ScalarTag, type Tags } from 'yaml'
import type { StringifyContext } from 'yaml/util'
import { READ_AS_OTHER_TYPE, readAsOtherType } from '../src/plain-types.js'
import { INDENT_STEP, yamlNonText, yamlText } from '../src/yaml-text.js'
import { strictYaml11Tags } from './strict-yaml11-tags.js'

// The oracle: yaml's own stringifiers under the options the writer targets (YAML 1.1 with the
// core schema's tests too, never folding), with the strict string tag.
const customTags = (tags: Tags): Tags => strictYaml11Tags(tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:merge'))
const OPTIONS = { version: '1.1', compat: 'core', customTags, aliasDuplicateObjects: false } as const
const doc = new Document(null, OPTIONS)
const stringTag = doc.schema.tags.find((t): t is ScalarTag => t.tag === 'tag:yaml.org,2002:str' && 'stringify' in t)!
const STRINGIFY_OPTIONS = {
  blockQuote: true,
  defaultKeyType: null,
  defaultStringType: 'PLAIN',
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  lineWidth: 0,
  minContentWidth: 20,
  singleQuote: null,
  trueStr: 'true',
  falseStr: 'false',
  nullStr: 'null',
}

function yamlsText(value: string, indent: string, implicitKey: boolean): string {
  const ctx = { doc, indent, indentStep: INDENT_STEP, inFlow: null, implicitKey, options: STRINGIFY_OPTIONS }
  return stringTag.stringify!({ value } as Scalar, ctx as unknown as StringifyContext, undefined, undefined)
}

test('READ_AS_OTHER_TYPE is the alternation of the tests of yaml’s writing schema', () => {
  const tests: string[] = []
  for (const t of [...doc.schema.tags, ...(doc.schema.compat ?? [])]) {
    if (!t.default || t.tag === 'tag:yaml.org,2002:str' || !('test' in t) || !t.test) continue
    assert.is(t.test.flags, '')
    tests.push(`(?:${t.test.source})`)
  }
  assert.is(READ_AS_OTHER_TYPE.source, tests.join('|'))
})

test('readAsOtherType answers as READ_AS_OTHER_TYPE does, also for all that each of its tests matches', () => {
  const alternatives = READ_AS_OTHER_TYPE.source.split('|(?:^').map((alt, i) => new RegExp(i === 0 ? alt.slice(3, -1) : `^${alt.slice(0, -1)}`))
  assert.is(alternatives.length, 22)
  const matching = fc.oneof(...alternatives.map((re) => fc.stringMatching(re)))
  fc.assert(fc.property(matching, (text) => readAsOtherType(text) && READ_AS_OTHER_TYPE.test(text)), { numRuns: 5000 })
  fc.assert(fc.property(fc.string({ maxLength: 8 }), (text) => readAsOtherType(text) === READ_AS_OTHER_TYPE.test(text)), { numRuns: 5000 })
})

test('numbers, booleans and null are written as yaml writes them', () => {
  const oracle = (value: unknown): string => new Document(value, OPTIONS).toString({ lineWidth: 0 }).slice(0, -1)
  for (const value of [0, -0, 1, -1, 1.5, 1e21, -1e21, 5e-324, 1.5e-7, 2 ** 53, Number.MAX_VALUE, NaN, Infinity, -Infinity, true, false, null]) {
    assert.is(yamlNonText(value as number), oracle(value), String(value))
  }
  fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger()), (n) => yamlNonText(n) === oracle(n)), { numRuns: 2000 })
})

const tricky = fc.constantFrom(
  '',
  ' ',
  '-',
  '?',
  '- a',
  ': a',
  'a: b',
  'a #b',
  'a:',
  '#',
  '---',
  '--- a',
  '...',
  '%TAG',
  'a\n---\nb',
  "it's",
  'say "hi"',
  `'"`,
  'yes',
  'No',
  '0755',
  '0x1F',
  '1:30',
  '1.0e+5',
  '2024-01-01',
  '~',
  '=',
  '<<',
  'a\tb',
  'a\nb',
  'a\n',
  'a\n\n',
  '\na',
  ' a\nb',
  'a \nb',
  'a\n b',
  'a\n \n',
  '\u0085',
  '\u2028x',
  '\uFEFF',
  '\u0000\u0007\u000b\u001b',
  '\ud800',
  'é ü 漢字 😀',
  'x'.repeat(60) + '\n' + 'y'.repeat(10),
  ' lead\n\n\ntrail \n',
)
const pieces = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 12 }))
const texts = fc.array(pieces, { maxLength: 4 }).map((parts) => parts.join(''))

test('text is written as yaml’s strict string tag writes it, at any indentation, as key or value', () => {
  fc.assert(
    fc.property(texts, fc.constantFrom('', '  ', '    ', '      '), fc.boolean(), (value, indent, implicitKey) => {
      assert.is(yamlText(value, indent, implicitKey), yamlsText(value, indent, implicitKey), JSON.stringify({ value, indent, implicitKey }))
    }),
    { numRuns: 5000 },
  )
})

test.run()
