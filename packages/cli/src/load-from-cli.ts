import { basename, dirname, resolve } from 'node:path'
import { loadProject, type ComposeProject, type LoadOptions, type SourceHost, type Staged } from '@composeform/model'
import type { CommonOptions } from './args.js'
import type { ComposeSettings } from './compose-settings.js'
import { discoverComposeFiles } from './discover.js'
import type { CliIo } from './io.js'

/**
 * The load options the command line describes, with docker compose's conventions: `-f`
 * (repeatable, `-` for stdin), else `COMPOSE_FILE` (from the environment or `.env`), else
 * default file discovery; `--env-file` (else COMPOSE_ENV_FILES), `--profile`, `-p`,
 * `--project-directory`; `COMPOSE_*` from the environment and the env files.
 */
export function cliLoadOptions(options: CommonOptions, settings: ComposeSettings, io: CliIo, host: SourceHost): LoadOptions {
  let files = options.files
  if (files.length === 0 && settings.composeFiles) files = settings.composeFiles
  if (files.length === 0) files = discoverComposeFiles(options.projectDirectory ?? '.', io.cwd)
  const fromStdin = files[0] === '-'
  const projectDirectory = options.projectDirectory ?? (files[0] && !fromStdin ? dirname(files[0]) : '.')
  return {
    files,
    host,
    environment: io.env,
    ...(settings.envFiles ? { envFiles: settings.envFiles } : {}),
    ...(options.profiles ? { profiles: options.profiles.flatMap((p) => p.split(',')) } : {}),
    ...(options.projectName ? { projectName: options.projectName } : {}),
    projectDirectory,
    directoryName: basename(resolve(io.cwd, projectDirectory)),
  }
}

/** Loads the project the command line describes. */
export function loadFromCli(options: CommonOptions, settings: ComposeSettings, io: CliIo, host: SourceHost): Staged<ComposeProject> {
  return loadProject(cliLoadOptions(options, settings, io, host))
}
