import type { Diagnostic, SourceHost } from '@composeform/model'

/** A file named by an option (`--patch`, `--ecs-params`) with its text. */
export interface OptionFile {
  path: string
  text: string
}

/**
 * Reads the files options name, as the user wrote their paths. A missing file is
 * FILE_NOT_FOUND, one that is there but cannot be read FILE_UNREADABLE (exit 1), like a
 * compose file.
 */
export function readOptionFiles(paths: readonly string[], option: string, host: SourceHost): { files: OptionFile[]; diagnostics: Diagnostic[] } {
  const files: OptionFile[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of paths) {
    const text = host.readFile(path)
    const why = text === undefined ? host.whyUnreadable?.(path) : undefined
    if (text !== undefined) files.push({ path, text })
    else if (why !== undefined) {
      diagnostics.push({ code: 'FILE_UNREADABLE', severity: 'error', message: `The file \`${path}\` given to ${option} cannot be read: ${why.reason}.`, path: [], hint: 'Name a regular file you can read, saved as UTF-8.', stage: 'load' })
    } else {
      diagnostics.push({
        code: 'FILE_NOT_FOUND',
        severity: 'error',
        message: `The file \`${path}\` given to ${option} does not exist.`,
        path: [],
        hint: `Check the path; it is read relative to the working directory.`,
        stage: 'load',
      })
    }
  }
  return { files, diagnostics }
}
