import { formatPath, type DiagnosticCode, type Path, type Reporter, type SourceMap } from '@composeform/model'
import type { CheckMode } from './check-options.js'

/** How rules report: positioned diagnostics with the mode applied to unsupported attributes. */
export interface Emit {
  /** An attribute ECS has no equivalent for (warning; error in strict mode; silent in loose mode). */
  unsupported(path: Path, why: string): void
  /** An attribute only docker compose uses (info; silent in loose mode). */
  notApplicable(path: Path, why: string): void
  /** An attribute that cannot work on Fargate (always an error). */
  incompatible(path: Path, code: DiagnosticCode, why: string, hint: string): void
  /** Any other diagnostic; `key` puts the position on the key instead of the value. */
  report(code: DiagnosticCode, path: Path, message: string, hint?: string, key?: boolean): void
}

/** An Emit over a reporter, taking positions from the project's source map. */
export function createEmit(reporter: Reporter, sources: SourceMap, mode: CheckMode): Emit {
  const report: Emit['report'] = (code, path, message, hint, key = false) => {
    reporter.add({ code, path, message, hint, span: sources.span(path, { key }) })
  }
  return {
    report,
    unsupported(path, why) {
      if (mode === 'loose') return
      reporter.add({
        code: 'UNSUPPORTED_ATTRIBUTE',
        severity: mode === 'strict' ? 'error' : 'warning',
        path,
        message: `\`${formatPath(path)}\` is ignored: ${why}.`,
        hint: mode === 'strict' ? 'Remove it, or convert without --strict to only warn.' : 'Remove it to silence this warning, or convert with --loose.',
        span: sources.span(path, { key: true }),
      })
    },
    notApplicable(path, why) {
      if (mode === 'loose') return
      report('NOT_APPLICABLE', path, `\`${formatPath(path)}\` has no effect on ECS: ${why}.`, undefined, true)
    },
    incompatible(path, code, why, hint) {
      report(code, path, `\`${formatPath(path)}\` cannot work on Fargate: ${why}.`, hint, true)
    },
  }
}
