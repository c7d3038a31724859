/**
 * Minimal POSIX path helpers for hosts and the loader (the library may not import node:path).
 * Relative paths stay relative: `joinPath('.', './a/../b')` is `b`, so outputs never gain
 * machine-specific prefixes.
 */

/** True for `/x`, `C:\x`, `C:/x` and `\\server\share`. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')
}

/** Collapses `.`, `..` and duplicate slashes; keeps a leading `/` or leading `..` parts. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith('/')
  const out: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop()
      else if (!absolute) out.push('..')
      continue
    }
    out.push(part)
  }
  const joined = out.join('/')
  if (absolute) return `/${joined}`
  return joined === '' ? '.' : joined
}

/** `relative` seen from directory `from`; absolute paths are returned normalised. */
export function joinPath(from: string, relative: string): string {
  if (isAbsolutePath(relative)) return relative.startsWith('/') ? normalizePath(relative) : relative
  return normalizePath(from === '' || from === '.' ? relative : `${from}/${relative}`)
}

/** The directory part of a path (`.` for a bare file name). */
export function dirnamePath(p: string): string {
  const i = p.lastIndexOf('/')
  if (i < 0) return '.'
  if (i === 0) return '/'
  return p.slice(0, i)
}

/** The last part of a path. */
export function basenamePath(p: string): string {
  const trimmed = p.replace(/\/+$/, '')
  return trimmed.slice(trimmed.lastIndexOf('/') + 1)
}
