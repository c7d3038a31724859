import { parseDotenv } from '../env/dotenv.js'
import { parseRawEnv } from '../env/raw-env.js'
import type { Lookup } from '../interpolation/template.js'
import type { Path } from '../diagnostic.js'
import type { Span } from '../yaml/node.js'
import type { LoadContext } from './context.js'
import { readLimited } from './read-limited.js'

/** Most syntax errors listed for one env file; the rest are counted in one last diagnostic. */
const MAX_ENV_ERRORS = 50

/** Variables for interpolation: the process environment wins over values from env files. */
export type Environment = ReadonlyMap<string, string>

/** A lookup over an environment. */
export function lookupIn(env: Environment): Lookup {
  return (name) => env.get(name)
}

/**
 * Reads dotenv files in order (later files win over earlier ones); values are interpolated
 * with `base` (which wins over file values) and earlier file values. A file of `format: raw`
 * is read as written instead (see {@link parseRawEnv}). Returns only what the files define.
 * A missing file is an error when `required`, else skipped.
 */
export function readEnvFiles(
  files: readonly { path: string; required: boolean; raw?: boolean; from?: { path: Path; span?: Span } }[],
  base: Environment,
  ctx: LoadContext,
): Map<string, string> {
  const fromFiles = new Map<string, string>()
  for (const file of files) {
    const clean = readLimited(file.path, 'env', ctx, file.from, !file.required)
    if (clean === 'refused') continue
    if (clean === undefined) {
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
    ctx.sources.add(file.path, clean)
    // The environment wins; then whatever any env file assigned last (one map for all files, as compose does).
    const result = file.raw ? parseRawEnv(clean, (name) => base.get(name)) : parseDotenv(clean, (name) => base.get(name), (name) => fromFiles.get(name))
    // Line starts are found once: a garbage file can have an error on every line.
    const lineStarts = [0]
    for (let i = clean.indexOf('\n'); i >= 0; i = clean.indexOf('\n', i + 1)) lineStarts.push(i + 1)
    const offsetOf = (error: { line: number; column: number }): number => (lineStarts[Math.min(error.line, lineStarts.length) - 1] ?? 0) + error.column - 1
    const shown = result.errors.slice(0, MAX_ENV_ERRORS)
    for (const error of shown) {
      const offset = offsetOf(error)
      ctx.reporter.add({
        code: 'ENV_FILE_SYNTAX',
        message: error.message,
        path: file.from?.path ?? [],
        span: { file: file.path, start: offset, end: offset },
        hint: error.hint,
      })
    }
    const rest = result.errors.length - shown.length
    if (rest > 0) {
      const offset = offsetOf(result.errors[MAX_ENV_ERRORS]!)
      ctx.reporter.add({
        code: 'ENV_FILE_SYNTAX',
        message: `There ${rest === 1 ? 'is 1 more problem' : `are ${rest} more problems`} in this env file; only the first ${MAX_ENV_ERRORS} are listed.`,
        path: file.from?.path ?? [],
        span: { file: file.path, start: offset, end: offset },
        hint: 'Fix the problems listed first; each line should read KEY=value.',
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
