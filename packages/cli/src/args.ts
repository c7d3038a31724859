import { parseArgs } from 'node:util'
import { diagnosticCodes, diagnosticStages, didYouMean, type DiagnosticCode, type SeverityOverrides } from '@composeform/model'

/** A command line that could not be understood (exit code 2). */
export class UsageError extends Error {}

/** Options shared by every command, in docker compose's spelling. */
export interface CommonOptions {
  files: string[]
  envFiles: string[] | undefined
  profiles: string[] | undefined
  projectName: string | undefined
  projectDirectory: string | undefined
  format: string | undefined
  /** Output formats of `convert` (repeatable `--format`). */
  formats: string[]
  /** Directory `convert` writes its files to; stdout when absent. */
  outputDir: string | undefined
  diagnostics: 'text' | 'json' | 'sarif' | 'github'
  /** Template parameter values from `--param Key=Value`. */
  params: Record<string, string>
  /** `--severity CODE=LEVEL`: per-code severity changes (`off` drops the code). */
  severity: SeverityOverrides
  mode: 'default' | 'strict' | 'loose'
  /** RFC 6902 JSON Patch files for the template, in order (repeatable `--patch`). */
  patches: string[]
  /** An ecs-cli `ecs-params.yml` to map onto the project (`--ecs-params`). */
  ecsParams: string | undefined
  /** The deployed stack's template, to check the update against (`--previous`). */
  previous: string | undefined
  /** Show info diagnostics too. */
  verbose: boolean
  /** `check --security`: print the security review of the template. */
  security: boolean
  /** `convert --nested-stacks`: one nested stack per ECS service. */
  nestedStacks: boolean
  help: boolean
  version: boolean
}

// Docker compose's spelling, where it has the option.
const OPTIONS = {
  file: { type: 'string', short: 'f', multiple: true },
  'env-file': { type: 'string', multiple: true },
  profile: { type: 'string', multiple: true },
  'project-name': { type: 'string', short: 'p' },
  'project-directory': { type: 'string' },
  format: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  diagnostics: { type: 'string' },
  param: { type: 'string', multiple: true },
  severity: { type: 'string', multiple: true },
  patch: { type: 'string', multiple: true },
  'ecs-params': { type: 'string' },
  previous: { type: 'string' },
  strict: { type: 'boolean' },
  loose: { type: 'boolean' },
  verbose: { type: 'boolean' },
  security: { type: 'boolean' },
  'nested-stacks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Parses `argv` (without node and the script) into a command and its options. */
export function parseCommandLine(argv: readonly string[]): { command: string | undefined; options: CommonOptions; positionals: string[] } {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    })
  } catch (error) {
    const message = (error as Error).message
    const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)
    if (missing) throw new UsageError(`${missing[1]} needs a value`)
    const unknown = /^Unknown option '(-+)([^']*)'/.exec(message)
    if (!unknown) throw new UsageError(message)
    const suggestion = didYouMean(unknown[2]!, Object.keys(OPTIONS))
    throw new UsageError(`unknown option \`${unknown[1]}${unknown[2]}\`${suggestion ? `; did you mean \`--${suggestion}\`?` : ''}`)
  }
  const v = parsed.values
  const diagnostics = v.diagnostics ?? 'text'
  if (diagnostics !== 'text' && diagnostics !== 'json' && diagnostics !== 'sarif' && diagnostics !== 'github') {
    throw new UsageError(`--diagnostics must be text, json, sarif or github, not ${diagnostics}`)
  }
  const params: Record<string, string> = {}
  for (const param of v.param ?? []) {
    const eq = param.indexOf('=')
    if (eq <= 0) throw new UsageError(`--param takes Key=Value, not \`${param}\``)
    params[param.slice(0, eq)] = param.slice(eq + 1)
  }
  const severity: Record<string, string> = {}
  for (const entry of v.severity ?? []) {
    const [code = '', level = ''] = entry.split('=')
    if (!Object.hasOwn(diagnosticCodes, code)) throw new UsageError(`--severity takes CODE=LEVEL with a code of docs/diagnostics.md, not \`${entry}\``)
    if (!['error', 'warning', 'info', 'off'].includes(level)) throw new UsageError(`--severity ${code}= takes error, warning, info or off, not \`${level}\``)
    // Past a load error the project is not what its files say: what would be converted is a part of it, or nothing.
    if (level !== 'error' && diagnosticCodes[code as DiagnosticCode] === 'error' && diagnosticStages[code as DiagnosticCode] === 'load') {
      throw new UsageError(`--severity ${code}=${level}: ${code} means the project did not load as its files say, so it stays an error; fix the input instead`)
    }
    severity[code] = level
  }
  if (v.strict && v.loose) throw new UsageError('--strict and --loose cannot be used together')
  const [command, ...positionals] = parsed.positionals
  return {
    command,
    positionals,
    options: {
      files: v.file ?? [],
      envFiles: v['env-file'],
      profiles: v.profile,
      projectName: v['project-name'],
      projectDirectory: v['project-directory'],
      format: v.format?.[v.format.length - 1],
      formats: v.format ?? [],
      outputDir: v.output,
      diagnostics,
      params,
      severity: severity as SeverityOverrides,
      mode: v.strict ? 'strict' : v.loose ? 'loose' : 'default',
      patches: v.patch ?? [],
      ecsParams: v['ecs-params'],
      previous: v.previous,
      verbose: v.verbose ?? false,
      security: v.security ?? false,
      nestedStacks: v['nested-stacks'] ?? false,
      help: v.help ?? false,
      version: v.version ?? false,
    },
  }
}
