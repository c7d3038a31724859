// Shared by the scripts that write checked-in generated sources (the compose-spec validator,
// the x-aws validators, the attribute table's run-time copy).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Writes each `[file, text]`; with `--check` in `argv`, writes nothing and reports the files
 * whose checked-in text differs (exit code 1, naming `command`, which refreshes them).
 * Returns true when it wrote.
 *
 * @param {readonly (readonly [string, string])[]} files
 * @param {readonly string[]} argv
 * @param {string} command
 */
export function writeOrCheckGenerated(files, argv, command) {
  if (argv.includes('--check')) {
    const stale = files.filter(([file, text]) => {
      try {
        return readFileSync(file, 'utf8') !== text
      } catch {
        return true
      }
    })
    for (const [file] of stale) console.error(`stale: ${file}`)
    if (stale.length > 0) {
      console.error(`Run: ${command}`)
      process.exitCode = 1
    }
    return false
  }
  for (const [file, text] of files) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return true
}
