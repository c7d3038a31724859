import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import * as assert from 'uvu/assert'

/** True when goldens may be written: `UPDATE_GOLDEN=1`, never under `CI`. */
export const updating = process.env.UPDATE_GOLDEN === '1' && !process.env.CI

/**
 * Compares `actual` with the golden file. Under UPDATE_GOLDEN=1 the file is rewritten; a
 * missing golden is written on a local run (and fails under CI).
 */
export function expectGolden(actual: string, file: string): void {
  const exists = existsSync(file)
  if (updating || (!exists && !process.env.CI)) {
    if (!exists || readFileSync(file, 'utf8') !== actual) {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, actual)
    }
    return
  }
  assert.ok(exists, `missing golden file ${file} (run UPDATE_GOLDEN=1 pnpm test locally)`)
  assert.fixture(actual, readFileSync(file, 'utf8'), `golden file ${file} differs`)
}
