import { formatPath, type Diagnostic } from '@composeform/model'

/** How to render diagnostics for a person. */
export interface TextFormatOptions {
  /** ANSI colours (see `useColor`). */
  color: boolean
  /** The text of a source file, for code frames. */
  text(file: string): string | undefined
  /** How many info diagnostics were left out (shown with --verbose). */
  hiddenNotes?: number
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s)

/**
 * Renders diagnostics the way a person wants to read them: `file:line:col`, severity, code,
 * message, a code frame with a caret under the offending text, and the hint.
 */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], options: TextFormatOptions): string {
  const red = paint(options.color, '31')
  const yellow = paint(options.color, '33')
  const blue = paint(options.color, '36')
  const dim = paint(options.color, '2')
  const bold = paint(options.color, '1')
  const out: string[] = []
  // Split once per file: a file with thousands of diagnostics was split once for each.
  const lines = new Map<string, string[] | undefined>()
  const linesOf = (file: string) => {
    if (!lines.has(file)) lines.set(file, options.text(file)?.split('\n'))
    return lines.get(file)
  }
  for (const { first: d, messages, paths } of sharedPlaces(diagnostics)) {
    const where = d.location ? `${d.location.file}:${d.location.start.line}:${d.location.start.column}: ` : ''
    const severity = d.severity === 'error' ? red('error') : d.severity === 'warning' ? yellow('warning') : blue('info')
    for (const message of messages) out.push(`${bold(where)}${severity} ${dim(d.code)}: ${message}`)
    const frame = d.location ? codeFrame(linesOf(d.location.file), d.location, dim) : undefined
    if (frame) out.push(frame)
    if (messages.length === 1 && paths.length > 1) out.push(`  ${dim(`for each of ${paths.map((path) => formatPath(path)).join(', ')}`)}`)
    if (d.hint) out.push(`  ${blue('hint')}: ${d.hint}`)
    out.push('')
  }
  const hidden = options.hiddenNotes ?? 0
  out.push(summary(diagnostics) + (hidden > 0 ? ` (${hidden} note${hidden === 1 ? '' : 's'} hidden; --verbose shows them)` : ''))
  return out.join('\n') + '\n'
}

/** Diagnostics of one code and hint at one place, in order: their distinct messages and every path. */
interface SharedPlace {
  first: Diagnostic
  messages: string[]
  paths: Diagnostic['path'][]
}

/**
 * The diagnostics grouped by place: those of one code and hint at one position share a code
 * frame and a hint, each distinct message printed above them. A finding in a YAML anchor that
 * several services merge is one finding per service, all at the anchor: printed once with the
 * services' paths when they read alike, with one line each when they name their service.
 */
function sharedPlaces(diagnostics: readonly Diagnostic[]): SharedPlace[] {
  const groups = new Map<string, SharedPlace>()
  diagnostics.forEach((d, i) => {
    const key = d.location ? [d.code, d.severity, d.location.file, d.location.start.line, d.location.start.column, d.hint].join('\u0000') : String(i)
    const group = groups.get(key)
    if (!group) groups.set(key, { first: d, messages: [d.message], paths: [d.path] })
    else {
      if (!group.messages.includes(d.message)) group.messages.push(d.message)
      group.paths.push(d.path)
    }
  })
  return [...groups.values()]
}

/** "2 errors, 1 warning" (or "no problems"). */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length
  const parts: string[] = []
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  if (count('error')) parts.push(plural(count('error'), 'error'))
  if (count('warning')) parts.push(plural(count('warning'), 'warning'))
  if (count('info')) parts.push(plural(count('info'), 'note'))
  return parts.length ? parts.join(', ') : 'no problems'
}

/** The most characters of a source line a code frame shows; longer lines are cut around the column. */
export const MAX_FRAME_WIDTH = 120

function codeFrame(lines: readonly string[] | undefined, location: NonNullable<Diagnostic['location']>, dim: (s: string) => string): string | undefined {
  if (lines === undefined) return undefined
  const { line, column } = location.start
  const first = Math.max(1, line - 1)
  const last = Math.min(lines.length, line + 1)
  const width = String(last).length
  const endColumn = location.end && location.end.line === line ? location.end.column : column + 1
  // One window for all the frame's lines, so that they stay aligned: the column, with some of
  // what leads up to it, and `…` where a line is cut.
  const longest = Math.max(...lines.slice(first - 1, last).map((l) => l.length))
  const start = longest <= MAX_FRAME_WIDTH ? 0 : Math.max(0, Math.min(column - 1 - MAX_FRAME_WIDTH / 4, longest - MAX_FRAME_WIDTH))
  const shift = start > 0 ? start - 1 : 0
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const full = (lines[n - 1] ?? '').replace(/\r$/, '')
    const cut = full.slice(start, start + MAX_FRAME_WIDTH)
    const content = (start > 0 ? '…' : '') + cut + (start + MAX_FRAME_WIDTH < full.length ? '…' : '')
    out.push(`${n === line ? '>' : ' '} ${dim(String(n).padStart(width) + ' |')} ${content}`)
    if (n === line) {
      const from = column - shift
      const carets = '^'.repeat(Math.max(1, Math.min(endColumn - shift, content.length + 1) - from))
      out.push(`  ${dim(' '.repeat(width) + ' |')} ${' '.repeat(Math.max(0, from - 1))}${carets}`)
    }
  }
  return out.join('\n')
}
