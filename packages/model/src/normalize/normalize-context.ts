import type { Path } from '../diagnostic.js'
import { dirnamePath, isAbsolutePath } from '../posix-path.js'
import type { Parsed } from '../syntax/result.js'
import type { Node } from '../yaml/node.js'
import type { LoadContext } from '../load/context.js'
import type { DiagnosticCode } from '../codes.js'

/** What normalisation needs: the load context plus the project's name. */
export interface NormalizeContext extends LoadContext {
  projectName: string
}

/**
 * Reports a failed parse at `node` and returns undefined, or returns the parsed value.
 * Used for every short syntax so that each failure becomes one positioned diagnostic.
 */
export function parsedOr<T>(result: Parsed<T>, code: DiagnosticCode, node: Node, path: Path, ctx: LoadContext): T | undefined {
  if (result.ok) return result.value
  ctx.reporter.add({ code, message: sentence(result.message), path, span: node, hint: result.hint && sentence(result.hint) })
  return undefined
}

/**
 * Resolves a path written in a compose file against the directory that file's paths are
 * relative to (the project directory, or the directory of an `extends`/`include` file).
 * `~` paths and absolute paths are kept as written.
 */
export function resolveWrittenPath(value: string, node: Node, ctx: LoadContext): string {
  if (value.startsWith('~') || isAbsolutePath(value)) return value
  const base = ctx.baseDirs.get(node.file) ?? dirnamePath(node.file)
  const resolved = ctx.host.resolve(base, value)
  // Keep relative results recognisably paths (`./data`, not `data`, which reads as a volume name).
  return resolved.startsWith('.') || isAbsolutePath(resolved) ? resolved : `./${resolved}`
}

// A parser's message is a clause ("`10` is not a valid duration"); a diagnostic's is a sentence.
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.')
}
