import type { DiagnosticCode, Path } from '@composeform/model'

/** Reports a diagnostic of the conversion at a compose path, where its position is looked up. */
export type ReportProblem = (code: DiagnosticCode, path: Path, message: string, hint: string) => void
