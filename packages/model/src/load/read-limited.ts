import type { Path } from '../diagnostic.js'
import type { Span } from '../yaml/node.js'
import type { LoadContext } from './context.js'
import { linksOutside } from './confine.js'

/**
 * The longest file the loader reads by default, in UTF-16 code units (1 MiB of ASCII). Real
 * compose files are a few kilobytes; the YAML reader needs hundreds of bytes of memory per
 * byte of dense input, so a bound keeps a hostile 20 MB file from exhausting a CI runner or a
 * browser tab.
 */
export const DEFAULT_MAX_FILE_LENGTH = 1_048_576

/**
 * The text of `file` (without a BOM), undefined when it does not exist, or `'refused'` (with
 * a diagnostic reported) when it is longer than the context allows (FILE_TOO_LARGE), a
 * symbolic link leads out of the project (PATH_OUTSIDE_PROJECT), or the host finds something
 * there it cannot read (FILE_UNREADABLE); an `optional` file that is a directory counts as missing.
 */
export function readLimited(file: string, kind: 'compose' | 'env' | 'config', ctx: LoadContext, from?: { path: Path; span?: Span | undefined }, optional?: boolean): string | undefined | 'refused' {
  // Paths written in a compose file were checked where they were written; this catches the rest (`.env`).
  if (linksOutside(file, { what: `The ${kind} file`, path: from?.path ?? [], span: from?.span }, ctx)) return 'refused'
  const text = ctx.host.readFile(file)
  if (text === undefined) {
    const why = ctx.host.whyUnreadable?.(file)
    if (why === undefined || (optional && why.directory)) return undefined
    ctx.reporter.add({ code: 'FILE_UNREADABLE', message: `The ${kind} file \`${file}\` cannot be read: ${why.reason}.`, path: from?.path ?? [], span: from?.span, hint: 'Name a regular file you can read, saved as UTF-8.' })
    return 'refused'
  }
  if (text.length > ctx.maxFileLength) {
    ctx.reporter.add({
      code: 'FILE_TOO_LARGE',
      message: `The ${kind} file \`${file}\` is ${megabytes(text.length)}; composeform reads files of at most ${megabytes(ctx.maxFileLength)}.`,
      path: from?.path ?? [],
      span: from?.span,
      hint: 'Split the file, or move large content (configs, scripts) into files the services read at run time.',
    })
    return 'refused'
  }
  // A BOM is not content; compose ignores it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function megabytes(length: number): string {
  return `${(length / 1_048_576).toFixed(2)} MiB`
}
