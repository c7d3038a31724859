import { hasErrors, sortDiagnostics, type Diagnostic } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { parseCommandLine, UsageError, type CommonOptions } from './args.js'
import { renderConfig } from './commands/config.js'
import { formatDiagnosticsText } from './format-diagnostics.js'
import type { CliIo } from './io.js'
import { loadFromCli } from './load-from-cli.js'
import { version } from './version.js'

const usage = `Usage: composeform <command> [options]

Turns a Docker Compose application into an AWS ECS/Fargate deployment, offline.

Commands:
  config    Print the normalised compose application (like \`docker compose config\`)
  check     Report what ECS/Fargate can and cannot run, with positions and hints

Options:
  -f, --file FILE             Compose file (repeatable; default: compose.yaml and its override)
      --env-file FILE         Env file instead of the project's .env (repeatable)
      --profile NAME          Activate a profile (repeatable)
  -p, --project-name NAME     Project name
      --project-directory DIR Directory relative paths resolve against
      --format yaml|json      Output format of \`config\` (default yaml)
      --diagnostics text|json How to print problems (default text)
      --strict                Attributes ECS ignores are errors
      --loose                 Say nothing about attributes ECS ignores
      --verbose               Also show notes (defaults chosen, sizes rounded)
  -h, --help                  Show this help
  -v, --version               Show the version

Examples:
  composeform config
  composeform config -f compose.yaml -f compose.prod.yaml --format json
  composeform check --profile debug

Exit codes: 0 ok (warnings allowed), 1 problems in the input, 2 usage error.
`

/** Runs the CLI and returns its exit code: 0 ok, 1 errors in the input, 2 usage. */
export function run(argv: readonly string[], io: CliIo): number {
  let command: string | undefined
  let options: CommonOptions
  try {
    ;({ command, options } = parseCommandLine(argv))
    if (options.version) {
      io.stdout(`composeform ${version}\n`)
      return 0
    }
    if (options.help || command === 'help') {
      io.stdout(usage)
      return 0
    }
    if (command === undefined) throw new UsageError('no command given')
    if (command !== 'config' && command !== 'check') throw new UsageError(`unknown command \`${command}\``)
    if (options.format !== undefined && options.format !== 'yaml' && options.format !== 'json') {
      throw new UsageError(`--format must be yaml or json, not \`${options.format}\``)
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`composeform: ${error.message}\n\n${usage}`)
    return 2
  }
  const { value: project, diagnostics } = loadFromCli(options, io)
  if (command === 'check' && !hasErrors(diagnostics)) diagnostics.push(...checkEcs(project, { mode: options.mode }).diagnostics)
  const failed = hasErrors(diagnostics)
  report(sortDiagnostics(diagnostics), options, io, (file) => project.sources.files.text(file))
  if (failed) return 1
  if (command === 'config') io.stdout(renderConfig(project.model, options.format === 'json' ? 'json' : 'yaml'))
  return 0
}

function report(diagnostics: Diagnostic[], options: CommonOptions, io: CliIo, text: (file: string) => string | undefined): void {
  if (options.diagnostics === 'json') {
    io.stderr(JSON.stringify(diagnostics, null, 2) + '\n')
    return
  }
  const shown = options.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info')
  if (shown.length === 0) return
  const color = io.isTTY && io.env.NO_COLOR === undefined
  const hidden = diagnostics.length - shown.length
  io.stderr(formatDiagnosticsText(shown, { color, text, hiddenNotes: hidden }))
}
