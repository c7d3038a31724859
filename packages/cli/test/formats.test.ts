import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Diagnostic } from '@composeform/model'
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { toGithubAnnotations } from '../src/formats/github-annotations.js'
import { toSarif } from '../src/formats/sarif.js'

const tool = { name: 'composeform', version: '0.1.0', informationUri: 'https://github.com/composeform/composeform' }

const invalidPort: Diagnostic = {
  code: 'INVALID_PORT',
  severity: 'error',
  message: 'Port "80:80:80/tcp" cannot be read: expected `[[ip:]host:]container[/protocol]`, got 3 parts.',
  path: ['services', 'web', 'ports', 0],
  location: { file: 'compose.yaml', start: { line: 12, column: 9, offset: 201 }, end: { line: 12, column: 25, offset: 217 } },
  hint: 'Write `"8080:80"`, or `"80/udp"` for UDP.',
  stage: 'load',
}
const obsoleteVersion: Diagnostic = {
  code: 'OBSOLETE_VERSION',
  severity: 'warning',
  message: 'The top-level `version` is obsolete and ignored.',
  path: ['version'],
  location: { file: 'compose.yaml', start: { line: 1, column: 1, offset: 0 } },
  stage: 'load',
}
const sizeRounded: Diagnostic = {
  code: 'FARGATE_SIZE_ROUNDED',
  severity: 'info',
  message: 'CPU 0.3, memory 600m: rounded up to 512 CPU units, 1024 MiB (170% of what was asked for).',
  path: ['services', 'api', 'deploy', 'resources', 'limits'],
  location: { file: 'deploy/prod,eu.yaml', start: { line: 5, column: 7, offset: 88 }, end: { line: 7, column: 1, offset: 131 } },
  hint: 'None needed;\r\nask for an exact Fargate size to avoid rounding.',
  stage: 'validate',
}
const noConfigFile: Diagnostic = {
  code: 'NO_CONFIG_FILE',
  severity: 'error',
  message: 'No compose file was found in /repo:\nlooked for compose.yaml, compose.yml, docker-compose.yaml.',
  path: [],
  hint: 'Pass `-f <file>`, or run composeform next to compose.yaml.',
  stage: 'load',
}
const all = [invalidPort, obsoleteVersion, sizeRounded, noConfigFile]

// --- GitHub annotations -------------------------------------------------------------------

test('github: one escaped workflow command per diagnostic, in sortDiagnostics order', () => {
  assert.is(
    toGithubAnnotations(all),
    [
      '::error title=NO_CONFIG_FILE::No compose file was found in /repo:%0Alooked for compose.yaml, compose.yml, docker-compose.yaml.%0AHint: Pass `-f <file>`, or run composeform next to compose.yaml.',
      '::warning file=compose.yaml,line=1,col=1,title=OBSOLETE_VERSION::The top-level `version` is obsolete and ignored.',
      '::error file=compose.yaml,line=12,col=9,endLine=12,endColumn=25,title=INVALID_PORT::Port "80:80:80/tcp" cannot be read: expected `[[ip:]host:]container[/protocol]`, got 3 parts.%0AHint: Write `"8080:80"`, or `"80/udp"` for UDP.',
      '::notice file=deploy/prod%2Ceu.yaml,line=5,endLine=7,title=FARGATE_SIZE_ROUNDED::CPU 0.3, memory 600m: rounded up to 512 CPU units, 1024 MiB (170%25 of what was asked for).%0AHint: None needed;%0D%0Aask for an exact Fargate size to avoid rounding.',
      '',
    ].join('\n'),
  )
})

test('github: properties escape %, CR, LF, colon and comma', () => {
  const d: Diagnostic = { ...obsoleteVersion, location: { file: 'C:\\proj\\100%\n,a.yaml', start: { line: 2, column: 3, offset: 9 } } }
  assert.is(toGithubAnnotations([d]), '::warning file=C%3A\\proj\\100%25%0A%2Ca.yaml,line=2,col=3,title=OBSOLETE_VERSION::The top-level `version` is obsolete and ignored.\n')
})

test('github: a message never breaks the line, whatever it contains', () => {
  const d: Diagnostic = { ...noConfigFile, message: 'a\r\nb\nc\rd %0A ::error:: e', hint: undefined }
  const out = toGithubAnnotations([d])
  assert.is(out, '::error title=NO_CONFIG_FILE::a%0D%0Ab%0Ac%0Dd %250A ::error:: e\n')
  assert.is(out.split('\n').length, 2)
})

