// The playground in a real browser (Debian's Chromium through playwright-core): opened from a
// file:// URL under its strict Content-Security-Policy, edited, its diagnostics clicked, its
// template downloaded and compared byte for byte with what the CLI writes for the same files.
// DOM types, for the functions that run in the page:
/// <reference lib="dom" />
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { buildPage } from '../packages/web/scripts/build.mjs'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'packages', 'cli', 'bin', 'composeform.js')
const artifacts = join(root, 'test-artifacts')
const CHROMIUM = '/usr/bin/chromium'
// The closed network here refuses Chromium's background connections; these keep it quiet.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const files = {
  'compose.yaml': 'name: e2e\nservices:\n  web:\n    image: nginx:${TAG}\n    env_file: app.env\n    ports:\n      - "80:80"\n    hostname: web.internal\n  cache:\n    image: redis:7\n',
  'compose.override.yaml': 'services:\n  web:\n    environment:\n      MODE: production\n',
  '.env': 'TAG=1.27\n',
  'app.env': 'GREETING=hello\n',
}
const hostnameLine = files['compose.yaml'].split('\n').findIndex((line) => line.includes('hostname:')) + 1

let browser: Browser
let page: Page
const problems: string[] = []

test.before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install --no-install-recommends chromium (.ci/run does)`)
  const { outDir } = await buildPage({ outDir: mkdtempSync(join(tmpdir(), 'composeform-web-')) })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } })
  page = await context.newPage()
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('blob:')) problems.push(`network request: ${request.url()}`)
  })
  await page.goto(pathToFileURL(join(outDir, 'index.html')).href)
})

test.after(async () => {
  await browser?.close()
})

async function conversions(): Promise<number> {
  return Number((await page.getAttribute('body', 'data-conversions')) ?? 0)
}

// A paste as the clipboard delivers it. (Playwright's insertText goes through Chromium's own
// contenteditable editing, which writes style attributes that the page's CSP rightly blocks.)
async function pasteFile(name: string, text: string): Promise<void> {
  await page.click(`#file-tabs [data-tab="${name}"]`)
  await page.click('#editor .cm-content')
  await page.keyboard.press('Control+A')
  await page.locator('#editor .cm-content').evaluate((content, pasted) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', pasted)
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, text)
}

test('the page opens from a file URL and converts its sample', async () => {
  await page.waitForSelector('body[data-conversions="1"]')
  assert.match(await page.textContent('[data-file="template.yaml"]') ?? '', /^AWSTemplateFormatVersion: "2010-09-09"/)
  const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? ''
  assert.match(policy, "script-src 'self';")
  assert.not.match(policy, 'unsafe')
  assert.is(await page.evaluate(() => 'composeformYamlReader' in globalThis), false, 'plain block YAML needs no full reader')
  assert.equal(problems, [])
})

test('typing compose files converts them live, with a positioned diagnostic', async () => {
  const before = await conversions()
  await pasteFile('compose.override.yaml', files['compose.override.yaml'])
  await pasteFile('.env', files['.env'])
  page.once('dialog', (dialog) => void dialog.accept('./app.env'))
  await page.click('#file-tabs .add-file')
  await pasteFile('app.env', files['app.env'])
  // The last letter of the project name is typed, key by key.
  await pasteFile('compose.yaml', files['compose.yaml'].replace('name: e2e', 'name: e2'))
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('End')
  await page.keyboard.type('e')
  await page.waitForFunction((n) => Number(document.body.dataset.conversions) > n, before)
  await page.waitForFunction(() => document.querySelector('[data-file="template.yaml"]')?.textContent?.includes('project e2e on'))
  const template = (await page.textContent('[data-file="template.yaml"]')) ?? ''
  assert.match(template, 'WebService:')
  assert.match(template, 'nginx:1.27', 'the .env is read')
  assert.match(template, 'production', 'the override is merged')
  assert.match(template, 'GREETING', 'the added env_file is read')
  const position = page.locator('li[data-code="UNSUPPORTED_ATTRIBUTE"] button.position')
  assert.is(await position.textContent(), `compose.yaml:${hostnameLine}:5`)
  assert.is(await page.locator('#editor .cm-diagnostic-warning').textContent(), 'hostname', 'underlined in the editor')
})

