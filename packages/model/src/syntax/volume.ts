/**
 * The service `volumes:` short syntax, `[SOURCE:]TARGET[:MODE]`, read into the long form the
 * way compose does: compose-go `format.ParseVolume` plus the loader's canonical rules
 * (`transform`: the target is cleaned like Go's `path.Clean`).
 */

import { fail, ok, quote, type Parsed, type ParseFailure } from './result.js'
import { utf8Length } from '../utf8-length.js'
import { normalizePath } from '../posix-path.js'

/** One entry of a service's `volumes:` in the canonical long form. */
export interface ServiceVolume {
  /** The mount type; the short syntax only gives `volume` or `bind`. */
  type: 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'image' | 'cluster'
  /** A host path (bind, kept as written) or a volume name; absent for an anonymous volume. */
  source?: string
  /** The path in the container. */
  target: string
  /** Present (and true) only when the mode says `ro` (and no later `rw`). */
  read_only?: boolean
  /** `consistent`, `cached` or `delegated` (long syntax only: compose drops them from the short syntax). */
  consistency?: string
  /** Bind options; short-syntax binds always get `create_host_path: true`. */
  bind?: { create_host_path?: boolean; propagation?: string; selinux?: 'z' | 'Z' }
  /** Volume options; the short syntax can only set `nocopy`. */
  volume?: { nocopy?: boolean; subpath?: string }
  /** tmpfs options (long syntax only). */
  tmpfs?: { size?: number; mode?: number }
}

const FORMAT_HINT =
  'write volumes as [SOURCE:]TARGET[:MODE], e.g. `/data`, `db:/var/lib/db`, `./src:/app:ro` or `/host:/c:rw,z`'

const PROPAGATIONS: ReadonlySet<string> = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'])

/**
 * Parses one volume short-syntax entry.
 *
 * - One part is an anonymous volume: `/data` → `{ type: 'volume', target: '/data' }`.
 * - Two parts are `SOURCE:TARGET`, three add a comma-separated MODE. The source is a bind
 *   path when it starts with `.`, `/`, `~`, `\\` (UNC / named pipe) or a Windows drive
 *   (`C:`); anything else names a volume. Sources are kept as written.
 * - A single letter followed by `:` is a Windows drive, not a separator, in any part:
 *   `C:\x:/y` → source `C:\x`, target `/y`; `C:\data` alone is an anonymous volume.
 * - `${…}` is kept intact even when it contains colons (`/a:/b/${T:-1:2}`).
 * - Short-syntax binds get `bind.create_host_path: true`, as compose does.
 * - MODE options: `ro` / `rw` (last wins), `nocopy` (`volume.nocopy`), `z` / `Z`
 *   (`bind.selinux`), `shared`, `rshared`, `slave`, `rslave`, `private`, `rprivate`
 *   (`bind.propagation`, also recorded on named volumes as compose does). Anything else —
 *   including `consistent`, `cached` and `delegated` — is ignored, as compose ignores it.
 * - The target is cleaned like Go's `path.Clean` (`/app/` → `/app`, `/a/../b` → `/b`).
 * - Errors: an empty spec, an empty part (`:/x`, `/a::ro`), more than three parts, an
 *   unterminated `${`, or a NUL character.
 */
export function parseVolume(spec: string): Parsed<ServiceVolume> {
  const bad = (reason: string): ParseFailure => fail(`${quote(spec)} is not a valid volume because ${reason}`, FORMAT_HINT)

  if (spec === '') return fail('A volume entry cannot be empty', FORMAT_HINT)
  if (spec.includes('\u0000')) return bad('it contains a NUL character')

  // compose-go treats any spec of at most two bytes as an anonymous volume target.
  if (utf8Length(spec) <= 2) return ok({ type: 'volume', target: cleanPath(spec) })

  const sections: string[] = []
  let segStart = 0
  let segRunes = 0 // code points in the current section, counted up to 2
  let segFirst = '' // its first code point
  let braceDepth = 0
  let i = 0
  while (i <= spec.length) {
    if (i === spec.length) {
      if (braceDepth > 0) return bad('a `${` is never closed')
      const section = spec.slice(segStart)
      if (section === '') return bad('it has an empty part between colons')
      sections.push(section)
      break
    }
    const code = spec.codePointAt(i) ?? 0
    const width = code > 0xffff ? 2 : 1
    const ch = spec[i]
    if (ch === '$' && spec[i + 1] === '{') braceDepth++
    else if (ch === '}' && braceDepth > 0) braceDepth--
    else if (ch === ':' && segRunes === 1 && /^\p{L}$/u.test(segFirst)) {
      // Windows drive letter: the colon belongs to the section.
    } else if (ch === ':' && braceDepth === 0) {
      const section = spec.slice(segStart, i)
      if (section === '') return bad('it has an empty part between colons')
      if (sections.length === 2) return bad('it has too many colons')
      sections.push(section)
      segStart = i + 1
      segRunes = 0
      segFirst = ''
      i += 1
      continue
    }
    if (segRunes === 0) segFirst = String.fromCodePoint(code)
    if (segRunes < 2) segRunes++
    i += width
  }

  const [first = '', second, mode] = sections
  const source = second === undefined ? undefined : first
  const target = second === undefined ? first : second

  const volume: ServiceVolume =
    source === undefined ? { type: 'volume', target: cleanPath(target) } : { type: 'volume', source, target: cleanPath(target) }
  let readOnly = false
  let nocopy = false
  let propagation: string | undefined
  let selinux: 'z' | 'Z' | undefined
  if (mode !== undefined) {
    for (const option of mode.split(',')) {
      if (option === 'ro') readOnly = true
      else if (option === 'rw') readOnly = false
      else if (option === 'nocopy') nocopy = true
      else if (option === 'z' || option === 'Z') selinux = option
      else if (PROPAGATIONS.has(option)) propagation = option
    }
  }
  if (readOnly) volume.read_only = true

  const isBind = source !== undefined && isHostPath(source)
  if (isBind) volume.type = 'bind'
  if (isBind || propagation !== undefined || selinux !== undefined) {
    volume.bind = {}
    if (isBind) volume.bind.create_host_path = true
    if (propagation !== undefined) volume.bind.propagation = propagation
    if (selinux !== undefined) volume.bind.selinux = selinux
  }
  if (nocopy) volume.volume = { nocopy: true }
  return ok(volume)
}

/** True when a short-syntax source is a host path rather than a volume name. */
function isHostPath(source: string): boolean {
  const c = source[0]
  if (c === '.' || c === '/' || c === '~') return true
  if (source.startsWith('\\\\')) return true
  const code = source.codePointAt(0) ?? 0
  const width = code > 0xffff ? 2 : 1
  return source[width] === ':' && /^\p{L}$/u.test(String.fromCodePoint(code))
}

/** Go's `path.Clean`: collapses `//`, `.` and `..` lexically; `''` stays `''`. */
function cleanPath(path: string): string {
  return path === '' ? '' : normalizePath(path)
}
