import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { SourceMapPayload } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyseProfile, type CpuProfile, type ProfileAnalysis } from './cpu-profile.js'

/** A CPU profile of the whole pipeline and how it was taken. */
export interface PipelineProfile extends ProfileAnalysis {
  services: number
  runs: number
  intervalUs: number
  command: string
}

/**
 * Profiles `convert()` at `services` services with `node --cpu-prof` in a child process (so
 * the measurements in this one are undisturbed) and analyses the main thread's profile.
 */
export function profilePipeline(root: string, services: number, runs: number, intervalUs = 250): PipelineProfile {
  const dir = mkdtempSync(join(tmpdir(), 'composeform-prof-'))
  try {
    const mapsFile = join(dir, 'sourcemaps.json')
    const args = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', String(intervalUs), '--conditions=source', '--import', 'tsx', join('bench', 'profile-target.ts'), String(services), String(runs), mapsFile]
    const env = { ...process.env }
    delete env.NODE_OPTIONS
    const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
    if (result.status !== 0) throw new Error(`profiling failed with exit code ${result.status}`)
    const maps = JSON.parse(readFileSync(mapsFile, 'utf8')) as Record<string, SourceMapPayload>
    const profiles = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile)
    // tsx's loader runs on its own thread, which writes a second profile; take the main one.
    const main = profiles.find((p) => p.nodes.some((n) => n.callFrame.functionName === 'measuredRegion'))
    if (!main) throw new Error('no profile contains measuredRegion')
    const command = `node ${args.map((a) => (a === dir || a === mapsFile ? '<tmp>' : a)).join(' ')}`
    return { services, runs, intervalUs, command, ...analyseProfile(main, 'measuredRegion', root, maps) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
