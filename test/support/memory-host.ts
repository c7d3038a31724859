import { joinPath, type SourceHost } from '@composeform/model'

/** An in-memory SourceHost that remembers which files were asked for. */
export function memoryHost(files: ReadonlyMap<string, string>): SourceHost & { read: Set<string> } {
  const read = new Set<string>()
  return {
    read,
    readFile(path) {
      read.add(path)
      return files.get(path)
    },
    resolve: (from, relative) => joinPath(from, relative),
  }
}
