import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { joinPath, type SourceHost, type Unreadable } from '@composeform/model'
import { decodeUtf8 } from './decode-utf8.js'

/**
 * A SourceHost over the file system. Paths stay as the user wrote them (relative to the
 * working directory), so diagnostics and outputs never contain machine-specific prefixes.
 * It follows symbolic links, so it also tells the loader when a link leads out of the
 * project (`isOutside`): the textual check of `..` cannot see that. Something that is there
 * but cannot be read (a directory, no permission, bytes that are not UTF-8) is told apart from
 * a missing file (`whyUnreadable`). A named pipe (`-f <(envsubst < compose.yaml)`) is read
 * once and kept.
 */
export function nodeHost(cwd: string = process.cwd(), readStdin?: () => Uint8Array | string | undefined): SourceHost {
  const problems = new Map<string, Unreadable>()
  const pipes = new Map<string, string | undefined>()
  const decoded = (path: string, bytes: Uint8Array | string | undefined): string | undefined => {
    if (bytes === undefined || typeof bytes === 'string') return bytes
    const result = decodeUtf8(bytes)
    if ('text' in result) return result.text
    problems.set(path, { reason: result.problem })
    return undefined
  }
  const realRoots = new Map<string, string | undefined>()
  const realRoot = (root: string): string | undefined => {
    if (!realRoots.has(root)) realRoots.set(root, realPath(resolve(cwd, root)))
    return realRoots.get(root)
  }
  return {
    readFile(path) {
      // `-f -` reads the compose file from standard input, once.
      if (path === '-' && readStdin) {
        if (!pipes.has(path)) pipes.set(path, decoded(path, readStdin()))
        return pipes.get(path)
      }
      if (pipes.has(path)) return pipes.get(path)
      const full = joinPath(cwd, path)
      try {
        const stat = statSync(full)
        if (stat.isDirectory()) problems.set(path, { reason: 'it is a directory', directory: true })
        else if (stat.isFIFO()) pipes.set(path, decoded(path, readFileSync(full)))
        else if (stat.isFile()) return decoded(path, readFileSync(full))
        else problems.set(path, { reason: 'it is not a regular file' })
        return pipes.get(path)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        // Missing, or a path through something that is not a directory: nothing is there.
        if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.set(path, { reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `${code ?? 'error'} from the file system` })
        return undefined
      }
    },
    whyUnreadable: (path) => problems.get(path),
    resolve: (from, relative) => joinPath(from, relative),
    isOutside(path, roots) {
      // A missing file or a dangling link is not outside: reading it finds nothing.
      const real = realPath(resolve(cwd, path))
      if (real === undefined) return false
      return !roots.some((root) => {
        const dir = realRoot(root)
        return dir !== undefined && isWithin(real, dir)
      })
    },
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

function isWithin(path: string, dir: string): boolean {
  const rest = relative(dir, path)
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest))
}
