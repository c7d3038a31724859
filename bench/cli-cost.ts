import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { summarize, type Repeats, type Summary } from './stats.js'

/** Whole-process cost of the CLI against an empty node process, in milliseconds. */
export interface CliCost {
  cli: Summary
  node: Summary
  /** Median CLI time over median `node -e 0` time. */
  ratio: number
  /** Set when the built CLI is older than some source file (run `pnpm build`). */
  staleBuild?: string
}

/** A one-service compose file: one published HTTP port, environment, a health check. */
export const oneService = `services:
  web:
    image: nginx:1.27
    ports: ["80:8080"]
    environment:
      LOG_LEVEL: \${LOG_LEVEL:-info}
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/"]
    deploy:
      resources:
        limits: { cpus: "0.25", memory: 512M }
`

function newestMtime(dir: string, ext: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/** Names the packages whose `dist` is older than their `src`, if any. */
export function staleBuilds(root: string): string | undefined {
  const packages = join(root, 'packages')
  const stale = readdirSync(packages).filter((name) => {
    const src = join(packages, name, 'src')
    const dist = join(packages, name, 'dist')
    return existsSync(src) && (!existsSync(dist) || newestMtime(src, '.ts') > newestMtime(dist, '.js'))
  })
  return stale.length > 0 ? stale.join(', ') : undefined
}

function wallTime(args: string[], cwd: string): number {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const elapsed = performance.now() - start
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${String(result.stderr)}`)
  return elapsed
}

/**
 * Times `composeform convert` on a one-service file and `node -e 0`, alternately, each a
 * fresh process (`child_process.spawnSync`); returns undefined when the CLI is not built.
 */
export function measureCli(root: string, repeats: Repeats): CliCost | undefined {
  const bin = join(root, 'packages', 'cli', 'bin', 'composeform.js')
  if (!existsSync(join(root, 'packages', 'cli', 'dist', 'main.js'))) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'composeform-bench-'))
  try {
    writeFileSync(join(dir, 'compose.yaml'), oneService)
    const cli: number[] = []
    const node: number[] = []
    for (let i = 0; i < repeats.warmup + repeats.runs; i++) {
      const c = wallTime([bin, 'convert'], dir)
      const n = wallTime(['-e', '0'], dir)
      if (i >= repeats.warmup) {
        cli.push(c)
        node.push(n)
      }
    }
    const stale = staleBuilds(root)
    const result: CliCost = { cli: summarize(cli), node: summarize(node), ratio: 0 }
    result.ratio = result.cli.median / result.node.median
    return stale ? { ...result, staleBuild: stale } : result
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
