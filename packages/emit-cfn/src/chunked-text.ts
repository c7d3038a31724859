// Pieces per chunk: large enough that joining chunks is cheap, small enough that the piece
// array stays in V8's young generation instead of growing to a million entries.
const CHUNK = 4096

/** Text built from many small pieces, joined a chunk at a time. */
export class ChunkedText {
  private pieces: string[] = []
  private readonly chunks: string[] = []

  /** Appends up to four pieces. */
  push(a: string, b?: string, c?: string, d?: string): void {
    const pieces = this.pieces
    pieces.push(a)
    if (b !== undefined) pieces.push(b)
    if (c !== undefined) pieces.push(c)
    if (d !== undefined) pieces.push(d)
    if (pieces.length >= CHUNK) {
      this.chunks.push(pieces.join(''))
      this.pieces = []
    }
  }

  /** Everything appended, in order. */
  toString(): string {
    return this.chunks.join('') + this.pieces.join('')
  }
}
