import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/index.js'

/** Runs the CLI in process in `cwd`, with its output captured. */
export function cli(argv: string[], cwd: string, env: Record<string, string> = {}, isTTY = false): { code: number; stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd, isTTY })
  return { code, stdout, stderr }
}

/** A temporary project directory holding the given files (paths may name subdirectories). */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'composeform-cli-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
