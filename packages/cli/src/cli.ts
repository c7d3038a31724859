import { hasErrors, sortDiagnostics, type Diagnostic } from '@composeform/model'
import { checkEcs } from '@composeform/validate'
import { parseCommandLine, UsageError, type CommonOptions } from './args.js'
import { renderConfig } from './commands/config.js'
import { convertProject, emitters } from './commands/convert.js'
import { writeOutputs } from './write-outputs.js'
import { formatDiagnosticsText } from './format-diagnostics.js'
import type { CliIo } from './io.js'
import { loadFromCli } from './load-from-cli.js'
import { version } from './version.js'

const usage = `Usage: composeform <command> [options]

Turns a Docker Compose application into an AWS ECS/Fargate deployment, offline.

Commands:
  convert   Write the CloudFormation template (YAML by default) to stdout or -o DIR
  config    Print the normalised compose application (like \`docker compose config\`)
  check     Report what ECS/Fargate can and cannot run, with positions and hints

Options:
  -f, --file FILE             Compose file (repeatable; default: compose.yaml and its override)
      --env-file FILE         Env file instead of the project's .env (repeatable)
      --profile NAME          Activate a profile (repeatable)
  -p, --project-name NAME     Project name
      --project-directory DIR Directory relative paths resolve against
      --format FORMAT         convert: cfn-yaml (default) or cfn-json, repeatable;
                              config: yaml (default) or json
  -o, --output DIR            Write convert's files into DIR instead of stdout
      --diagnostics text|json How to print problems (default text)
      --strict                Attributes ECS ignores are errors
      --loose                 Say nothing about attributes ECS ignores
      --verbose               Also show notes (defaults chosen, sizes rounded)
  -h, --help                  Show this help
  -v, --version               Show the version

Examples:
  composeform convert -o out/
  composeform convert --format cfn-json > template.json
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
    if (command !== 'config' && command !== 'check' && command !== 'convert') throw new UsageError(`unknown command \`${command}\``)
    if (command === 'config' && options.format !== undefined && options.format !== 'yaml' && options.format !== 'json') {
      throw new UsageError(`--format must be yaml or json, not \`${options.format}\``)
    }
    if (command === 'convert') {
      for (const f of options.formats) if (!emitters[f]) throw new UsageError(`--format must be one of ${Object.keys(emitters).join(', ')}, not \`${f}\``)
      if (options.formats.length > 1 && !options.outputDir) throw new UsageError('several --format values need -o DIR')
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`composeform: ${error.message}\n\n${usage}`)
    return 2
  }
  const { value: project, diagnostics } = loadFromCli(options, io)
  let files: { path: string; contents: string }[] = []
  if (command !== 'config' && !hasErrors(diagnostics)) {
    const checked = checkEcs(project, { mode: options.mode })
    diagnostics.push(...checked.diagnostics)
    if (command === 'convert' && !hasErrors(diagnostics)) {
      const converted = convertProject(checked.value, options.formats.length > 0 ? options.formats : ['cfn-yaml'])
      diagnostics.push(...converted.diagnostics)
      files = converted.files
    }
  }
  const failed = hasErrors(diagnostics)
  report(sortDiagnostics(diagnostics), options, io, (file) => project.sources.files.text(file))
  if (failed) return 1
  if (command === 'config') io.stdout(renderConfig(project.model, options.format === 'json' ? 'json' : 'yaml'))
  if (command === 'convert') {
    if (options.outputDir) writeOutputs(options.outputDir, files, io)
    else for (const file of files) io.stdout(file.contents)
  }
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