test('github: no diagnostics give the empty string; output is deterministic', () => {
  assert.is(toGithubAnnotations([]), '')
  const once = toGithubAnnotations(all)
  assert.is(toGithubAnnotations([...all].reverse()), once)
  assert.is(toGithubAnnotations(all), once)
  assert.ok(once.endsWith('.\n') && !once.endsWith('\n\n'))
})

// --- SARIF --------------------------------------------------------------------------------

interface SarifRegion { startLine: number; startColumn: number; endLine?: number; endColumn?: number }
interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[]
  partialFingerprints: Record<string, string>
  properties: { path: string }
}
interface SarifRule {
  id: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  help: { text: string }
  defaultConfiguration: { level: string }
}
interface SarifLog {
  $schema: string
  version: string
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }; results: SarifResult[] }[]
}

interface Validate {
  (data: unknown): boolean
  errors?: unknown[] | null
}
interface AjvInstance {
  compile(schema: object): Validate
}

// ajv and ajv-formats check the SARIF output against its schema: development dependencies of the CLI.
const requireAjv = createRequire(import.meta.url)
const Ajv = (requireAjv('ajv') as { default: new (options: object) => AjvInstance }).default
const addFormats = (requireAjv('ajv-formats') as { default: (ajv: AjvInstance) => AjvInstance }).default

/**
 * The OASIS SARIF 2.1.0 (errata 01) schema, byte for byte as in oasis-tcs/sarif-spec
 * `sarif-2.1/schema/sarif-schema-2.1.0.json`. It is draft-04, which ajv 8 does not ship; its only
 * draft-04 idiom is the top-level `id`, so it is compiled as draft-07 with that renamed to `$id`.
 */
