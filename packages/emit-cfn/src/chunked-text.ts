// Pieces per chunk: large enough that joining chunks is cheap, small enough that the piece
// array stays in V8's young generation instead of growing to a million entries.
const CHUNK = 4096
// The most pieces one `push` adds.
const MAX_PUSH = 4

/**
 * Text built from many small pieces, joined a chunk at a time. Each chunk's array is
 * allocated at its full length and filled by index: growing it by `push` copied it a dozen
 * times per chunk.
 */
export class ChunkedText {
  private pieces = new Array<string>(CHUNK)
  private count = 0
  private readonly chunks: string[] = []

  /** Appends up to four pieces. */
  push(a: string, b?: string, c?: string, d?: string): void {
    const pieces = this.pieces
    let n = this.count
    pieces[n++] = a
    if (b !== undefined) pieces[n++] = b
    if (c !== undefined) pieces[n++] = c
    if (d !== undefined) pieces[n++] = d
    if (n > CHUNK - MAX_PUSH) {
      this.chunks.push(this.close(n))
      n = 0
    }
    this.count = n
  }

  /** Everything appended, in order, as one flat string; the text is empty afterwards. */
  toString(): string {
    this.chunks.push(this.close(this.count))
    this.count = 0
    const text = this.chunks.join('')
    this.chunks.length = 0
    return text
  }

  // The current chunk's first n pieces joined; a fresh chunk takes its place.
  private close(n: number): string {
    const pieces = this.pieces
    pieces.length = n
    this.pieces = new Array<string>(CHUNK)
    return pieces.join('')
  }
}
