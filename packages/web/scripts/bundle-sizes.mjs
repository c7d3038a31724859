// Measures the playground's bundles: the conversion core, the editor, the diagram renderer and
// the whole page, each bundled as the page bundles it (minified IIFE, browser platform), then
// gzipped with node's zlib (level 9). Used by test/web-bundle-budget.test.ts and by
// `pnpm bench:bundle` (scripts/bench-bundle.mjs).

import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { BUNDLE_OPTIONS, FULL_YAML_READER_GLOBAL, PACKAGE_DIR, PAGE_BUNDLE_OPTIONS } from './build.mjs'

/**
 * The most the conversion core may weigh, minified and gzipped, in bytes: issue 7's 120 KB,
 * read as 120 000 bytes (the stricter of KB and KiB).
 */
export const CORE_BUDGET_BYTES = 120_000

const src = (file) => join(PACKAGE_DIR, 'src', file)

/** The parts measured: what each holds, and the module it is bundled from. */
export const PARTS = Object.freeze([
  // Bundled with the page's options (PAGE_BUNDLE_OPTIONS) unless a part says otherwise.
  { name: 'core', what: 'conversion: the `composeform` facade (`convertCompose`), the fast reader for plain block YAML and the emitters the page runs (src/conversion.ts)', contents: `export { convertPage } from ${JSON.stringify(src('conversion.ts'))}` },
  {
    name: 'yaml-reader',
    what: "the full YAML reader (`yaml`'s composer), yaml-reader.js, which the page loads the first time a file is more than plain block YAML (src/full-yaml-reader.ts)",
    contents: `export { parseWithYaml } from ${JSON.stringify(src('full-yaml-reader.ts'))}`,
    options: { ...BUNDLE_OPTIONS, globalName: FULL_YAML_READER_GLOBAL },
  },
  { name: 'editor', what: 'CodeMirror 6 with YAML highlighting (src/editor.ts)', contents: `export { createFilesEditor } from ${JSON.stringify(src('editor.ts'))}` },
  {
    name: 'diagram',
    what: 'dagre layout, the SVG drawing and the Mermaid source (src/diagram-*.ts)',
    contents: [
      `export { toDiagram } from ${JSON.stringify(src('diagram-model.ts'))}`,
      `export { placeDiagram } from ${JSON.stringify(src('diagram-layout.ts'))}`,
      `export { drawDiagram, svgText } from ${JSON.stringify(src('diagram-svg.ts'))}`,
      `export { mermaidFile } from ${JSON.stringify(src('diagram-mermaid.ts'))}`,
    ].join('\n'),
  },
  { name: 'page', what: 'the whole page script, dist/app.js (src/main.ts)', contents: `import ${JSON.stringify(src('main.ts'))}` },
])

/** Where an input file comes from: an npm package, a generated validator, or a workspace package. */
function sourceOf(file) {
  const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)
  if (inPackage) return inPackage[1]
  const workspace = /packages\/([^/]+)\/src\/(generated\/)?/.exec(file)
  if (workspace) return workspace[2] ? `${workspace[1]} (generated validators)` : workspace[1]
  // The measured part's own entry module (esbuild's stdin) sits in packages/web.
  return /packages\/([^/]+)\//.exec(file)?.[1] ?? file
}

/**
 * Bundles each part and returns its sizes in bytes, minified and minified + gzipped. The
 * parts' exports are kept (a global name), so nothing they offer is shaken out.
 *
 * `sources` gives the minified bytes each package (or generated validator) adds.
 *
 * @returns {Promise<{ name: string, what: string, min: number, gzip: number, code: string, sources: Record<string, number> }[]>}
 */
export async function measureBundles() {
  const sizes = []
  for (const part of PARTS) {
    const result = await build({
      globalName: 'measured',
      ...(part.options ?? PAGE_BUNDLE_OPTIONS),
      stdin: { contents: part.contents, resolveDir: PACKAGE_DIR, loader: 'ts', sourcefile: `${part.name}.ts` },
      write: false,
      metafile: true,
    })
    const bytes = result.outputFiles[0].contents
    const inputs = Object.values(result.metafile.outputs)[0].inputs
    const sources = {}
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) sources[sourceOf(file)] = (sources[sourceOf(file)] ?? 0) + bytesInOutput
    sizes.push({ name: part.name, what: part.what, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, code: result.outputFiles[0].text, sources })
  }
  return sizes
}
