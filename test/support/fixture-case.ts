import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Options a fixture case may set in its options.json. */
export interface FixtureOptions {
  /** Compose files in order; default `compose.yaml` plus `compose.override.yaml` when present. */
  files?: string[]
  environment?: Record<string, string>
  envFiles?: string[]
  profiles?: string[]
  projectName?: string
  /** Checker mode: default, strict or loose. */
  mode?: 'default' | 'strict' | 'loose'
  /** Per-code severity overrides. */
  severity?: Record<string, 'error' | 'warning' | 'info' | 'off'>
  /** Files of the case that no stage reads but that belong to it (e.g. secret sources). */
  inputs?: string[]
}

/** Every file of a case folder by its path relative to the folder. */
export function readCaseFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'))
    }
  }
  walk(dir)
  return files
}

/** The case's options.json, or defaults. */
export function caseOptions(files: ReadonlyMap<string, string>): FixtureOptions {
  const text = files.get('options.json')
  return text ? (JSON.parse(text) as FixtureOptions) : {}
}

/** The compose files a case loads. */
export function caseComposeFiles(files: ReadonlyMap<string, string>, options: FixtureOptions): string[] {
  if (options.files) return options.files
  return files.has('compose.override.yaml') ? ['compose.yaml', 'compose.override.yaml'] : ['compose.yaml']
}

/** A case's JSON Patch files (`*.patch.json`, `*.patch.yaml`), sorted by name: applied in that order. */
export function casePatchFiles(files: ReadonlyMap<string, string>): { path: string; text: string }[] {
  return [...files].filter(([path]) => /\.patch\.(json|ya?ml)$/.test(path)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, text]) => ({ path, text }))
}

/** A case's `ecs-params.yml`, when it has one. */
export function caseEcsParams(files: ReadonlyMap<string, string>): { path: string; text: string } | undefined {
  const text = files.get('ecs-params.yml')
  return text === undefined ? undefined : { path: 'ecs-params.yml', text }
}
