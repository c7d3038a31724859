import type { Location, Path } from './diagnostic.js'
import { spanOf, type Node, type Span } from './yaml/node.js'
import type { SourceFiles } from './yaml/source-files.js'

/**
 * Maps paths of the normalised model back to where they were written. Built from the merged
 * node tree, so a value from an override file or an `extends` base points at that file.
 * Paths the model has but the source does not (long forms of short syntax, defaults) resolve
 * to their nearest written ancestor.
 */
export class SourceMap {
  constructor(
    readonly root: Node | undefined,
    readonly files: SourceFiles,
  ) {}

  /** The span of the deepest written node on `path`; `key: true` prefers the key's span. */
  span(path: Path, options: { key?: boolean } = {}): Span | undefined {
    let node = this.root
    let best: Span | undefined = node
    for (let i = 0; i < path.length && node; i++) {
      const part = path[i]!
      const last = i === path.length - 1
      if (node.kind === 'map') {
        const entry = node.entries.get(String(part))
        if (!entry) break
        best = last && options.key ? entry : entry.value
        node = entry.value
      } else if (node.kind === 'seq') {
        const item = typeof part === 'number' ? node.items[part] : findKeyed(node.items, part)
        if (!item) break
        best = item
        node = item
      } else break
    }
    return best && spanOf(best)
  }

  /** The file/line/column of `path`, or undefined when nothing of it was written in a file. */
  locate(path: Path, options: { key?: boolean } = {}): Location | undefined {
    const span = this.span(path, options)
    return span ? this.files.locate(span) : undefined
  }
}

// Lists like `environment: [FOO=bar]` are maps in the model; find `FOO` among `KEY=value` items.
function findKeyed(items: Node[], key: string): Node | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    if (item.kind !== 'scalar' || typeof item.value !== 'string') continue
    const eq = item.value.indexOf('=')
    if ((eq < 0 ? item.value : item.value.slice(0, eq)) === key) return item
  }
  return undefined
}
