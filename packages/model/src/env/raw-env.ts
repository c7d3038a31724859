import type { Lookup } from '../interpolation/template.js'
import { isWhiteSpace } from './chars.js'
import type { DotenvResult } from './dotenv.js'

/**
 * Parses an `env_file` of `format: raw`, the way `docker run --env-file` reads one (docker's
 * `kvfile`, which compose registers as `raw`): one `NAME=value` per line, the value taken as
 * written — quotes, `#`, `$` and trailing spaces included, nothing substituted. Lines that
 * are blank or start with `#` (after leading white space) are skipped; a bare `NAME` takes its
 * value from `lookup` and is skipped when it has none. A name is everything before the first
 * `=`, less leading white space, and may not contain a space or tab. Never throws.
 */
export function parseRawEnv(text: string, lookup: Lookup): DotenvResult {
  const result: DotenvResult = { values: new Map(), entries: [], errors: [] }
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n')
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    let start = 0
    while (start < line.length && isWhiteSpace(line.charCodeAt(start))) start++
    if (start === line.length || line[start] === '#') return
    const equals = line.indexOf('=', start)
    const key = line.slice(start, equals < 0 ? undefined : equals)
    const at = { line: i + 1, column: start + 1 }
    if (key === '' || /[ \t]/.test(key)) {
      result.errors.push({ ...at, message: key === '' ? 'This line has no variable name before `=`.' : `\`${key}\` cannot name a variable: it contains white space.`, hint: 'A raw env file has one `NAME=value` per line; the value is taken as written.' })
      return
    }
    const value = equals < 0 ? lookup(key) : line.slice(equals + 1)
    if (value === undefined) return
    result.values.set(key, value)
    result.entries.push({ key, value, ...at })
  })
  return result
}
