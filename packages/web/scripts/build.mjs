#!/usr/bin/env node
// Builds the playground into dist/: one classic script (an IIFE, since Chromium refuses ES
// module scripts from file:// pages), index.html and styles.css. No server is needed: open
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

/**
 * Builds the page into `outDir` (emptied first): app.js, index.html, styles.css.
 *
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ outDir: string, files: string[] }>}
 */
export async function buildPage({ outDir = DIST_DIR } = {}) {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  await build({ ...BUNDLE_OPTIONS, entryPoints: [join(PACKAGE_DIR, 'src', 'main.ts')], outfile: join(outDir, 'app.js') })
  for (const file of ['index.html', 'styles.css']) copyFileSync(join(PACKAGE_DIR, file), join(outDir, file))
  return { outDir, files: ['app.js', 'index.html', 'styles.css'] }
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
