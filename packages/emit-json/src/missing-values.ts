import { diagnosticCodes, sortDiagnostics, type Diagnostic, type Path } from '@composeform/model'

/** A value the output needs and nobody gave: what it is called and how to supply it. */
export interface MissingValue {
  /** What the user supplies, and what the placeholder `${name}` says. */
  readonly name: string
  /** One sentence: what is missing, and how to supply it. */
  readonly message: string
  readonly hint: string
}

/**
 * Collects `PLACEHOLDER_VALUE` diagnostics for one emit: one per missing name, at the compose
 * path of the first resource that needed it.
 */
export class MissingValues {
  readonly #byName = new Map<string, Diagnostic>()

  /** Records that `missing` was needed by the resource that came from `path`. */
  add(missing: MissingValue, path: Path): void {
    if (this.#byName.has(missing.name)) return
    this.#byName.set(missing.name, { code: 'PLACEHOLDER_VALUE', severity: diagnosticCodes.PLACEHOLDER_VALUE, message: missing.message, path: [...path], hint: missing.hint, stage: 'emit' })
  }

  /** The diagnostics, sorted. */
  diagnostics(): Diagnostic[] {
    return sortDiagnostics([...this.#byName.values()])
  }
}
