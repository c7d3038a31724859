/** Everything the CLI touches of its process, injected so tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  /** Whether stderr is a terminal (colours). */
  isTTY: boolean
  /** Reads all of standard input (for `-f -`): bytes, decoded as UTF-8 by the host, or text. */
  readStdin?: () => Uint8Array | string | undefined
}
