import { diagnosticCodes, type DiagnosticCode } from './codes.js'
import type { Diagnostic, Path, Severity, Stage } from './diagnostic.js'
import type { Span } from './yaml/node.js'
import type { SourceFiles } from './yaml/source-files.js'

/** What a stage says about a problem; severity and stage default from the code catalog. */
export interface Report {
  code: DiagnosticCode
  message: string
  path: Path
  span?: Span | undefined
  hint?: string | undefined
  severity?: Severity
}

/**
 * Collects diagnostics for one stage. Spans are kept as offsets and turned into line/column
 * only in `finish()`, so a run without problems never builds a line index.
 */
export class Reporter {
  readonly #reports: Report[] = []

  constructor(readonly stage: Stage = 'load') {}

  /** Records one diagnostic. */
  add(report: Report): void {
    this.#reports.push(report)
  }

  /** True when a diagnostic with `code` has been recorded. */
  has(code: DiagnosticCode): boolean {
    return this.#reports.some((r) => r.code === code)
  }

  /** True when an error has been recorded. */
  hasErrors(): boolean {
    return this.#reports.some((r) => (r.severity ?? diagnosticCodes[r.code]) === 'error')
  }

  /**
   * The diagnostics with locations filled in from `sources`. The schema's type error at a
   * value a parser also refused (`INVALID_DURATION` at `interval: 10`) is left out: the
   * parser's says what to write instead.
   */
  finish(sources: SourceFiles): Diagnostic[] {
    const at = (r: Report) => r.span && `${r.span.file}:${r.span.start}`
    const refused = new Set(this.#reports.filter((r) => r.code.startsWith('INVALID_')).map(at))
    return this.#reports.filter((r) => r.code !== 'SCHEMA_TYPE' || !r.span || !refused.has(at(r))).map((r) => {
      const d: Diagnostic = {
        code: r.code,
        severity: r.severity ?? diagnosticCodes[r.code],
        message: r.message,
        path: r.path,
        stage: this.stage,
      }
      if (r.span) d.location = sources.locate(r.span)
      if (r.hint) d.hint = r.hint
      return d
    })
  }
}
