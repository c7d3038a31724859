import { parseDotenv } from '../env/dotenv.js'
import type { Lookup } from '../interpolation/template.js'
import type { Path } from '../diagnostic.js'
import type { Span } from '../yaml/node.js'
import type { LoadContext } from './context.js'

/** Variables for interpolation: the process environment wins over values from env files. */
export type Environment = ReadonlyMap<string, string>

/** A lookup over an environment. */
export function lookupIn(env: Environment): Lookup {
  return (name) => env.get(name)
}

/**
 * Reads dotenv files in order (later files win over earlier ones); values are interpolated
 * with `base` (which wins over file values) and earlier file values. Returns only what the
 * files define. A missing file is an error when `required`, else skipped.
 */
export function readEnvFiles(
  files: readonly { path: string; required: boolean; from?: { path: Path; span?: Span } }[],
  base: Environment,
  ctx: LoadContext,
): Map<string, string> {
  const fromFiles = new Map<string, string>()
  for (const file of files) {
    const text = ctx.host.readFile(file.path)
    if (text === undefined) {
      if (file.required) {
        ctx.reporter.add({
          code: 'FILE_NOT_FOUND',
          message: `The env file \`${file.path}\` does not exist.`,
          path: file.from?.path ?? [],
          span: file.from?.span,
          hint: 'Create it, fix the path, or mark it `required: false`.',
        })
      }
      continue
    }
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    ctx.sources.add(file.path, clean)
    // The environment wins; then whatever any env file assigned last (one map for all files, as compose does).
    const result = parseDotenv(clean, (name) => base.get(name), (name) => fromFiles.get(name))
    for (const error of result.errors) {
      const lines = clean.split('\n')
      let offset = 0
      for (let i = 0; i < error.line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1
      ctx.reporter.add({
        code: 'ENV_FILE_SYNTAX',
        message: error.message,
        path: file.from?.path ?? [],
        span: { file: file.path, start: offset + error.column - 1, end: offset + error.column - 1 },
        hint: error.hint,
      })
    }
    for (const [key, value] of result.values) fromFiles.set(key, value)
  }
  return fromFiles
}

/** Variables from files with `base` layered on top: the process environment always wins. */
export function layerEnvironment(fromFiles: Environment, base: Environment): Map<string, string> {
  const env = new Map(fromFiles)
  for (const [key, value] of base) env.set(key, value)
  return env
}
