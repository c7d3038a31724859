import type { Reporter } from '../report.js'
import type { ExpansionBudget } from './expansion-budget.js'
import type { SourceHost } from '../source-host.js'
import type { SourceFiles } from '../yaml/source-files.js'

/** What every loading step shares: the host, the diagnostics, and what was read. */
export interface LoadContext {
  host: SourceHost
  reporter: Reporter
  sources: SourceFiles
  /** For each file read, the directory its relative paths resolve against. */
  baseDirs: Map<string, string>
  /**
   * The directories the document may name files in: the project directory and those of the
   * `-f` files. `extends`, `include` and `env_file` paths outside them are refused.
   */
  roots: readonly string[]
  /** The files named by the caller (`-f`, `--env-file`): trusted, so they may be links to anywhere. */
  named: ReadonlySet<string>
  /** The longest file read; longer ones are FILE_TOO_LARGE. */
  maxFileLength: number
  /** What interpolation and repetition may still add to the project (PROJECT_TOO_LARGE). */
  expansion: ExpansionBudget
  /** How many files `include` has loaded so far, and whether INCLUDE_LIMIT was reported. */
  included: { files: number; limitReported: boolean }
  /** Whether a file read so far may carry `!reset` or `!override`: only then are resets looked for. */
  mergeTags: boolean
}
