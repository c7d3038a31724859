import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { applyEcsParams, applySeverityOverrides, didYouMean, hasErrors, isValidProjectName, sortDiagnostics, type Diagnostic } from '@composeform/model'
import { convert, createEmitterRegistry } from 'composeform'
import { parseCommandLine, UsageError, type CommonOptions } from './args.js'
import { renderConfig } from './commands/config.js'
import { renderSecurity, securityUsageProblem } from './commands/security.js'
import { reportDiagnostics } from './report-diagnostics.js'
import type { CliIo } from './io.js'
import { composeSettings, type ComposeSettings } from './compose-settings.js'
import { ecsParamsNote } from './ecs-params-note.js'
import { cliLoadOptions, loadFromCli } from './load-from-cli.js'
import { nodeHost } from './node-host.js'
import { readOptionFiles } from './option-files.js'
import { paramNames, unknownParamProblem } from './param-names.js'
import { patchNotShownNote, patchUsageProblem } from './patch-usage.js'
import { commandUsage, usage, type Command } from './usage.js'
import { version } from './version.js'
import { writeOutputs } from './write-outputs.js'
import { deployCommands } from './deploy-command.js'
import { staleOutputs } from './stale-outputs.js'

const commands = new Set(['convert', 'check', 'config', 'graph'])

/** Runs the CLI and returns its exit code: 0 ok, 1 errors in the input, 2 usage. */
export function run(argv: readonly string[], io: CliIo): number {
  let command: string
  let options: CommonOptions
  let settings: ComposeSettings
  // One host for every file the run reads, so that a named pipe or stdin is read once.
  const host = nodeHost(io.cwd, io.readStdin)
  const registry = createEmitterRegistry()
  try {
    const parsed = parseCommandLine(argv)
    options = parsed.options
    if (options.version) {
      io.stdout(`composeform ${version}\n`)
      return 0
    }
    if (options.help || parsed.command === 'help') {
      // `composeform convert --help` and `composeform help convert` show that command's options.
      const about = parsed.command === 'help' ? parsed.positionals[0] : parsed.command
      io.stdout(about !== undefined && commands.has(about) ? commandUsage(about as Command) : usage)
      return 0
    }
    if (parsed.command === undefined) throw new UsageError('no command given')
    if (!commands.has(parsed.command)) {
      const suggestion = didYouMean(parsed.command, commands)
      throw new UsageError(`unknown command \`${parsed.command}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`)
    }
    command = parsed.command
    if (parsed.positionals.length > 0) throw new UsageError(`\`${command}\` takes no arguments, not \`${parsed.positionals.join(' ')}\` (compose files go after -f)`)
    // Options a command would otherwise ignore without a word.
    if ((command === 'check' || command === 'config') && options.outputDir !== undefined) throw new UsageError(`-o goes with convert and graph, not ${command}`)
    if (command === 'check' && !options.security && options.formats.length > 0) throw new UsageError('check takes --format only with --security')
    if (command === 'config' && Object.keys(options.params).length > 0) throw new UsageError('--param goes with convert, check and graph, not config')
    if (command === 'config' && options.format !== undefined && options.format !== 'yaml' && options.format !== 'json') {
      throw new UsageError(`--format must be yaml or json, not \`${options.format}\``)
    }
    const securityProblem = securityUsageProblem(command, options)
    if (securityProblem) throw new UsageError(securityProblem)
    if (command === 'config' && options.patches.length > 0) throw new UsageError('--patch goes with convert, check and graph, not config')
    if (options.nestedStacks && (command !== 'convert' || !options.outputDir)) throw new UsageError('--nested-stacks goes with convert and -o DIR (it writes several templates)')
    if (options.previous !== undefined && (command === 'config' || command === 'graph')) throw new UsageError(`--previous goes with convert and check, not ${command}`)
    if (options.previous !== undefined && options.nestedStacks) throw new UsageError('--previous compares one template; it does not go with --nested-stacks')
    if (command === 'convert' || command === 'graph') {
      for (const f of options.formats) if (!registry.get(f)) throw new UsageError(`--format must be one of ${registry.names().join(', ')}, not \`${f}\``)
      if (options.formats.length > 1 && !options.outputDir) throw new UsageError('several --format values need -o DIR')
      // A file per task definition or service: one after another on stdout they are not one JSON document.
      if (!options.outputDir && options.formats.some((f) => f === 'ecs-json' || f === 'ecs-services-json')) throw new UsageError(`--format ${options.formats.find((f) => f.startsWith('ecs-'))} writes a file per task or service and needs -o DIR`)
    }
    const patchProblem = command === 'convert' || command === 'graph' ? patchUsageProblem(options.patches, emitted(command, options)) : undefined
    if (patchProblem) throw new UsageError(patchProblem)
    // SARIF and GitHub annotations go to stdout, where tools read them; a template there too would spoil both.
    const printsOnStdout = (command === 'convert' || command === 'graph') ? !options.outputDir : options.security
    if (printsOnStdout && (options.diagnostics === 'sarif' || options.diagnostics === 'github')) {
      throw new UsageError(`--diagnostics ${options.diagnostics} writes to stdout, which the ${options.security ? 'security review' : 'output'} would share; give -o DIR${options.security ? ', or run --security separately' : ''}`)
    }
    if (options.projectDirectory !== undefined && !isDirectory(resolve(io.cwd, options.projectDirectory))) throw new UsageError(`--project-directory \`${options.projectDirectory}\` is not a directory`)
    if (options.projectName && !isValidProjectName(options.projectName)) throw new UsageError(`-p \`${options.projectName}\` is not a valid project name: lowercase letters, digits, \`-\` and \`_\`, starting with a letter or digit`)
    settings = composeSettings(options, io, host)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`composeform: ${error.message}\n\n${usage}`)
    return 2
  }

  const patches = readOptionFiles(options.patches, '--patch', host)
  const ecsParams = readOptionFiles(options.ecsParams === undefined ? [] : [options.ecsParams], '--ecs-params', host)
  const previous = readOptionFiles(options.previous === undefined ? [] : [options.previous], '--previous', host)
  const unread = [...patches.diagnostics, ...ecsParams.diagnostics, ...previous.diagnostics]
  if (unread.length > 0) {
    reportDiagnostics(unread, options, io, () => undefined)
    return 1
  }

  if (command === 'config') {
    const loaded = loadFromCli(options, settings, io, host)
    // With --ecs-params, config prints the compose file that says the same without it.
    const mapped = ecsParams.files[0] && !hasErrors(loaded.diagnostics) ? applyEcsParams(loaded.value, ecsParams.files[0], io.env) : undefined
    const project = mapped?.value.project ?? loaded.value
    const sorted = sortDiagnostics(applySeverityOverrides([...loaded.diagnostics, ...(mapped?.diagnostics ?? []), ...parametersNotPrinted(mapped?.value.parameterDefaults ?? {})], options.severity))
    reportDiagnostics(sorted, options, io, (file) => project.sources.files.text(file))
    if (failed(sorted, options)) return 1
    io.stdout(renderConfig(project.model, options.format === 'json' ? 'json' : 'yaml'))
    return 0
  }
  const optionTexts = new Map([...patches.files, ...ecsParams.files, ...previous.files].map((f) => [f.path, f.text]))
  const load = cliLoadOptions(options, settings, io, host)
  const formats = emitted(command, options)
  const result = convert({
    ...load,
    mode: options.mode,
    severity: options.severity,
    parameters: options.params,
    emit: formats,
    registry,
    patches: patches.files,
    ...(options.nestedStacks ? { nestedStacks: true } : {}),
    ...(ecsParams.files[0] ? { ecsParams: ecsParams.files[0] } : {}),
    ...(previous.files[0] ? { previous: previous.files[0] } : {}),
  })
  // Which names --param can give depends on the project, so they are checked once it is converted.
  const paramProblem = result.graph && Object.keys(options.params).length > 0 ? unknownParamProblem(options.params, paramNames(result.graph, patches.files)) : undefined
  if (paramProblem) {
    io.stderr(`composeform: ${paramProblem}\n\n${usage}`)
    return 2
  }
  const notes = options.ecsParams === undefined ? ecsParamsNote(load.projectDirectory ?? '.', host) : []
  reportDiagnostics(sortDiagnostics([...notes, ...result.diagnostics]), options, io, (file) => result.project.sources.files.text(file) ?? optionTexts.get(file))
  if (failed(result.diagnostics, options)) {
    // The conversion's own checks run on a project without errors; fixing these may show more.
    if (!result.graph && options.diagnostics === 'text') io.stderr('note: the conversion, and its checks (logical IDs, AWS quotas, secrets and volumes in tasks), runs once these errors are fixed\n')
    return 1
  }
  if (command === 'check') {
    const template = result.files[0]
    if (options.security && template) io.stdout(renderSecurity(JSON.parse(template.contents), options.format))
    return 0
  }
  if (options.outputDir) {
    const problem = writeOutputs(options.outputDir, result.files, io, options.diagnostics === 'text')
    if (problem) {
      io.stderr(`composeform: ${problem}\n`)
      return 2
    }
    if (options.diagnostics === 'text') {
      const note = patchNotShownNote(options.patches, formats)
      if (note) io.stderr(`${note}\n`)
      for (const path of staleOutputs(options.outputDir, io.cwd, result.files.map((f) => f.path))) io.stderr(`left from an earlier run, not written now: ${path} (remove it)\n`)
    }
    const next = command === 'convert' && options.diagnostics === 'text' ? deployCommands(options.outputDir, result.files, result.project.name, options.params) : []
    if (next.length > 0) io.stderr(`deploy with:\n${next.map((line) => `  ${line}\n`).join('')}`)
  } else for (const file of result.files) io.stdout(file.contents)
  return 0
}

