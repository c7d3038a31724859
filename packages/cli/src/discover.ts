import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

// compose-go's DefaultFileNames and DefaultOverrideFileNames, in its order of preference.
const mainNames = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']
const overrideNames = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml']

/**
 * Finds the compose files docker compose would use when no `-f` is given: the first of
 * compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml in `dir` or the nearest
 * parent that has one, plus the first override file beside it, whatever the main file is called
 * (compose.override.yml, compose.override.yaml, docker-compose.override.yml,
 * docker-compose.override.yaml). Returns paths relative to `cwd`.
 */
export function discoverComposeFiles(dir: string, cwd: string): string[] {
  let current = resolve(cwd, dir)
  for (;;) {
    for (const name of mainNames) {
      const file = join(current, name)
      if (!existsSync(file)) continue
      const override = overrideNames.map((o) => join(current, o)).find((o) => existsSync(o))
      const found = override ? [file, override] : [file]
      return found.map((f) => relative(cwd, f) || f)
    }
    const parent = dirname(current)
    if (parent === current) return []
    current = parent
  }
}
