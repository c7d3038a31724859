import { sortDiagnostics } from '@composeform/model'
import type { Diagnostic, Severity } from '@composeform/model'

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/**
 * Renders diagnostics as GitHub Actions workflow commands, one line each, e.g.
 * `::error file=compose.yaml,line=3,col=5,endLine=3,endColumn=9,title=INVALID_PORT::…`, which
 * the runner turns into annotations on the run and the pull request. The hint follows the
 * message on a new line. Diagnostics without a location omit `file`, `line` and `col`. Lines
 * follow `sortDiagnostics`; no diagnostics give the empty string.
 */
export function toGithubAnnotations(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => `::${commands[d.severity]} ${properties(d)}::${escapeData(d.hint ? `${d.message}\nHint: ${d.hint}` : d.message)}\n`)
    .join('')
}

function properties(d: Diagnostic): string {
  const props: [string, string | number][] = []
  const location = d.location
  if (location) {
    const { start, end } = location
    props.push(['file', location.file], ['line', start.line])
    // GitHub takes columns only when an annotation starts and ends on one line; a longer range keeps its lines.
    if (!end || end.line === start.line) props.push(['col', start.column])
    if (end) props.push(['endLine', end.line])
    if (end && end.line === start.line) props.push(['endColumn', end.column])
  }
  props.push(['title', d.code])
  return props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
}

/** Escapes a command's message the way `@actions/core` does. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value; `:` and `,` would otherwise end the value early. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
