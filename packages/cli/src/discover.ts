import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const mainNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']

/**
 * Finds the compose files docker compose would use when no `-f` is given: the first of
 * compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml in `dir` or the nearest
 * parent that has one, plus its `.override` sibling. Returns paths relative to `cwd`.
 */
export function discoverComposeFiles(dir: string, cwd: string): string[] {
  let current = resolve(cwd, dir)
  for (;;) {
    for (const name of mainNames) {
      const file = join(current, name)
      if (!existsSync(file)) continue
      const override = join(current, name.replace(/\.(ya?ml)$/, '.override.$1'))
      const found = existsSync(override) ? [file, override] : [file]
      return found.map((f) => relative(cwd, f) || f)
    }
    const parent = dirname(current)
    if (parent === current) return []
    current = parent
  }
}
