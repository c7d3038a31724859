/**
 * Whether diagnostics on stderr get ANSI colours: on a terminal unless TERM is `dumb` or
 * NO_COLOR is set to anything but the empty string (no-color.org); FORCE_COLOR, which wins
 * over both as in node, turns them on anywhere (CI logs), and off with `0` or `false`.
 */
export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR) return false
  return isTTY && env.TERM !== 'dumb'
}
