import { readAsOtherType } from './plain-types.js'

// How the template's scalars are written. The rules are those `yaml` applies when it writes a
// YAML 1.1 document that never folds lines (`lineWidth: 0`) and prefers plain text, double
// quotes and literal blocks, tightened for strict YAML 1.1 readers. They live here, not in
// `yaml`, so that the browser bundle carries no YAML library; the writer's tests keep
// `yaml`'s Document as the oracle, byte for byte.

/** One indentation step. */
export const INDENT_STEP = '  '

// yaml guards text with a line that starts like a directive or a document marker.
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m
// Plain text may not start with an indicator, be a lone `-`/`?`, hold `: `, ` #`, or end
// with a space or `:`.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/
// Control characters and lone surrogates can only be written escaped.
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u
// Plain scalars that strict YAML 1.1 readers (PyYAML, as in cfn-lint) do not read as strings:
// `=` (PyYAML's `value` type, which its safe loader rejects) and `<<` (the merge key).
const ALSO_QUOTE = /^(?:=|<<)$/
// YAML 1.1 breaks lines at NEL, LS and PS (1.2 does not), and folds the whitespace around a
// break even inside quotes; a BOM is only allowed at the start of a stream. Such text, and DEL
// and C1 controls, are written double-quoted with every one of them escaped.
const YAML11_BREAKS = /[\u007F-\u009F\u2028\u2029\uFEFF]/
// PyYAML rejects some tabs in plain scalars ("found character '\t' that cannot start any
// token"); a one-line string with a tab would be plain, so it is quoted. Block scalars are fine.
const PLAIN_TAB = /^[^\n]*\t[^\n]*$/
const YAML11_ESCAPES: { readonly [ch: string]: string } = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P', '\uFEFF': '\\uFEFF' }
// YAML's short escapes for what JSON writes as `\u00XX`.
const SHORT_ESCAPES: { readonly [code: string]: string } = { '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e' }
// Double-quoted text shorter than this keeps `\n` escapes on one line.
const MIN_MULTILINE_LENGTH = 40
// Line breaks at the end of a block's text that are followed by more text (kept, indented).
const INNER_END_BREAKS = /(^|(?<!\n))\n+(?!\n|$)/g

/**
 * A double-quoted YAML scalar for `text` that every reader reads back exactly: JSON's escapes
 * (valid in YAML 1.1 and 1.2), plus `\N`, `\L`, `\P`, `\uFEFF` and `\xNN` for DEL and C1.
 */
export function escapedDoubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (ch) => YAML11_ESCAPES[ch] ?? `\\x${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * A number, boolean or null as YAML text. A number that JavaScript writes with an exponent
 * but no point (`1e+21`) gets `.0` (`1.0e+21`), since YAML 1.1's float needs the point.
 */
export function yamlNonText(value: number | boolean | null): string {
  if (typeof value !== 'number') return String(value)
  if (Number.isNaN(value)) return '.nan'
  if (!Number.isFinite(value)) return value < 0 ? '-.inf' : '.inf'
  if (Object.is(value, -0)) return '-0'
  const text = String(value)
  return /^[^.]*e/.test(text) ? text.replace('e', '.0e') : text
}

/**
 * Text as a YAML scalar whose following lines (if any) are indented by `indent`: plain when
 * every reader reads it back as this text, else quoted (double quotes, or single quotes for
 * text with `"` and no `'`), or a literal block for multi-line values. `implicitKey` is for a
 * mapping key, which must stay on one line.
 */
export function yamlText(value: string, indent: string, implicitKey: boolean): string {
  if (YAML11_BREAKS.test(value) || PLAIN_TAB.test(value)) return escapedDoubleQuoted(value)
  if (ALSO_QUOTE.test(value)) return JSON.stringify(value)
  if (NEEDS_ESCAPES.test(value)) return doubleQuoted(value, indent, implicitKey)
  return plainOrOther(value, indent, implicitKey)
}