// The formats a command writes; check --security reviews the template convert would write (overlay and --patch files applied).
function emitted(command: string, options: CommonOptions): string[] {
  if (command === 'check') return options.security ? ['cfn-json'] : []
  return options.formats.length > 0 ? options.formats : command === 'graph' ? ['graph-json'] : ['cfn-yaml']
}

// Subnets and the public-IP switch become template parameter defaults, which a compose file cannot hold.
function parametersNotPrinted(defaults: Readonly<Record<string, string>>): Diagnostic[] {
  const names = Object.keys(defaults)
  if (names.length === 0) return []
  return [
    {
      code: 'ECS_PARAMS_UNSUPPORTED',
      severity: 'warning',
      message: `config cannot print \`run_params.network_configuration.awsvpc_configuration\`, which sets the template parameters ${names.join(' and ')}.`,
      path: ['run_params', 'network_configuration', 'awsvpc_configuration'],
      hint: `Keep passing --ecs-params to convert, or give ${names.map((n) => `${n}=…`).join(' ')} to \`aws cloudformation deploy --parameter-overrides\`.`,
      stage: 'load',
    },
  ]
}

function failed(diagnostics: readonly Diagnostic[], options: CommonOptions): boolean {
  return hasErrors(diagnostics) || (options.mode === 'strict' && diagnostics.some((d) => d.severity === 'warning'))
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