const validateSarif = (() => {
  const { $schema: _draft04, id, ...rest } = JSON.parse(readFileSync(new URL('fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>
  return addFormats(new Ajv({ allErrors: true })).compile({ $id: id, ...rest })
})()

function assertValidSarif(text: string): SarifLog {
  const log: unknown = JSON.parse(text)
  assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2))
  return log as SarifLog
}

function run(text: string) {
  const run = assertValidSarif(text).runs[0]
  if (!run) throw new Error('no run')
  return run
}

test('sarif: the log validates against the SARIF 2.1.0 schema', () => {
  const log = assertValidSarif(toSarif(all, tool))
  assert.is(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json')
  assert.is(log.version, '2.1.0')
  assert.is(log.runs.length, 1)
})

test('sarif: the schema check rejects what is not SARIF', () => {
  const log = JSON.parse(toSarif(all, tool)) as SarifLog
  const result = log.runs[0]?.results[0]
  if (!result) throw new Error('no result')
  result.level = 'info'
  assert.not.ok(validateSarif(log))
  assert.not.ok(validateSarif({ version: '2.1.0' }))
})

test('sarif: the driver lists one rule per code that occurs, sorted, from the catalog', () => {
  const { driver } = run(toSarif([...all, invalidPort], tool)).tool
  assert.is(driver.name, 'composeform')
  assert.is(driver.version, '0.1.0')
  assert.is(driver.informationUri, tool.informationUri)
  assert.equal(
    driver.rules.map((r) => r.id),
    ['FARGATE_SIZE_ROUNDED', 'INVALID_PORT', 'NO_CONFIG_FILE', 'OBSOLETE_VERSION'],
  )
  const rounded = driver.rules[0]
  assert.equal(rounded?.shortDescription, { text: 'The CPU and memory asked for were rounded up to the smallest Fargate size that fits.' })
  assert.equal(rounded?.fullDescription, rounded?.shortDescription)
  assert.is(rounded?.helpUri, 'https://github.com/composeform/composeform/blob/main/docs/diagnostics.md#fargate_size_rounded')
  assert.ok(rounded?.help.text.includes(rounded.helpUri))
  assert.equal(rounded?.defaultConfiguration, { level: 'note' })
  assert.equal(driver.rules[1]?.defaultConfiguration, { level: 'error' })
  assert.equal(driver.rules[3]?.defaultConfiguration, { level: 'warning' })
})

test('sarif: a trailing slash on informationUri does not double up in helpUri', () => {
  const { driver } = run(toSarif([obsoleteVersion], { ...tool, informationUri: 'https://example.com/cf/' })).tool
  assert.is(driver.rules[0]?.helpUri, 'https://example.com/cf/blob/main/docs/diagnostics.md#obsolete_version')
})

test('sarif: results carry rule, level, message with hint, location and compose path', () => {
  const { tool: t, results } = run(toSarif(all, tool))
  assert.equal(
    results.map((r) => [r.ruleId, r.level, r.properties.path]),
    [
      ['NO_CONFIG_FILE', 'error', ''],
      ['OBSOLETE_VERSION', 'warning', 'version'],
      ['INVALID_PORT', 'error', 'services.web.ports[0]'],
      ['FARGATE_SIZE_ROUNDED', 'note', 'services.api.deploy.resources.limits'],
    ],
  )
  for (const r of results) assert.is(t.driver.rules[r.ruleIndex]?.id, r.ruleId)
  const [missing, obsolete, port, rounded] = results
  assert.is(missing?.locations, undefined)
  assert.is(missing?.message.text, `${noConfigFile.message}\nHint: ${noConfigFile.hint}`)
  assert.is(obsolete?.message.text, obsoleteVersion.message)
  assert.equal(obsolete?.locations, [
    { physicalLocation: { artifactLocation: { uri: 'compose.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } },
  ])
  assert.equal(port?.locations?.[0]?.physicalLocation.region, { startLine: 12, startColumn: 9, endLine: 12, endColumn: 25 })
  assert.equal(rounded?.locations?.[0]?.physicalLocation, {
    artifactLocation: { uri: 'deploy/prod%2Ceu.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 5, startColumn: 7, endLine: 7, endColumn: 1 },
  })
  assert.is(rounded?.message.text, `${sizeRounded.message}\nHint: ${sizeRounded.hint}`)
})

test('sarif: file paths become valid URI references', () => {
  const at = (file: string): Diagnostic => ({ ...obsoleteVersion, location: { file, start: { line: 1, column: 1, offset: 0 } } })
  const files = ['./stacks/my app/compose.yaml', 'stacks\\win\\compose.yaml', '/srv/repo/compose #1.yaml', 'C:\\work\\compose.yaml', 'dir:x/100%.yaml']
  const { results } = run(toSarif(files.map(at), tool))
  assert.equal(
    results.map((r) => r.locations?.[0]?.physicalLocation.artifactLocation),
    // In sortDiagnostics order: by the file name as given.
    [
      { uri: 'stacks/my%20app/compose.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///srv/repo/compose%20%231.yaml' },
      { uri: 'file:///C:/work/compose.yaml' },
      { uri: 'dir%3Ax/100%25.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'stacks/win/compose.yaml', uriBaseId: '%SRCROOT%' },
    ],
  )
})

test('sarif: fingerprints hash code, file and compose path, so they survive moved lines', () => {
  const fingerprint = (d: Diagnostic) => run(toSarif([d], tool)).results[0]?.partialFingerprints['primaryLocationLineHash']
  const moved: Diagnostic = { ...invalidPort, message: 'Reworded.', location: { file: 'compose.yaml', start: { line: 40, column: 3, offset: 900 } } }
  assert.match(fingerprint(invalidPort) ?? '', /^[0-9a-f]{16}:1$/)
  assert.is(fingerprint(moved), fingerprint(invalidPort))
  assert.is.not(fingerprint({ ...invalidPort, path: ['services', 'web', 'ports', 1] }), fingerprint(invalidPort))
  assert.is.not(fingerprint({ ...invalidPort, code: 'PORT_RANGE_UNSUPPORTED' }), fingerprint(invalidPort))
  assert.is.not(fingerprint({ ...invalidPort, location: { ...invalidPort.location!, file: 'other.yaml' } }), fingerprint(invalidPort))
  const twice = run(toSarif([invalidPort, moved], tool)).results.map((r) => r.partialFingerprints['primaryLocationLineHash'])
  const hash = fingerprint(invalidPort)?.slice(0, 16)
  assert.equal(twice, [`${hash}:1`, `${hash}:2`])
})

test('sarif: no diagnostics give a valid, empty run', () => {
  const r = run(toSarif([], tool))
  assert.equal(r.tool.driver.rules, [])
  assert.equal(r.results, [])
})

test('sarif: output is deterministic, two-space JSON with one trailing newline', () => {
  const once = toSarif(all, tool)
  assert.is(toSarif(all, tool), once)
  assert.is(toSarif([...all].reverse(), tool), once)
  assert.is(once, JSON.stringify(JSON.parse(once), null, 2) + '\n')
})

test.run()
