import { diagnosticCodes, diagnosticTitles, formatPath, sortDiagnostics } from '@composeform/model'
import type { Diagnostic, DiagnosticCode, Location, Severity } from '@composeform/model'

/** The tool a SARIF log names as the producer of its results. */
export interface SarifTool {
  name: string
  version: string
  /** The project's home page, e.g. `https://github.com/owner/composeform`; rule help links hang off it. */
  informationUri: string
}

type SarifLevel = 'error' | 'warning' | 'note'

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

interface Region {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  locations?: { physicalLocation: { artifactLocation: ArtifactLocation; region: Region } }[]
  partialFingerprints: Record<string, string>
  properties: { path: string }
}

const levels: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' }
const SRCROOT = '%SRCROOT%'

/**
 * Renders diagnostics as a SARIF 2.1.0 log (one run) for GitHub code scanning and other SARIF
 * viewers. Rules are the codes that occur, sorted; results follow `sortDiagnostics`, so the same
 * diagnostics always give the same text. Relative file paths are relative to `%SRCROOT%`, the
 * directory composeform ran in (the repository root in CI).
 *
 * Diagnostics without a location (e.g. `NO_CONFIG_FILE`) become results without `locations`.
 * SARIF allows that, but GitHub code scanning drops such results (it needs a file to annotate);
 * their compose path is still in `properties.path`, which every result carries.
 */
export function toSarif(diagnostics: readonly Diagnostic[], tool: SarifTool): string {
  const sorted = sortDiagnostics(diagnostics)
  const codes = [...new Set(sorted.map((d) => d.code))].sort()
  const ruleIndex = new Map(codes.map((code, i) => [code, i]))
  const docs = `${tool.informationUri.replace(/\/+$/, '')}/blob/main/docs/diagnostics.md`
  const seen = new Map<string, number>()
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules: codes.map((code) => rule(code, docs)) },
        },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The directory composeform ran in; relative compose file paths are relative to it.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: sorted.map((d): SarifResult => {
          const artifact = d.location ? artifactLocation(d.location.file) : undefined
          const hash = fnv1a64(`${d.code}\0${artifact?.uri ?? ''}\0${formatPath(d.path)}`)
          // Same code on the same path twice: number them, as GitHub's own line hashes do.
          const nth = (seen.get(hash) ?? 0) + 1
          seen.set(hash, nth)
          return {
            ruleId: d.code,
            ruleIndex: ruleIndex.get(d.code) ?? 0,
            level: levels[d.severity],
            // Code scanning shows only the message, so the hint rides along in it.
            message: { text: d.hint ? `${d.message}\nHint: ${d.hint}` : d.message },
            ...(d.location && artifact ? { locations: [{ physicalLocation: { artifactLocation: artifact, region: region(d.location) } }] } : {}),
            // Code scanning tracks alerts by `primaryLocationLineHash` only; a hash of the compose
            // path survives edits that move lines, which a hash of the line text would not.
            partialFingerprints: { primaryLocationLineHash: `${hash}:${nth}` },
            properties: { path: formatPath(d.path) },
          }
        }),
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function rule(code: DiagnosticCode, docs: string) {
  const info = { severity: diagnosticCodes[code], title: diagnosticTitles[code] }
  const helpUri = `${docs}#${code.toLowerCase()}`
  return {
    id: code,
    // GitHub code scanning requires a full description and help text as well as the short one.
    shortDescription: { text: info.title },
    fullDescription: { text: info.title },
    helpUri,
    help: { text: `${info.title}\nSee ${helpUri}`, markdown: `${info.title}\n\nSee [${code}](${helpUri}).` },
    defaultConfiguration: { level: levels[info.severity] },
  }
}

function region(location: Location): Region {
  const { start, end } = location
  return end
    ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
    : { startLine: start.line, startColumn: start.column }
}

/**
 * The file as a URI reference: relative paths stay relative (to `%SRCROOT%`), absolute ones
 * become `file:` URIs. Segments are percent-encoded so spaces, `#` or `%` keep it a valid URI.
 */
function artifactLocation(file: string): ArtifactLocation {
  const slashed = file.replace(/\\/g, '/')
  const drive = /^[A-Za-z]:\//.test(slashed)
  const segments = slashed.split('/').map((s, i) => (drive && i === 0 ? s : encodeURIComponent(s)))
  if (drive) return { uri: `file:///${segments.join('/')}` }
  if (slashed.startsWith('/')) return { uri: `file://${segments.join('/')}` }
  while (segments[0] === '.') segments.shift()
  return { uri: segments.join('/'), uriBaseId: SRCROOT }
}

/** 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte)
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}
