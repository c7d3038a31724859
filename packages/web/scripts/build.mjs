#!/usr/bin/env node
// Builds the playground into dist/: classic scripts (IIFEs, since Chromium refuses ES module
// scripts from file:// pages) — app.js, and yaml-reader.js, which app.js loads the first time
// a file needs the full YAML reader — index.html and styles.css. No server is needed: open
// dist/index.html from disk.
//
//   node scripts/build.mjs            writes dist/
//
// Tests import `buildPage` to build into a folder of their own.

import { copyFileSync, mkdirSync, realpathSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/** This package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url))
/** Where `pnpm build` writes the page. */
export const DIST_DIR = join(PACKAGE_DIR, 'dist')

/**
 * The esbuild options every bundle of the page's code uses: browser platform, minified, one
 * self-contained classic script. The workspace packages are bundled from their TypeScript
 * sources (the `source` export condition), so the page does not depend on their builds.
 */
export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  legalComments: 'eof',
  logLevel: 'silent',
})

const LOADER_FULL_YAML_READER = /packages\/model\/src\/yaml\/read-with-yaml\.ts$/

/**
 * Puts src/lazy-yaml-reader.ts in place of the loader's full YAML reader, so that app.js
 * carries the fast reader for plain block YAML but not `yaml`'s composer, which
 * yaml-reader.js brings when a file first needs it.
 */
export const fullYamlOnDemand = Object.freeze({
  name: 'full-yaml-on-demand',
  setup(build) {
    build.onResolve({ filter: /read-with-yaml\.js$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' })
      return LOADER_FULL_YAML_READER.test(resolved.path) ? { path: join(PACKAGE_DIR, 'src', 'lazy-yaml-reader.ts') } : resolved
    })
  },
})

/** The options of the page's own script, app.js, and of the parts measured in it. */
export const PAGE_BUNDLE_OPTIONS = Object.freeze({ ...BUNDLE_OPTIONS, plugins: [fullYamlOnDemand] })

/** The global name yaml-reader.js defines (src/lazy-yaml-reader.ts reads it). */
export const FULL_YAML_READER_GLOBAL = 'composeformYamlReader'

/**
 * Builds the page into `outDir` (emptied first): app.js, yaml-reader.js, index.html, styles.css.
 *
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ outDir: string, files: string[] }>}
 */
export async function buildPage({ outDir = DIST_DIR } = {}) {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  await build({ ...PAGE_BUNDLE_OPTIONS, entryPoints: [join(PACKAGE_DIR, 'src', 'main.ts')], outfile: join(outDir, 'app.js') })
  await build({ ...BUNDLE_OPTIONS, entryPoints: [join(PACKAGE_DIR, 'src', 'full-yaml-reader.ts')], outfile: join(outDir, 'yaml-reader.js'), globalName: FULL_YAML_READER_GLOBAL })
  for (const file of ['index.html', 'styles.css']) copyFileSync(join(PACKAGE_DIR, file), join(outDir, file))
  return { outDir, files: ['app.js', 'yaml-reader.js', 'index.html', 'styles.css'] }
}

function isMain() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMain()) {
  const { outDir, files } = await buildPage()
  console.log(`wrote ${files.map((f) => join(outDir, f)).join(', ')}`)
}
