import { readFileSync, statSync } from 'node:fs'
import { joinPath, type SourceHost } from '@composeform/model'

/**
 * A SourceHost over the file system. Paths stay as the user wrote them (relative to the
 * working directory), so diagnostics and outputs never contain machine-specific prefixes.
 */
export function nodeHost(cwd: string = process.cwd(), readStdin?: () => string | undefined): SourceHost {
  let stdin: string | undefined
  return {
    readFile(path) {
      // `-f -` reads the compose file from standard input, once.
      if (path === '-' && readStdin) return (stdin ??= readStdin())
      const full = joinPath(cwd, path)
      try {
        if (!statSync(full).isFile()) return undefined
        return readFileSync(full, 'utf8')
      } catch {
        return undefined
      }
    },
    resolve: (from, relative) => joinPath(from, relative),
  }
}
