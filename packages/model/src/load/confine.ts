import type { Path } from '../diagnostic.js'
import { isAbsolutePath, joinPath, normalizePath } from '../posix-path.js'
import type { Span } from '../yaml/node.js'
import type { LoadContext } from './context.js'

/** Where a path the loader is asked to read was written, and what it names. */
export interface PathReference {
  /** What the path is, for the message: "The `extends` file", "The env file", … */
  what: string
  path: Path
  span?: Span | undefined
}

/**
 * Resolves a path that the compose document asks the loader to read (`extends.file`,
 * `include`, `env_file`), seen from directory `from`. A compose file comes from a pull
 * request or a browser tab, so it may only name files inside the project: an absolute path,
 * or one whose `..` parts lead out of every root (the project directory and the directories
 * of the `-f` files), is refused with PATH_OUTSIDE_PROJECT and never read.
 */
export function confinedPath(from: string, written: string, ref: PathReference, ctx: LoadContext): string | undefined {
  const absolute = isAbsolutePath(written)
  if (!absolute && ctx.roots.some((root) => isWithin(joinPath(from, written), root))) {
    const resolved = ctx.host.resolve(from, written)
    return linksOutside(resolved, ref, ctx) ? undefined : resolved
  }
  ctx.reporter.add({
    code: 'PATH_OUTSIDE_PROJECT',
    message: `${ref.what} \`${written.slice(0, 200)}\` is ${absolute ? 'an absolute path' : 'outside the project directory'}; composeform reads only files inside the project directory.`,
    path: ref.path,
    span: ref.span,
    hint: 'Move the file into the project directory and name it with a relative path, or choose a --project-directory that contains it.',
  })
  return undefined
}

/**
 * True (with PATH_OUTSIDE_PROJECT reported) when the host says that `file`, a path inside the
 * project as written, is a symbolic link leading out of it: a link committed to a repository
 * (`app.env -> /home/runner/.aws/credentials`) passes the textual check of `..`. The files the
 * caller named (`-f`, `--env-file`) are trusted and never refused.
 */
export function linksOutside(file: string, ref: PathReference, ctx: LoadContext): boolean {
  if (ctx.named.has(file) || !ctx.host.isOutside?.(file, ctx.roots)) return false
  ctx.reporter.add({
    code: 'PATH_OUTSIDE_PROJECT',
    message: `${ref.what} \`${file.slice(0, 200)}\` is a symbolic link to a file outside the project directory; composeform reads only files inside the project directory.`,
    path: ref.path,
    span: ref.span,
    hint: 'Replace the link with the file itself, or choose a --project-directory that contains what it points to.',
  })
  return true
}

/** True when `path` is `dir` or lies below it (textually, after `.` and `..` are collapsed). */
export function isWithin(path: string, dir: string): boolean {
  if (isAbsolutePath(path) !== isAbsolutePath(dir)) return false
  const p = parts(path)
  const d = parts(dir)
  if (p.length < d.length || d.some((part, i) => p[i] !== part)) return false
  return !p.slice(d.length).includes('..')
}

function parts(path: string): string[] {
  const normal = normalizePath(path)
  const rest = normal.split('/').filter((part) => part !== '' && part !== '.')
  return normal.startsWith('/') ? ['/', ...rest] : rest
}
