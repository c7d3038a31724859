import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { joinPath, type SourceHost } from '@composeform/model'

/**
 * A SourceHost over the file system. Paths stay as the user wrote them (relative to the
 * working directory), so diagnostics and outputs never contain machine-specific prefixes.
 * It follows symbolic links, so it also tells the loader when a link leads out of the
 * project (`isOutside`): the textual check of `..` cannot see that.
 */
export function nodeHost(cwd: string = process.cwd(), readStdin?: () => string | undefined): SourceHost {
  let stdin: string | undefined
  const realRoots = new Map<string, string | undefined>()
  const realRoot = (root: string): string | undefined => {
    if (!realRoots.has(root)) realRoots.set(root, realPath(resolve(cwd, root)))
    return realRoots.get(root)
  }
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
