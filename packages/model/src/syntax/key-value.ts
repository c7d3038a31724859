/**
 * `KEY=VALUE` list entries, as compose splits them for `environment`, `labels`, `sysctls`,
 * `extra_hosts`, build `args` and friends (compose-go `NewMappingWithEquals`: Go's
 * `strings.SplitN(entry, "=", 2)`).
 */

/**
 * Splits a list entry at its FIRST `=`; nothing is trimmed or validated.
 *
 * - `"FOO=bar"` → `{ key: 'FOO', value: 'bar' }`
 * - `"FOO="` → `{ key: 'FOO', value: '' }` (set to the empty string)
 * - `"FOO"` → `{ key: 'FOO', value: null }` (no value: for `environment` compose takes it
 *   from the shell environment; for labels it means the empty string — the caller decides)
 * - `"A=b=c"` → `{ key: 'A', value: 'b=c' }`; `"=x"` → `{ key: '', value: 'x' }`
 */
export function splitKeyValue(entry: string): { key: string; value: string | null } {
  const eq = entry.indexOf('=')
  if (eq < 0) return { key: entry, value: null }
  return { key: entry.slice(0, eq), value: entry.slice(eq + 1) }
}
