import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

// The files convert writes one per service or nested stack, which a later run may no longer write.
const PER_RESOURCE: readonly [string, string][] = [
  ['ecs', '.taskdef.json'],
  ['ecs', '.service.json'],
  ['stacks', 'Stack.yaml'],
  ['stacks', 'Stack.json'],
]

/**
 * Files in `dir` of a kind this run wrote one per service or nested stack
 * (`ecs/*.taskdef.json`, `ecs/*.service.json`, `stacks/*Stack.yaml`, `stacks/*Stack.json`)
 * that it did not write: left from an earlier run, for a service since removed or renamed,
 * and easy to deploy by mistake with the rest. Reported, not deleted; sorted.
 */
export function staleOutputs(dir: string, cwd: string, written: readonly string[]): string[] {
  const fresh = new Set(written)
  const stale: string[] = []
  for (const [sub, suffix] of PER_RESOURCE) {
    const ofKind = (path: string) => path.startsWith(`${sub}/`) && path.endsWith(suffix)
    if (!written.some(ofKind)) continue
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
