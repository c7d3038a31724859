import type { DiagnosticCode } from './codes.js'

/** A place in a source file. `line` and `column` are 1-based; `offset` is 0-based, in UTF-16 code units. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A range in a source file. `file` is the path as the caller named it (never made absolute). */
export interface Location {
  file: string
  start: Point
  end?: Point
}

/** How bad a diagnostic is: `error` stops the pipeline's output, the others do not. */
export type Severity = 'error' | 'warning' | 'info'

/** A key path into the compose document, e.g. `['services', 'web', 'ports', 0]`. */
export type Path = readonly (string | number)[]

/** Which pipeline stage reported a diagnostic. */
export type Stage = 'load' | 'validate' | 'convert' | 'emit'

/**
 * One problem (or note) about the user's input. Diagnostics are data: stages return them,
 * they never throw them, and rendering them is the caller's job.
 */
export interface Diagnostic {
  /** Stable SCREAMING_SNAKE code, documented in docs/diagnostics.md. */
  code: DiagnosticCode
  severity: Severity
  /** One sentence; never contains position text. */
  message: string
  /** Where in the (merged) compose document the problem is. */
  path: Path
  /** Where in the source text it is, when known. */
  location?: Location
  /** How to fix it. */
  hint?: string
  stage: Stage
}

/** The shape every stage returns: a value plus what was noticed on the way. */
export interface Staged<T> {
  value: T
  diagnostics: Diagnostic[]
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Renders a path as a dotted compose path, e.g. `services.web.ports[0]`. */
export function formatPath(path: Path): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

/**
 * Sorts diagnostics into a stable order: by file, line, column, then code and message.
 * Diagnostics without a location come first, ordered by path.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [string, number, number] =>
    d.location ? [d.location.file, d.location.start.line, d.location.start.column] : ['', 0, 0]
  return [...diagnostics].sort((a, b) => {
    const [fa, la, ca] = key(a)
    const [fb, lb, cb] = key(b)
    if (fa !== fb) return fa < fb ? -1 : 1
    if (la !== lb) return la - lb
    if (ca !== cb) return ca - cb
    const pa = formatPath(a.path)
    const pb = formatPath(b.path)
    if (pa !== pb) return pa < pb ? -1 : 1
    if (a.code !== b.code) return a.code < b.code ? -1 : 1
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0
  })
}
