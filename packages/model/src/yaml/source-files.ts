import type { Location } from '../diagnostic.js'
import { LineIndex } from './line-index.js'
import type { Span } from './node.js'

/** The texts the loader read, so that spans can become line/column locations on demand. */
export class SourceFiles {
  readonly #texts = new Map<string, string>()
  readonly #indexes = new Map<string, LineIndex>()

  /** Records a file's text under the name diagnostics will show. */
  add(file: string, text: string): void {
    this.#texts.set(file, text)
    this.#indexes.delete(file)
  }

  /** The text of a recorded file. */
  text(file: string): string | undefined {
    return this.#texts.get(file)
  }

  /** The names of every recorded file, in the order they were read. */
  files(): string[] {
    return [...this.#texts.keys()]
  }

  /** The location of a span; line indexes are built lazily, only for files that need one. */
  locate(span: Span): Location {
    let index = this.#indexes.get(span.file)
    if (!index) {
      index = new LineIndex(this.#texts.get(span.file) ?? '')
      this.#indexes.set(span.file, index)
    }
    const start = index.point(span.start)
    return span.end > span.start ? { file: span.file, start, end: index.point(span.end) } : { file: span.file, start }
  }
}
