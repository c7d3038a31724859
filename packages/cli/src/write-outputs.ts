import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { CliIo } from './io.js'

/** Writes the emitted files under `dir` (relative to the working directory) and lists them on stderr. */
export function writeOutputs(dir: string, files: readonly { path: string; contents: string }[], io: CliIo): void {
  for (const file of files) {
    const target = resolve(io.cwd, join(dir, file.path))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, file.contents)
    io.stderr(`wrote ${join(dir, file.path)}\n`)
  }
}
