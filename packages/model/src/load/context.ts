import type { Reporter } from '../report.js'
import type { SourceHost } from '../source-host.js'
import type { SourceFiles } from '../yaml/source-files.js'

/** What every loading step shares: the host, the diagnostics, and what was read. */
export interface LoadContext {
  host: SourceHost
  reporter: Reporter
  sources: SourceFiles
  /** For each file read, the directory its relative paths resolve against. */
  baseDirs: Map<string, string>
}
