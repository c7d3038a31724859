import { diagnosticCodes, type Diagnostic, type Point } from '@composeform/model'
import type { ConvertResult } from 'composeform'
import * as assert from 'uvu/assert'

const severities = new Set(['error', 'warning', 'info'])
/** Messages quote user text shortened; even names of 1,024 characters (YAML's key limit) fit. */
const MAX_MESSAGE = 4096

/**
 * Asserts what every diagnostic must be, whatever the input: a code from the catalog, a known
 * severity, a non-empty message and hint of bounded length, and, when it has a location, a file among `sources` and
 * points inside that file (line ≤ line count, column ≤ line length + 1; lines end at `\n`).
 */
export function assertWellFormedDiagnostics(diagnostics: readonly Diagnostic[], sources: Readonly<Record<string, string>>): void {
  const linesOf = new Map<string, string[]>()
  for (const d of diagnostics) {
    const at = `${d.code}: ${d.message.slice(0, 120)}`
    assert.ok(Object.hasOwn(diagnosticCodes, d.code), `unknown code ${d.code}`)
    assert.ok(severities.has(d.severity), `unknown severity ${d.severity} (${at})`)
    assert.type(d.message, 'string')
    assert.ok(d.message.trim().length > 0, `empty message (${d.code})`)
    assert.ok(d.message.length <= MAX_MESSAGE && (d.hint ?? '').length <= MAX_MESSAGE, `a ${d.message.length}-character message (${at})`)
    if (!d.location) continue
    assert.ok(Object.hasOwn(sources, d.location.file), `location in a file that was not given: ${d.location.file} (${at})`)
    const file = d.location.file
    const lines = linesOf.get(file) ?? (sources[file] ?? '').split('\n')
    linesOf.set(file, lines)
    assertInside(d.location.start, lines, at)
    if (d.location.end) assertInside(d.location.end, lines, at)
  }
}

function assertInside(point: Point, lines: readonly string[], at: string): void {
  assert.ok(Number.isInteger(point.line) && point.line >= 1 && point.line <= lines.length, `line ${point.line} of ${lines.length} (${at})`)
  const length = lines[point.line - 1]?.length ?? 0
  assert.ok(Number.isInteger(point.column) && point.column >= 1 && point.column <= length + 1, `column ${point.column} on a line of ${length} (${at})`)
}

/**
 * Asserts that no emitted template carries a number that is not one: JSON has no Infinity or
 * NaN (`JSON.stringify` writes `null` for them), so the JSON template must hold no `null` at
 * all and the YAML one no `.inf`, `.nan` or null scalar.
 */
export function assertNumbersInTemplates(result: ConvertResult): void {
  for (const file of result.files) {
    if (file.path.endsWith('.json')) {
      const walk = (value: unknown, path: string): void => {
        assert.ok(value !== null, `null at ${path} in ${file.path}`)
        if (typeof value === 'number') assert.ok(Number.isFinite(value), `${value} at ${path} in ${file.path}`)
        if (typeof value === 'object' && value !== null) for (const [key, v] of Object.entries(value)) walk(v, `${path}/${key}`)
      }
      walk(JSON.parse(file.contents), '')
    } else if (file.path.endsWith('.yaml')) {
      const bad = file.contents.split('\n').find((line) => /(?::|^\s*-)\s+(?:[-+]?\.inf|\.nan|null|~)\s*$/i.test(line))
      assert.is(bad, undefined, `a non-number in ${file.path}: ${bad}`)
    }
  }
}

/** Both checks for one run on `sources`. */
export function assertWellFormed(result: ConvertResult, sources: Readonly<Record<string, string>>): void {
  assertWellFormedDiagnostics(result.diagnostics, sources)
  assertNumbersInTemplates(result)
}