function plainOrOther(value: string, indent: string, implicitKey: boolean): string {
  const multiLine = value.includes('\n')
  if (implicitKey && multiLine) return quoted(value, indent, implicitKey)
  if (NOT_PLAIN.test(value)) return implicitKey || !multiLine ? quoted(value, indent, implicitKey) : literalBlock(value, indent, false)
  if (multiLine) return literalBlock(value, indent, false)
  if (DOCUMENT_MARKER.test(value)) {
    if (indent === '') return literalBlock(value, indent, true)
    if (implicitKey && indent === INDENT_STEP) return quoted(value, indent, implicitKey)
  }
  return readAsOtherType(value) ? quoted(value, indent, implicitKey) : value
}

function quoted(value: string, indent: string, implicitKey: boolean): string {
  return value.includes('"') && !value.includes("'") ? singleQuoted(value, indent, implicitKey) : doubleQuoted(value, indent, implicitKey)
}

// Text whose first line sits at the document's left edge is indented one step all the same.
const lineIndent = (value: string, indent: string, force = false): string => indent || (force || DOCUMENT_MARKER.test(value) ? INDENT_STEP : '')

function singleQuoted(value: string, indent: string, implicitKey: boolean): string {
  // Single quotes cannot keep whitespace around a line break.
  if ((implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuoted(value, indent, implicitKey)
  return `'${value.replace(/'/g, "''").replace(/\n+/g, `$&\n${lineIndent(value, indent)}`)}'`
}

/**
 * JSON's double-quoted text with YAML's short escapes; a long value's line breaks become real
 * line breaks (a folded `\n` is written as an empty line), with spaces next to them escaped
 * so that reading does not fold them away.
 */
function doubleQuoted(value: string, indent: string, implicitKey: boolean): string {
  const json = JSON.stringify(value)
  const breakIndent = lineIndent(value, indent)
  let out = ''
  let copied = 0
  for (let i = 0; i < json.length; i++) {
    let ch = json[i]
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      out += json.slice(copied, i) + '\\ '
      i += 1
      copied = i
      ch = '\\'
    }
    if (ch !== '\\') continue
    const escape = json[i + 1]
    if (escape === 'u') {
      const code = json.substr(i + 2, 4)
      out += json.slice(copied, i) + (SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : json.substr(i, 6)))
      i += 5
      copied = i + 1
    } else if (escape === 'n' && !implicitKey && json[i + 2] !== '"' && json.length >= MIN_MULTILINE_LENGTH) {
      out += json.slice(copied, i) + '\n\n'
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n'
        i += 2
      }
      out += breakIndent
      if (json[i + 2] === ' ') out += '\\'
      i += 1
      copied = i + 1
    } else i += 1
  }
  return copied ? out + json.slice(copied) : json
}

/**
 * A literal block (`|`), its chomping indicator kept from the text's trailing line breaks and
 * an indentation indicator when the text starts with a space.
 */
function literalBlock(value: string, indent: string, forceIndent: boolean): string {
  // A block cannot end in whitespace after its last line break.
  if (/\n[\t ]+$/.test(value)) return quoted(value, indent, false)
  const blockIndent = lineIndent(value, indent, forceIndent)
  if (!value) return '|\n'
  let endStart = value.length
  while (endStart > 0 && (value[endStart - 1] === '\n' || value[endStart - 1] === '\t' || value[endStart - 1] === ' ')) endStart--
  let end = value.substring(endStart)
  const endBreak = end.indexOf('\n')
  const chomp = endBreak === -1 ? '-' : value === end || endBreak !== end.length - 1 ? '+' : ''
  let body = value
  if (end) {
    body = body.slice(0, -end.length)
    if (end.endsWith('\n')) end = end.slice(0, -1)
    end = end.replace(INNER_END_BREAKS, `$&${blockIndent}`)
  }
  let startsWithSpace = false
  let startEnd = 0
  let lastLeadingBreak = -1
  for (; startEnd < body.length; startEnd++) {
    const ch = body[startEnd]
    if (ch === ' ') startsWithSpace = true
    else if (ch === '\n') lastLeadingBreak = startEnd
    else break
  }
  let start = body.substring(0, lastLeadingBreak < startEnd ? lastLeadingBreak + 1 : startEnd)
  if (start) {
    body = body.substring(start.length)
    start = start.replace(/\n+/g, `$&${blockIndent}`)
  }
  const header = (startsWithSpace ? (blockIndent ? '2' : '1') : '') + chomp
  return `|${header}\n${blockIndent}${start}${body.replace(/\n+/g, `$&${blockIndent}`)}${end}`
}
