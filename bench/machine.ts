import { spawnSync } from 'node:child_process'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'

/** The machine a benchmark ran on. */
export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  pnpm: string
  date: string
  /** The 1-minute load average when the run started: other work on this machine. */
  load: number
}

/** Describes this machine: CPU model, cores, memory, OS, node and pnpm versions. */
export function describeMachine(): Machine {
  const list = cpus()
  const pnpm = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    pnpm: pnpm.status === 0 ? pnpm.stdout.trim() : 'unknown',
    date: new Date().toISOString().slice(0, 10),
    load: Math.round(loadavg()[0]! * 100) / 100,
  }
}
