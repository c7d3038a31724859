import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

// The files convert writes one per service or nested stack, which a later run may no longer
// write, and the file whose writing makes them stale too (a template written whole).
const PER_RESOURCE: readonly [string, string, string?][] = [
  ['ecs', '.taskdef.json'],
  ['ecs', '.service.json'],
  ['stacks', 'Stack.yaml', 'template.yaml'],
  ['stacks', 'Stack.json', 'template.json'],
]

/**
 * Files in `dir` of a kind this run wrote one per service or nested stack
 * (`ecs/*.taskdef.json`, `ecs/*.service.json`, `stacks/*Stack.yaml`, `stacks/*Stack.json`)
 * that it did not write: left from an earlier run, for a service since removed or renamed,
 * or by a run with nested stacks before one without (its template written whole), and easy
 * to deploy by mistake with the rest. Reported, not deleted; sorted.
 */
export function staleOutputs(dir: string, cwd: string, written: readonly string[]): string[] {
  const fresh = new Set(written)
  const stale: string[] = []
  for (const [sub, suffix, whole] of PER_RESOURCE) {
    const ofKind = (path: string) => path.startsWith(`${sub}/`) && path.endsWith(suffix)
    if (!written.some(ofKind) && (whole === undefined || !fresh.has(whole))) continue
    let names: string[]
    try {
      names = readdirSync(resolve(cwd, dir, sub))
    } catch {
      continue
    }
    for (const name of names.sort()) if (ofKind(`${sub}/${name}`) && !fresh.has(`${sub}/${name}`)) stale.push(join(dir, sub, name))
  }
  return stale
}
