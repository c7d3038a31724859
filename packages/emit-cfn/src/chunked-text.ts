// Characters per chunk: V8 appends short strings to a rope cheaply, but a rope of millions
// of pieces is slow to flatten and keeps every piece alive until then.
const CHUNK_LENGTH = 8192

/**
 * Text built from many small pieces: appended to a chunk with `+`, each chunk flattened once
 * it is long enough, the chunks joined at the end.
 *
 * Not `Array.prototype.join` of the pieces: V8's join makes its result two-byte (UTF-16) as
 * soon as one piece is a "thin" string (a string V8 internalized in place, as it does with
 * object keys such as logical IDs), so an all-ASCII template took two bytes per character.
 * `+` looks through thin strings.
 */
export class ChunkedText {
  private current = ''
  private readonly chunks: string[] = []

  /** Appends up to four pieces. */
  push(a: string, b?: string, c?: string, d?: string): void {
    let current = this.current + a
    if (b !== undefined) current += b
    if (c !== undefined) current += c
    if (d !== undefined) current += d
    if (current.length >= CHUNK_LENGTH) {
      this.chunks.push(flat(current))
      current = ''
    }
    this.current = current
  }

  /** Everything appended, in order, as one flat string; the text is empty afterwards. */
  toString(): string {
    this.chunks.push(this.current)
    this.current = ''
    const text = this.chunks.join('')
    this.chunks.length = 0
    return text
  }
}

// The rope as one sequential string: reading a character makes V8 flatten it in place, which
// frees the pieces now, while they are young, instead of at the final join.
function flat(rope: string): string {
  rope.charCodeAt(0)
  return rope
}