test('clicking a diagnostic selects the offending text in the editor', async () => {
  await page.click('#file-tabs [data-tab=".env"]')
  await page.click('li[data-code="UNSUPPORTED_ATTRIBUTE"] button.position')
  // The editor lives in a shadow root; Chromium gives a shadow root its own getSelection.
  const selected = await page.evaluate(() => (document.getElementById('editor')!.shadowRoot as ShadowRoot & { getSelection(): Selection }).getSelection().toString())
  assert.is(selected, 'hostname')
  assert.is(await page.getAttribute('#file-tabs [data-tab="compose.yaml"]', 'aria-selected'), 'true')
})

test('the downloaded template is byte for byte what the CLI writes', async () => {
  await page.click('#output-tabs [data-tab="cfn-yaml"]')
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="template.yaml"]')])
  assert.is(download.suggestedFilename(), 'template.yaml')
  const downloaded = readFileSync((await download.path())!, 'utf8')

  const dir = mkdtempSync(join(tmpdir(), 'composeform-web-cli-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const run = spawnSync(process.execPath, [cli, 'convert', '-f', 'compose.yaml', '-f', 'compose.override.yaml'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
  assert.is(run.status, 0, run.stderr)
  assert.ok(downloaded.length > 1000)
  assert.ok(downloaded === run.stdout, 'the page and the CLI differ')
})

test('the ECS tab has a task definition per service', async () => {
  await page.click('#output-tabs [data-tab="ecs"]')
  const taskdef = JSON.parse((await page.textContent('[data-file="ecs/web.taskdef.json"]')) ?? '{}')
  assert.is(taskdef.family, 'e2e-web')
  assert.ok(await page.locator('[data-file="ecs/cache.taskdef.json"]').count() === 1)
})

test('the diagram tab draws every resource, with no CSP violation anywhere', async () => {
  await page.click('#output-tabs [data-tab="diagram"]')
  await page.waitForSelector('.diagram svg [data-node="WebService"]')
  assert.ok(await page.locator('.diagram svg [data-node="CacheService"]').count() === 1)
  mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: join(artifacts, 'web-e2e.png'), fullPage: true })
  assert.ok(existsSync(join(artifacts, 'web-e2e.png')))
  assert.equal(problems, [])
})

test('a file beyond plain block YAML loads the full reader once, then converts', async () => {
  const before = await conversions()
  const anchored = 'name: e2e\nx-cache: &cache\n  image: redis:7\nservices:\n  web:\n    image: nginx:1.27\n    command: |\n      echo hello\n  cache:\n    <<: *cache\n'
  await page.click('#output-tabs [data-tab="cfn-yaml"]')
  await pasteFile('compose.yaml', anchored)
  await page.waitForFunction((n) => Number(document.body.dataset.conversions) > n, before)
  await page.waitForFunction(() => document.querySelector('[data-file="template.yaml"]')?.textContent?.includes('redis:7'))
  assert.match((await page.textContent('[data-file="template.yaml"]')) ?? '', /- echo\n\s+- hello\n/, 'the block scalar is read')
  assert.ok(await page.evaluate(() => 'composeformYamlReader' in globalThis))
  assert.is(await page.locator('script[src="yaml-reader.js"]').count(), 1)
  assert.equal(problems, [])
})

test('the policy is enforced and a violation would be noticed', async () => {
  // DevTools' own evaluation is exempt from the policy, so the page is made to load a script
  // that is not its own, and to evaluate a string; both must be refused and reported.
  problems.length = 0
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.src = 'data:text/javascript,document.body.dataset.injected="ran"'
    document.head.append(script)
    setTimeout('document.body.dataset.evaluated = "ran"', 0)
  })
  for (let waited = 0; waited < 5000 && problems.filter((p) => p.startsWith('CSP violation')).length < 2; waited += 50) await page.waitForTimeout(50)
  assert.is(await page.getAttribute('body', 'data-injected'), null)
  assert.is(await page.getAttribute('body', 'data-evaluated'), null)
  assert.ok(problems.includes('CSP violation: script-src-elem data'), problems.join('\n'))
  assert.ok(problems.includes('CSP violation: script-src eval'), problems.join('\n'))
})

test.run()
