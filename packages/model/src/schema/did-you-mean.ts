/** How many edits apart a misspelling may be from the name it is taken for. */
export const MAX_SUGGESTION_DISTANCE = 2

/**
 * The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions), or
 * `limit + 1` as soon as it is known to exceed `limit`: keys can be arbitrarily long, and
 * only near misses matter.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidate `input` is most likely a misspelling of: one that differs only in letter case,
 * else the nearest within {@link MAX_SUGGESTION_DISTANCE} edits (the first of equals). Returns
 * `undefined` when nothing is close, or when `input` is itself a candidate.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1
  const lower = input.toLowerCase()
  for (const candidate of candidates) {
    if (candidate === input) return undefined
    if (candidate.toLowerCase() === lower) {
      best = candidate
      bestDistance = -1
      continue
    }
    if (bestDistance <= 0) continue
    // Two edits turn any one- or two-letter word into any other: that is not a near miss.
    const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.min(input.length, candidate.length) - 1)
    if (limit < 1) continue
    const distance = editDistance(input, candidate, limit)
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
