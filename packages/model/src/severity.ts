import type { DiagnosticCode } from './codes.js'
import type { Diagnostic, Severity } from './diagnostic.js'

/** Per-code severity changes (esbuild's `logOverride`): a new severity, or `off` to drop it. */
export type SeverityOverrides = Partial<Record<DiagnosticCode, Severity | 'off'>>

/** Applies the user's severity overrides; returns a new list, the input is not changed. */
export function applySeverityOverrides(diagnostics: readonly Diagnostic[], overrides: SeverityOverrides = {}): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    const override = overrides[d.code]
    if (override === 'off') continue
    out.push(override && override !== d.severity ? { ...d, severity: override } : d)
  }
  return out
}
