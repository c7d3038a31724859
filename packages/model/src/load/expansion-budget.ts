import type { Path } from '../diagnostic.js'
import type { Reporter } from '../report.js'
import type { Span } from '../yaml/node.js'

/**
 * The most text a loaded project may hold, in UTF-16 code units, counting every place a value
 * appears. Files are at most 1 MiB, but aliases of a long string, a long variable used in many
 * places or one env file shared by many services repeat text: a few kilobytes of input could
 * otherwise ask for gigabytes of template.
 */
export const DEFAULT_MAX_PROJECT_LENGTH = 16 * 1_048_576

/**
 * What aliases, interpolation and env files may still add to a project. Spent by
 * interpolation as it substitutes, and checked once more on the finished model; reports
 * PROJECT_TOO_LARGE once.
 */
export class ExpansionBudget {
  #remaining: number
  #reported = false

  constructor(
    readonly limit: number,
    readonly reporter: Reporter,
  ) {
    this.#remaining = limit
  }

  /** True once the budget is spent (and reported). */
  get exhausted(): boolean {
    return this.#reported
  }

  /** Takes `amount` from the budget; false, with PROJECT_TOO_LARGE reported at `where`, when it runs out. */
  spend(amount: number, where: { path: Path; span?: Span | undefined }, cause: string): boolean {
    if (this.#reported) return false
    this.#remaining -= amount
    if (this.#remaining >= 0) return true
    this.#reported = true
    this.reporter.add({
      code: 'PROJECT_TOO_LARGE',
      message: `${cause} make the project hold more than ${(this.limit / 1_048_576).toFixed(0)} MiB of text, more than composeform handles.`,
      path: where.path,
      span: where.span,
      hint: 'Look for a long value repeated many times (an alias, a variable or an env file used by many services) and write it once.',
    })
    return false
  }
}

/**
 * The text a model holds, counting every occurrence of every string (keys too), as a walk
 * that stops as soon as `limit` is passed. Numbers, booleans and nulls count one each.
 */
export function textLength(value: unknown, limit: number): number {
  let total = 0
  const stack: unknown[] = [value]
  while (stack.length > 0 && total <= limit) {
    const next = stack.pop()
    if (typeof next === 'string') total += next.length
    else if (Array.isArray(next)) {
      total += 1
      for (const item of next) stack.push(item)
    } else if (typeof next === 'object' && next !== null) {
      total += 1
      for (const key of Object.keys(next)) {
        total += key.length
        // An own data property, even one named `__proto__`, shadows the prototype's accessor.
        stack.push((next as Record<string, unknown>)[key])
      }
    } else total += 1
  }
  return total
}
