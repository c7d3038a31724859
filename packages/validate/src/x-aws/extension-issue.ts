/** The codes the `x-aws-*` checker reports (see `checkAwsExtensions`). */
export type ExtensionIssueCode = 'X_AWS_INVALID' | 'X_AWS_UNKNOWN' | 'X_AWS_MISPLACED' | 'X_AWS_DEPRECATED'

/** One problem with an `x-aws-*` extension. */
export interface ExtensionIssue {
  /**
   * `X_AWS_INVALID`: the value breaks the extension's schema (error). `X_AWS_UNKNOWN`: an
   * `x-aws-*` name no extension has (warning: it has no effect). `X_AWS_MISPLACED`: a known
   * extension where it has no effect (warning). `X_AWS_DEPRECATED`: it works, but has a
   * replacement (warning). The severities are those of the model's code registry.
   */
  code: ExtensionIssueCode
  severity: 'error' | 'warning'
  /**
   * Path into the compose document: keys as strings, list indices as numbers, e.g.
   * `['services', 'web', 'deploy', 'x-aws-autoscaling', 'max']`. Top-level extensions sit at
   * the top (`['x-aws-vpc']`), as in the file, not under the model's `extensions`.
   */
  path: (string | number)[]
  /** True when the key at `path` itself is the problem (unknown, misplaced, deprecated), not its value. */
  atKey: boolean
  /** One sentence ending with `.`; markdown backticks, no position text. */
  message: string
  /** How to fix it, when there is something specific to say. */
  hint?: string
}

/** `issue` with `hint` added, unless there is none. */
export function withHint(issue: ExtensionIssue, hint: string | undefined): ExtensionIssue {
  return hint === undefined ? issue : { ...issue, hint }
}
