// Bundles the built CLI (dist/main.js, the workspace packages and yaml) into one file,
// dist/composeform.js, which bin/composeform.js runs: resolving and loading some 200 modules
// was most of the command's start-up time. Run by `pnpm build` after `tsc --build`.
import { buildSync } from 'esbuild'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cli = join(dirname(fileURLToPath(import.meta.url)), '..')

buildSync({
  entryPoints: [join(cli, 'dist', 'main.js')],
  outfile: join(cli, 'dist', 'composeform.js'),
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // yaml is CommonJS and requires node's `process`; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __composeformRequire } from 'node:module'; const require = __composeformRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
})
