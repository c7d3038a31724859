import type { ResourceGraph, Staged } from '@composeform/model'

/** One file an emitter produces. Writing it is the caller's job. */
export interface OutputFile {
  /** Relative POSIX path, e.g. `template.json`. */
  readonly path: string
  readonly contents: string
}

/**
 * Turns a resource graph into files: synchronous, pure, and deterministic (the same graph
 * and options give byte-identical files). Problems are returned as diagnostics, not thrown.
 */
export interface Emitter<Options = Record<string, unknown>> {
  /** Stable id, used by the CLI as `--format <name>`. */
  readonly name: string
  emit(graph: ResourceGraph, options?: Partial<Options>): Staged<OutputFile[]>
}
