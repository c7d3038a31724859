import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

/** The timed calls of one fresh process, in milliseconds. */
export interface FreshProcessTimes {
  pipeline: number[]
  floor: number[]
  /** The floor with its JSON text left a rope (`floorRopeStep`). */
  floorRope: number[]
}

/**
 * Times `convert()` at `services` services, the floor for it and the rope floor, in turn, in a
 * fresh node process (bench/pipeline-target.ts, with the flags `pnpm bench` uses): untimed
 * rounds for `warmupMs` milliseconds (at least 3), then `runs` timed rounds.
 */
export function timeInFreshProcess(root: string, services: number, seed: number, warmupMs: number, runs: number): FreshProcessTimes {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const args = ['--no-flush-bytecode', '--conditions=source', '--import', 'tsx', join('bench', 'pipeline-target.ts'), String(services), String(seed), String(warmupMs), String(runs)]
  const child = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`timing N=${services} in a fresh process failed (${child.status}):\n${child.stderr.slice(-4000)}`)
  return JSON.parse(child.stdout) as FreshProcessTimes
}
