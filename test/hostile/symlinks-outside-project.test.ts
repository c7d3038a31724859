// Symbolic links committed to a repository pass the textual `..` check; the node host follows
// them to their real paths and the loader refuses those outside the project.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { nodeHost } from '@composeform/cli'
import { convert, type ConvertOptions, type ConvertResult } from 'composeform'
import { describe, errorCodes } from './support/run-bounded.js'

const web = 'services:\n  web:\n    image: nginx\n'

/**
 * A temporary directory with `outside/` (a secret env file and a compose file) and `project/`,
 * whose files are written from `files` and whose links come from `links` (link → target,
 * relative to the link's directory). Runs convert from `project/` (or `cwd`) through the node host.
 */
function run(files: Record<string, string>, links: Record<string, string>, options: Omit<ConvertOptions, 'host'> = {}, cwd = 'project'): ConvertResult {
  const root = mkdtempSync(join(tmpdir(), 'composeform-links-'))
  try {
    const all = { 'outside/secret.env': 'LEAKED=secret\n', 'outside/base.yaml': 'services:\n  stolen:\n    image: nginx\n    environment: {LEAKED: secret}\n', ...files }
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    for (const [link, target] of Object.entries(links)) {
      mkdirSync(dirname(join(root, link)), { recursive: true })
      symlinkSync(target, join(root, link))
    }
    return convert({ emit: ['cfn-json'], ...options, host: nodeHost(join(root, cwd)) })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function expectRefused(result: ConvertResult, count = 1): void {
  assert.equal(errorCodes(result), Array(count).fill('PATH_OUTSIDE_PROJECT'), describe(result))
  assert.not.match(JSON.stringify(result.project.model), /LEAKED|stolen/, 'content behind a refused link reached the model')
  assert.not.match(result.files.map((f) => f.contents).join('\n'), /LEAKED|stolen/)
}

test('an `env_file` that is a link to a file outside the project is refused at the `env_file` entry', () => {
  const result = run({ 'project/compose.yaml': web + '    env_file: [app.env]\n' }, { 'project/app.env': '../outside/secret.env' })
  expectRefused(result)
  const d = result.diagnostics.find((x) => x.code === 'PATH_OUTSIDE_PROJECT')!
  assert.match(d.message, /`app\.env` is a symbolic link to a file outside the project directory/)
  assert.equal(d.path, ['services', 'web', 'env_file', 0])
  assert.equal(d.location?.file, 'compose.yaml')
  assert.is(d.location?.start.line, 4)
  assert.ok(d.hint)
})

test('an absolute link target is refused too', () => {
  const result = run({ 'project/compose.yaml': web + '    env_file: app.env\n' }, { 'project/app.env': '/etc/passwd' })
  expectRefused(result)
})

test('`extends.file` and `include` through links to files outside are refused where they are written', () => {
  const extended = run({ 'project/compose.yaml': 'services:\n  web:\n    extends: {file: base.yaml, service: stolen}\n' }, { 'project/base.yaml': '../outside/base.yaml' })
  expectRefused(extended)
  assert.equal(extended.diagnostics.find((d) => d.code === 'PATH_OUTSIDE_PROJECT')?.path, ['services', 'web', 'extends', 'file'])
  const included = run({ 'project/compose.yaml': 'include: [lib/base.yaml]\n' + web }, { 'project/lib/base.yaml': '../../outside/base.yaml' })
  expectRefused(included)
  assert.is(included.diagnostics.find((d) => d.code === 'PATH_OUTSIDE_PROJECT')?.location?.start.line, 1)
})

test('a linked directory leading out of the project is seen through', () => {
  const result = run({ 'project/compose.yaml': web + '    env_file: [config/secret.env]\n' }, { 'project/config': '../outside' })
  expectRefused(result)
})

test('the project’s own `.env` may not be a link out of the project either', () => {
  const result = run({ 'project/compose.yaml': 'services:\n  web:\n    image: nginx\n    environment: {X: "${LEAKED:-none}"}\n' }, { 'project/.env': '../outside/secret.env' })
  expectRefused(result)
})

test('links that stay inside the project are followed, and the project may itself be reached through a link', () => {
  const files = { 'project/compose.yaml': web + '    env_file: [app.env]\n', 'project/env/real.env': 'OK=1\n' }
  const inside = run(files, { 'project/app.env': 'env/real.env' })
  assert.equal(errorCodes(inside), [], describe(inside))
  assert.is(inside.project.model.services['web']?.environment?.['OK'], '1')
  const viaLink = run(files, { 'project/app.env': 'env/real.env', 'alias': 'project' }, {}, 'alias')
  assert.equal(errorCodes(viaLink), [], describe(viaLink))
})

test('files named by the caller (`-f`, `--env-file`) are trusted wherever their links lead', () => {
  const result = run({ 'project/other.yaml': 'services: {x: {image: nginx}}\n' }, { 'project/compose.yaml': '../outside/base.yaml', 'project/prod.env': '../outside/secret.env' }, { envFiles: ['prod.env'] })
  assert.equal(errorCodes(result), [], describe(result))
  assert.ok(result.project.model.services['stolen'])
})

test('a dangling link is a missing file, not an escape', () => {
  const result = run({ 'project/compose.yaml': web + '    env_file: [app.env]\n' }, { 'project/app.env': '../outside/nothing.env' })
  assert.equal(errorCodes(result), ['FILE_NOT_FOUND'], describe(result))
})

test.run()
