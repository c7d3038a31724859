import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { CliIo } from './io.js'

/**
 * Writes the emitted files under `dir` (relative to the working directory), listing each on
 * stderr when `list`. Returns why a file could not be written (a usage problem: the path is a
 * file, not writable, too long), or undefined; the files before it stay written.
 */
export function writeOutputs(dir: string, files: readonly { path: string; contents: string }[], io: CliIo, list = true): string | undefined {
  for (const file of files) {
    const shown = join(dir, file.path)
    const target = resolve(io.cwd, shown)
    try {
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.contents)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return `cannot write ${shown}${code ? ` (${code})` : ''}: ${WHY[code ?? ''] ?? 'check -o'}`
    }
    if (list) io.stderr(`wrote ${shown}\n`)
  }
  return undefined
}

const WHY: Readonly<Record<string, string>> = {
  EEXIST: 'a file stands where -o needs a directory',
  ENOTDIR: 'a file stands where -o needs a directory',
  EISDIR: 'a directory stands where the file goes',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the path is too long',
  ENOSPC: 'no space left on the device',
}
