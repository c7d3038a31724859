// At most this many edits apart, and at most one per three letters of the shorter word: two
// edits turn any three-letter word into most others (`mem` into `max`).
const MAX_EDITS = 2
const LETTERS_PER_EDIT = 3
// A prefix this long is taken as an abbreviation (`mem` for `memory`).
const MIN_PREFIX = 3

/**
 * How many single-letter insertions, deletions, substitutions or swaps of neighbours turn `a`
 * into `b` (optimal string alignment), or `limit + 1` once it is known to be more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1)
      current.push(best)
    }
    if (Math.min(...current) > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidate `input` most likely stands for, or undefined when none is close or `input` is
 * itself a candidate. In order: a candidate differing only in letter case; the nearest within
 * the edit limit (the first of equals); the only candidate `input` abbreviates, when it is at
 * least three letters long.
 */
export function didYouMean(input: string, names: Iterable<string>): string | undefined {
  const candidates = [...names]
  if (candidates.includes(input)) return undefined
  const lower = input.toLowerCase()
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower)
  if (sameLetters !== undefined) return sameLetters
  let best: string | undefined
  let bestDistance = MAX_EDITS + 1
  for (const candidate of candidates) {
    const limit = Math.min(MAX_EDITS, Math.floor(Math.min(input.length, candidate.length) / LETTERS_PER_EDIT))
    const distance = editDistance(lower, candidate.toLowerCase(), limit)
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best !== undefined) return best
  const abbreviated = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower))
  return lower.length >= MIN_PREFIX && abbreviated.length === 1 ? abbreviated[0] : undefined
}
