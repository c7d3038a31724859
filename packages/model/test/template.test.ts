import fc from 'fast-check'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { hasVariables, substitute } from '../src/interpolation/template.js'
import type { Lookup, SubstituteResult } from '../src/interpolation/template.js'

// The mapping of compose-go's template tests: FOO=first, BAR set but empty, JSON, nothing else.
const variables: Record<string, string> = { FOO: 'first', BAR: '', JSON: '{"json":2}' }
const lookup: Lookup = (name) => (Object.hasOwn(variables, name) ? variables[name] : undefined)

const ok = (value: string): SubstituteResult => ({ ok: true, value })
const syntax = (message: string): SubstituteResult => ({ ok: false, error: { kind: 'syntax', message } })
const required = (variable: string, reason: string): SubstituteResult => ({
  ok: false,
  error: {
    kind: 'required',
    variable,
    message: `required variable ${variable} is missing a value${reason === '' ? '' : `: ${reason}`}`,
  },
})

/** One test per fact: `template` substitutes to `expected` with the shared mapping. */
function yields(template: string, expected: string): void {
  test(`${JSON.stringify(template)} -> ${JSON.stringify(expected)}`, () => {
    assert.equal(substitute(template, lookup), ok(expected))
  })
}

/** One test per fact: `template` fails with a syntax error. */
function isSyntaxError(template: string): void {
  test(`${JSON.stringify(template)} is a syntax error`, () => {
    const result = substitute(template, lookup)
    assert.is(result.ok ? 'ok' : result.error.kind, 'syntax')
  })
}

/** One test per fact: `template` fails because `variable` is missing, with `reason`. */
function isRequiredError(template: string, variable: string, reason: string): void {
  test(`${JSON.stringify(template)} requires ${variable}`, () => {
    assert.equal(substitute(template, lookup), required(variable, reason))
  })
}

// Escapes.
yields('$${foo}', '${foo}')
yields('$$', '$')
yields('$$FOO', '$FOO')
yields('$$$FOO', '$first')
yields('a $$ b $$', 'a $ b $')
yields('foo', 'foo')
yields('', '')

// A `$` that starts nothing is literal.
yields('a $ string', 'a $ string')
yields('^REGEX$', '^REGEX$')
yields('$}', '$}')
yields('$', '$')
yields('$1', '$1')
yields('100$ and $-x', '100$ and $-x')

// Malformed `${`.
isSyntaxError('${')
isSyntaxError('${}')
isSyntaxError('${ }')
isSyntaxError('${ foo}')
isSyntaxError('${foo }')
isSyntaxError('${foo!}')
isSyntaxError('${1}')
isSyntaxError('${FOO')
isSyntaxError('${FOO:x}')
isSyntaxError('${FOO:-no closing brace')
isSyntaxError('${UNSET:-line\nbreak}')
isSyntaxError('fine $FOO then ${')

test('a syntax error quotes the malformed expression', () => {
  assert.equal(substitute('${foo!}', lookup), syntax('invalid interpolation format: `${foo!}`'))
})
test('a syntax error quotes only the expression, not the text around it', () => {
  assert.equal(substitute('before ${foo } after', lookup), syntax('invalid interpolation format: `${foo }`'))
})
test('a syntax error shortens a long expression', () => {
  const result = substitute(`\${A:-${'x'.repeat(10_000)}`, lookup)
  assert.ok(!result.ok && result.error.message.length < 100)
})

// Unbraced names end at the first character outside [A-Za-z0-9_].
yields('$FOO-bar', 'first-bar')
yields('$FOO.bar', 'first.bar')
yields('$FOO_bar', '')
yields('${FOO}bar', 'firstbar')
yields('This $FOO var', 'This first var')
yields('This ${FOO} var', 'This first var')
yields('$_FOO', '')
yields('${JSON}', '{"json":2}')
yields('$JSON', '{"json":2}')

// Unset or empty without a default is empty.
yields('This ${missing} var', 'This  var')
yields('This ${BAR} var', 'This  var')
yields('This $missing var', 'This  var')

// Defaults.
yields('ok ${missing:-def}', 'ok def')
yields('ok ${missing-def}', 'ok def')
yields('ok ${BAR:-def}', 'ok def')
yields('ok ${BAR-def}', 'ok ')
yields('ok ${FOO:-def}', 'ok first')
yields('ok ${FOO-def}', 'ok first')
yields('ok ${missing:-}', 'ok ')

// Alternatives.
yields('ok ${UNSET_VAR:+presence_value}', 'ok ')
yields('ok ${UNSET_VAR+presence_value}', 'ok ')
yields('ok ${FOO:+presence_value}', 'ok presence_value')
yields('ok ${FOO+presence_value}', 'ok presence_value')
yields('ok ${BAR+presence_value}', 'ok presence_value')
yields('ok ${BAR:+presence_value}', 'ok ')

