// Child process of bench/profile.ts, run under `node --cpu-prof`: the pipeline at N services,
// once to warm up, then `runs` times inside `measuredRegion`, which the analysis keys on.
// Afterwards it saves the source maps tsx made, so that positions map back to the .ts lines.
import { readdirSync, writeFileSync } from 'node:fs'
import { findSourceMap } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { convert } from 'composeform'
import { generateApp } from './generate.js'
import { convertOptions } from './pipeline.js'

const count = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 3)
const mapsFile = process.argv[4]
const app = generateApp(count)
const options = convertOptions(app, ['cfn-yaml'])
let kept: unknown = convert(options)

function measuredRegion(): void {
  for (let i = 0; i < runs; i++) kept = convert(options)
}

measuredRegion()
if (kept === undefined) process.exitCode = 1

if (mapsFile) {
  const root = join(import.meta.dirname, '..')
  const maps: Record<string, unknown> = {}
  for (const dir of [join(root, 'packages'), join(root, 'bench')]) {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.parentPath.includes('node_modules')) continue
      const url = pathToFileURL(join(entry.parentPath, entry.name)).href
      const map = findSourceMap(url)
      if (map) maps[url] = map.payload
    }
  }
  writeFileSync(mapsFile, JSON.stringify(maps))
}
