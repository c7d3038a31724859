import type { Point } from '../diagnostic.js'

/** Turns offsets into 1-based line/column points for one text; built once, queried in O(log n). */
export class LineIndex {
  // Outside the JS heap and sized once: a growing array of a large file's lines was copied
  // as it grew, and its last copy was too large for V8's young generation.
  readonly #starts: Uint32Array

  constructor(text: string) {
    let lines = 1
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
    this.#starts = new Uint32Array(lines)
    let line = 1
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts[line++] = i + 1
  }

  /** The point of a 0-based offset. */
  point(offset: number): Point {
    const starts = this.#starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset }
  }
}
