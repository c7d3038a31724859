/**
 * How the library reads the files a compose document refers to (override files, `.env`,
 * `env_file`, `extends.file`, `include`). The CLI passes a file-system host; a browser page
 * passes an in-memory one. Paths are opaque strings to the library.
 */
/** What a host found at a path it cannot read as a file. */
export interface Unreadable {
  /** For the message: "it is a directory", "permission denied", "it is not UTF-8 text (…)". */
  reason: string
  /** A directory: an optional file (the default `.env`) is then skipped, as compose skips it. */
  directory?: boolean
}

export interface SourceHost {
  /** The file's text, or `undefined` when it does not exist. */
  readFile(path: string): string | undefined
  /**
   * Why `path`, for which `readFile` returned `undefined`, cannot be read although something
   * is there; undefined when nothing is. The loader reports FILE_UNREADABLE with it instead of
   * FILE_NOT_FOUND. A host that cannot tell (in memory) leaves it out.
   */
  whyUnreadable?(path: string): Unreadable | undefined
  /** The path of `relative` seen from the directory `from` (already normalised). */
  resolve(from: string, relative: string): string
  /**
   * True when `path`, once symbolic links are followed, is a file outside every directory in
   * `roots` (also followed). A host without links (in memory, a browser) leaves it out; the
   * loader then relies on its textual check of `..` and absolute paths alone.
   */
  isOutside?(path: string, roots: readonly string[]): boolean
}
