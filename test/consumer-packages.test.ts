// The packed tarballs work for a consumer: installed into a fresh project, imported from plain
// Node ESM, and type-checked from TypeScript.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'

const root = join(import.meta.dirname, '..')
const packages = ['model', 'validate', 'convert', 'emit-cfn', 'emit-json', 'composeform']

test('the packed packages install into a fresh project and work from Node ESM and TypeScript', () => {
  const work = mkdtempSync(join(tmpdir(), 'composeform-consumer-'))
  const tarballs = join(work, 'tarballs')
  for (const name of packages) {
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', name), stdio: 'pipe' })
  }
  const files = readdirSync(tarballs)
  const tarball = (prefix: string) => `file:${join(tarballs, files.find((f) => f.startsWith(prefix))!)}`
  const app = join(work, 'app')
  execFileSync('mkdir', ['-p', app])
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { composeform: tarball('composeform-0') },
      pnpm: {
        overrides: Object.fromEntries(
          ['model', 'validate', 'convert', 'emit-cfn', 'emit-json'].map((p) => [`@composeform/${p}`, tarball(`composeform-${p}-`)]),
        ),
      },
    }),
  )
  execFileSync('pnpm', ['install', '--prefer-offline', '--ignore-workspace'], { cwd: app, stdio: 'pipe' })
  writeFileSync(
    join(app, 'main.mjs'),
    `import { convert } from 'composeform'
const { files, diagnostics } = convert({ sources: { 'compose.yaml': 'services:\\n  web:\\n    image: nginx\\n    ports: ["80:8080"]\\n' }, emit: ['cfn-json'] })
if (diagnostics.some((d) => d.severity === 'error')) throw new Error('errors')
process.stdout.write(JSON.parse(files[0].contents).Resources.WebService.Type)
`,
  )
  assert.is(execFileSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8' }), 'AWS::ECS::Service')
  writeFileSync(
    join(app, 'main.ts'),
    `import { convert, type ConvertResult, type Diagnostic } from 'composeform'
const result: ConvertResult = convert({ sources: { 'compose.yaml': 'services: {}\\n' } })
const first: Diagnostic | undefined = result.diagnostics[0]
export const code: string | undefined = first?.code
`,
  )
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['main.ts'] }),
  )
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, stdio: 'pipe' })
})

test.run()
