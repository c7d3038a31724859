/**
 * One step of a {@link PathPattern}: a literal key, any of several keys, `'*'` for any key
 * of a mapping, or `'#'` for any index of a list.
 */
export type PathStep = string | readonly string[]

/** A shape of document path, e.g. `['services', '*', 'ports', '#']`. */
export type PathPattern = readonly PathStep[]

/** True when `path` has exactly the shape of `pattern`. */
export function matchesPath(path: readonly (string | number)[], pattern: PathPattern): boolean {
  if (path.length !== pattern.length) return false
  return pattern.every((step, i) => {
    const part = path[i]
    if (step === '#') return typeof part === 'number'
    if (typeof part !== 'string') return false
    if (step === '*') return true
    return typeof step === 'string' ? part === step : step.includes(part)
  })
}
