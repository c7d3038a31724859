#!/usr/bin/env node
// `pnpm bench:bundle`: measures the playground's bundles (scripts/bundle-sizes.mjs) and writes
// them into BENCHMARKS.md between `<!-- bundle:start -->` and `<!-- bundle:end -->`, appending
// the section at the end of the file the first time. Nothing else in the file is touched.

import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { version as esbuildVersion } from 'esbuild'
import { PACKAGE_DIR } from './build.mjs'
import { CORE_BUDGET_BYTES, measureBundles } from './bundle-sizes.mjs'

const BENCHMARKS = join(PACKAGE_DIR, '..', '..', 'BENCHMARKS.md')
const START = '<!-- bundle:start -->'
const END = '<!-- bundle:end -->'
const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'))

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const size = (bytes) => `${kib(bytes)} (${bytes.toLocaleString('en-US')} B)`
// The pinned versions this package depends on.
const version = (name) => manifest.dependencies[name]

function section(sizes) {
  const byName = Object.fromEntries(sizes.map((s) => [s.name, s]))
  const parts = ['core', 'yaml-reader', 'editor', 'diagram'].map((name) => byName[name])
  const page = byName.page
  const statics = ['index.html', 'styles.css'].map((file) => {
    const text = readFileSync(join(PACKAGE_DIR, file))
    return { file, min: statSync(join(PACKAGE_DIR, file)).size, gzip: gzipSync(text, { level: 9 }).length }
  })
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0)
  const rows = [
    ...parts.map((p) => `| ${p.name} | ${p.what} | ${size(p.min)} | ${size(p.gzip)} |`),
    `| parts' sum | core + yaml-reader + editor + diagram, each bundled alone | ${size(sum(parts, 'min'))} | ${size(sum(parts, 'gzip'))} |`,
    `| page, first load | ${page.what}, plus ${statics.map((s) => s.file).join(' and ')} as written (not minified) | ${size(page.min + sum(statics, 'min'))} | ${size(page.gzip + sum(statics, 'gzip'))} |`,
    `| **page total** | the first load plus yaml-reader.js, which it fetches from disk the first time a file needs the full YAML reader | **${size(page.min + byName['yaml-reader'].min + sum(statics, 'min'))}** | **${size(page.gzip + byName['yaml-reader'].gzip + sum(statics, 'gzip'))}** |`,
  ]
  return [
    START,
    '## pnpm bench:bundle',
    '',
    '_Written by `pnpm bench:bundle` (packages/web/scripts/bench-bundle.mjs); do not edit between the markers, re-run it._',
    '',
    `The playground (\`packages/web\`) in parts. Each part is bundled as the page bundles it: esbuild ${esbuildVersion}, \`bundle\`, \`minify\`, \`format: 'iife'\`, \`platform: 'browser'\`, \`target: 'es2022'\`, the workspace packages from their sources; then gzipped with node ${process.version}'s zlib at level 9. 1 KiB = 1024 B. Libraries: CodeMirror (@codemirror/view ${version('@codemirror/view')}, state ${version('@codemirror/state')}, lang-yaml ${version('@codemirror/lang-yaml')}), @dagrejs/dagre ${version('@dagrejs/dagre')}.`,
    '',
    '| part | what | min | min+gzip |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Where the core's ${kib(byName.core.min)} (minified) come from: ${Object.entries(byName.core.sources).sort(([, a], [, b]) => b - a).map(([name, bytes]) => `${name} ${kib(bytes)}`).join(', ')}.`,
    '',
    `Budget, checked by \`test/web-bundle-budget.test.ts\` in \`pnpm test\`: core at most ${CORE_BUDGET_BYTES.toLocaleString('en-US')} B (issue 7's 120 KB) min+gzip; now ${size(byName.core.gzip)}. The core reads plain block YAML (what nearly every compose file is) with the loader's fast reader; for anything else (anchors, flow mappings, block scalars, tags, several documents) the page loads yaml-reader.js, the loader's full reader, once. Node and the CLI run the same two readers in one bundle. The parts share nothing but a few helpers, so the page is about their sum.`,
    END,
  ].join('\n')
}

const sizes = await measureBundles()
const text = readFileSync(BENCHMARKS, 'utf8')
const start = text.indexOf(START)
const end = text.indexOf(END)
const next = start >= 0 && end > start
  ? text.slice(0, start) + section(sizes) + text.slice(end + END.length)
  : `${text.replace(/\n*$/, '\n\n')}${section(sizes)}\n`
writeFileSync(BENCHMARKS, next)
console.log(`wrote the bundle section of ${BENCHMARKS}`)
for (const s of sizes) console.log(`${s.name.padEnd(8)} ${kib(s.min).padStart(12)} min ${kib(s.gzip).padStart(11)} min+gzip`)
