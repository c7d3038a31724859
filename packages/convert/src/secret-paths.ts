/** Where compose puts secrets by default, and the volume every task with secrets has. */
export const SECRETS_DIRECTORY = '/run/secrets'

/**
 * Directories a volume must never cover: a volume hides what the image has there and is
 * read-only in the main container, so covering one of these breaks the image (no /etc/passwd,
 * no shell, no writable /tmp). Kernel file systems are refused with everything under them.
 */
const SYSTEM_DIRECTORIES = new Set([
  '/',
  '/bin',
  '/boot',
  '/etc',
  '/home',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/media',
  '/mnt',
  '/opt',
  '/root',
  '/run',
  '/sbin',
  '/srv',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/lib64',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/lib',
  '/usr/local/sbin',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/cache',
  '/var/lib',
  '/var/log',
  '/var/run',
  '/var/tmp',
])
const KERNEL_DIRECTORIES = ['/dev', '/proc', '/sys']

/**
 * An absolute container path with duplicate slashes and `.` segments removed, or undefined
 * when it is not absolute or has a `..` segment (a target that climbs out of where it seems
 * to be is refused rather than guessed at).
 */
export function cleanAbsolutePath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined
  const parts = path.split('/').filter((p) => p !== '' && p !== '.')
  if (parts.includes('..')) return undefined
  return `/${parts.join('/')}`
}

/** The directory of a clean absolute path (`/` for a top-level entry). */
export function parentDirectory(path: string): string {
  const i = path.lastIndexOf('/')
  return i <= 0 ? '/' : path.slice(0, i)
}

/** True when `path` is `directory` or inside it. */
export function isWithin(path: string, directory: string): boolean {
  return path === directory || path.startsWith(directory === '/' ? '/' : `${directory}/`)
}

/** True for a directory a secrets volume must not be mounted on. */
export function isSystemDirectory(directory: string): boolean {
  return SYSTEM_DIRECTORIES.has(directory) || KERNEL_DIRECTORIES.some((k) => isWithin(directory, k))
}
