/** 1-based line and column of an offset in a text; columns count UTF-16 code units. */
export interface LineColumn {
  line: number
  column: number
}

/** Converts offsets of one text to line/column positions. */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** The line/column of `offset` (0-based). */
  at(offset: number): LineColumn {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 }
  }
}