// Required variables.
isRequiredError('not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'UNSET_VAR', 'Mandatory Variable Unset')
isRequiredError('not ok ${BAR:?Mandatory Variable Empty}', 'BAR', 'Mandatory Variable Empty')
isRequiredError('not ok ${UNSET_VAR:?}', 'UNSET_VAR', '')
isRequiredError('not ok ${UNSET_VAR?Mandatory Variable Unset}', 'UNSET_VAR', 'Mandatory Variable Unset')
isRequiredError('not ok ${UNSET_VAR?}', 'UNSET_VAR', '')
isRequiredError('not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}', 'UNSET_VAR', 'Mandatory Variable first')
isRequiredError('not ok ${UNSET_VAR?Mandatory Variable ${FOO}}', 'UNSET_VAR', 'Mandatory Variable first')
isRequiredError('${UNSET:?outer ${OTHER:?inner}}', 'OTHER', 'inner')
isRequiredError('${A:?first} ${B:?second}', 'A', 'first')
isRequiredError('${UNSET:? spaced }', 'UNSET', ' spaced ')
yields('ok ${FOO:?err}', 'ok first')
yields('ok ${FOO?err}', 'ok first')
yields('ok ${BAR?err}', 'ok ')

test('a required error without a reason has no colon', () => {
  const result = substitute('${UNSET:?}', lookup)
  assert.is(result.ok ? '' : result.error.message, 'required variable UNSET is missing a value')
})

// The operator is the first of `:?` `?` `:-` `-` `:+` `+` after the name.
isRequiredError('${UNSET_VAR?bar-baz}', 'UNSET_VAR', 'bar-baz')
yields('${UNSET_VAR-myerror?msg}', 'myerror?msg')
yields('${FOO?bar-baz}', 'first')
yields('${BAR:-default_value_for_empty_var}', 'default_value_for_empty_var')
yields('${UNSET_VAR-default_value_for_unset_var}', 'default_value_for_unset_var')
yields('ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric')
isRequiredError('${UNSET:?val?ue}', 'UNSET', 'val?ue')
isRequiredError('${UNSET?val:?ue}', 'UNSET', 'val:?ue')
isRequiredError('${UNSET?va-lu+e:?e}', 'UNSET', 'va-lu+e:?e')
yields('${UNSET-va:-lu:?e}', 'va:-lu:?e')
yields('${UNSET-va+lu?e}', 'va+lu?e')
yields('${FOO:+va:?lu:-e}', 'va:?lu:-e')
yields('${FOO+va:+lue}', 'va:+lue')
yields('${FOO+va?lu-e}', 'va?lu-e')

// Text around an expression is left alone, operators in it included.
yields('-ok ${BAR:-defaultValue}', '-ok defaultValue')
yields('+ok ${UNSET:-${BAR-defaultValue}}', '+ok ')
yields('-ok ${FOO:-defaultValue}', '-ok first')
yields(':-ok ${UNSET-defaultValue}', ':-ok defaultValue')
yields(':-ok ${BAR-defaultValue}', ':-ok ')
yields(':?ok ${BAR-defaultValue}', ':?ok ')
yields(':?ok ${BAR:-defaultValue}', ':?ok defaultValue')
yields(':+ok ${BAR:-defaultValue}', ':+ok defaultValue')
yields('+ok ${BAR-defaultValue}', '+ok ')
yields('?ok ${BAR:-defaultValue}', '?ok defaultValue')

// Defaults and alternatives are substituted themselves.
yields('ok ${UNSET_VAR-$FOO}', 'ok first')
yields('ok ${UNSET_VAR-${FOO}}', 'ok first')
yields('ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first')
yields('ok ${BAR:-$FOO}', 'ok first')
yields('ok ${BAR:-${FOO}}', 'ok first')
yields('ok ${BAR:-${FOO} ${FOO}}', 'ok first first')
yields('ok ${BAR+$FOO}', 'ok first')
yields('ok ${BAR+$FOO ${FOO:+second}}', 'ok first second')
yields('${UNSET:-${BAR:-${ZOT:-qix}}}', 'qix')
yields('${FOO:-${BAR:-${ZOT:-qix}}}', 'first')
yields('${UNSET:-${BAR:-x}_test_${BAR:-y}}', 'x_test_y')
yields('${UNSET:-$$FOO}', '$FOO')
yields('${UNSET:-${FOO}}${FOO}', 'firstfirst')

// Unused branches are not evaluated.
yields('${A:+${A},}B', 'B')
yields('${FOO:-${X:?boom}}', 'first')
yields('${UNSET:+${X:?boom}}', '')
yields('${FOO?${X:?boom}}', 'first')
yields('${FOO:-${ }}', 'first')
isRequiredError('${UNSET:-${X:?boom}}', 'X', 'boom')
isSyntaxError('${UNSET:-${ }}')

test('unused branches are not even looked up', () => {
  const seen: string[] = []
  substitute('${FOO:-$SPY} ${UNSET:+${SPY}} ${FOO?${SPY}}', (name) => {
    seen.push(name)
    return lookup(name)
  })
  assert.equal(seen, ['FOO', 'UNSET', 'FOO'])
})

// Braces inside an argument are matched; braces outside any expression are text.
yields('ok ${missing:-{"json":1}}', 'ok {"json":1}')
yields('ok ${missing-{"json":1}}', 'ok {"json":1}')
yields('ok ${JSON:-{"json":1}}', 'ok {"json":2}')
yields('ok ${JSON-{"json":1}}', 'ok {"json":2}')
yields('{{{ ${UNSET:-foo_} }}}', '{{{ foo_ }}}')
yields('{{{ ${FOO:-foo_} }}}', '{{{ first }}}')
yields('${FOO:-a}b}', 'firstb}')
yields('${UNSET:-{a}b}c', '{a}bc')
yields('${UNSET:-{} x ${FOO}}', '{} x first')
// compose-go fails on this one (its brace counter skips the character after each `{`); braces are counted properly here.
yields('ok ${UNSET:-{}} ${FOO}', 'ok {} first')
// compose-go falls back to the last `}` of the line when braces never balance.
yields('${UNSET:-{"a":1}', '{"a":1')

// Values are not substituted again, and several lines are fine.
test('a value that looks like a template is used as is', () => {
  assert.equal(substitute('${V}', (name) => (name === 'V' ? '${FOO} $$' : undefined)), ok('${FOO} $$'))
})
yields('line one\n$FOO\n${UNSET:-three}', 'line one\nfirst\nthree')
yields('ünïcödé 😀 ${FOO:-😀}', 'ünïcödé 😀 first')

// Limits against hostile input.
const nested = (levels: number): string => `${'${UNSET:-'.repeat(levels)}x${'}'.repeat(levels)}`
yields(nested(64), 'x')
test('nesting deeper than 64 levels is a syntax error', () => {
  const result = substitute(nested(65), lookup)
  assert.ok(!result.ok && result.error.kind === 'syntax' && result.error.message.includes('too deeply nested'))
})
test('very deep nesting fails cleanly instead of overflowing the stack', () => {
  const result = substitute(nested(20_000), lookup)
  assert.is(result.ok ? 'ok' : result.error.kind, 'syntax')
})
test('nesting is only limited where it is evaluated', () => {
  assert.equal(substitute(`\${FOO:-${nested(100)}}`, lookup), ok('first'))
})
test('a result of exactly 1 MiB is fine', () => {
  const big = 'x'.repeat(512 * 1024)
  assert.equal(substitute('$B$B', (name) => (name === 'B' ? big : undefined)), ok(big + big))
})
test('a result over 1 MiB is a syntax error', () => {
  const big = 'x'.repeat(512 * 1024)
  const result = substitute('$B$B!', (name) => (name === 'B' ? big : undefined))
  assert.is(result.ok ? 'ok' : result.error.kind, 'syntax')
})
test('many unbalanced defaults on one line stay bounded', () => {
  const started = Date.now()
  const result = substitute('${UNSET-{}'.repeat(20_000), lookup)
  assert.ok(!result.ok && Date.now() - started < 2000)
})
test('a long template with many variables is fast', () => {
  const started = Date.now()
  const result = substitute('${FOO} $FOO ${UNSET:-d} $$ $ '.repeat(20_000), lookup)
  assert.ok(result.ok && Date.now() - started < 1000)
})

// hasVariables: false guarantees substitution would return the string unchanged.
const hasVariablesFacts: [string, boolean][] = [
  ['', false],
  ['plain text', false],
  ['$', false],
  ['a $ string', false],
  ['^REGEX$', false],
  ['$}', false],
  ['$1 and $-', false],
  ['$FOO', true],
  ['a$_b', true],
  ['${', true],
  ['${FOO:-x}', true],
  // `$$` is an escape that substitution rewrites, so callers must not skip it.
  ['price: $$5', true],
]
for (const [text, expected] of hasVariablesFacts) {
  test(`hasVariables(${JSON.stringify(text)}) is ${expected}`, () => {
    assert.is(hasVariables(text), expected)
  })
}

const templateChars = fc.string({
  unit: fc.constantFrom('$', '{', '}', ':', '-', '+', '?', 'A', 'B', 'FOO', 'BAR', '_', '1', ' ', '\n', 'é'),
  maxLength: 40,
})
test('property: a string without variables substitutes to itself', () => {
  fc.assert(
    fc.property(templateChars, (text) => {
      const result = substitute(text, lookup)
      return hasVariables(text) || (result.ok && result.value === text)
    }),
  )
})
test('property: substitute never throws and always returns a result', () => {
  fc.assert(
    fc.property(templateChars, (text) => {
      const result = substitute(text, lookup)
      return result.ok ? typeof result.value === 'string' : result.error.message.length > 0
    }),
  )
})
test('property: escaping every `$` as `$$` yields the original text', () => {
  fc.assert(
    fc.property(templateChars, (text) => {
      const result = substitute(text.replaceAll('$', () => '$$'), lookup)
      return result.ok && result.value === text
    }),
  )
})

test.run()
