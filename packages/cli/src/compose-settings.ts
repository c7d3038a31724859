import { join } from 'node:path'
import { parseDotenv, type SourceHost } from '@composeform/model'
import { UsageError, type CommonOptions } from './args.js'
import type { CliIo } from './io.js'

/** The compose files and env files docker compose would use, before the project is loaded. */
export interface ComposeSettings {
  /** COMPOSE_FILE split at COMPOSE_PATH_SEPARATOR, when set; else undefined. */
  composeFiles: string[] | undefined
  /** `--env-file`, else COMPOSE_ENV_FILES; `[]` with COMPOSE_DISABLE_ENV_FILE; else undefined (the project's `.env`). */
  envFiles: string[] | undefined
}

/**
 * Reads docker compose's own settings the way it does before it knows the compose files: from
 * the process environment, then — for what that does not set — from the env files (`--env-file`,
 * else COMPOSE_ENV_FILES, else a `.env` in `--project-directory` or the working directory), so
 * that a `.env` may say COMPOSE_FILE and COMPOSE_PATH_SEPARATOR. A COMPOSE_DISABLE_ENV_FILE that
 * is not a boolean is a usage error, as docker compose refuses it.
 */
export function composeSettings(options: CommonOptions, io: CliIo, host: SourceHost): ComposeSettings {
  const disabled = parseBoolean(io.env.COMPOSE_DISABLE_ENV_FILE)
  const listed = io.env.COMPOSE_ENV_FILES ? io.env.COMPOSE_ENV_FILES.split(',').filter(Boolean) : undefined
  const envFiles = options.envFiles ?? listed ?? (disabled ? [] : undefined)
  let values: Map<string, string> | undefined
  const setting = (name: string): string | undefined => io.env[name] ?? (values ??= fromEnvFiles(envFiles, options, io, host)).get(name)
  const composeFile = options.files.length === 0 ? setting('COMPOSE_FILE') : undefined
  if (!composeFile) return { composeFiles: undefined, envFiles }
  const separator = setting('COMPOSE_PATH_SEPARATOR') || ':'
  return { composeFiles: composeFile.split(separator).filter(Boolean), envFiles }
}

// Go's strconv.ParseBool, which docker compose reads COMPOSE_DISABLE_ENV_FILE with.
function parseBoolean(value: string | undefined): boolean {
  if (value === undefined) return false
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false
  throw new UsageError(`COMPOSE_DISABLE_ENV_FILE must be true or false (or 1, 0), not \`${value}\``)
}

// The values the env files define (later files win); the loader reads them again through the
// same host (a named pipe is read once), and reports what is wrong in them, once it knows the project.
function fromEnvFiles(envFiles: string[] | undefined, options: CommonOptions, io: CliIo, host: SourceHost): Map<string, string> {
  const paths = envFiles ?? [join(options.projectDirectory ?? '.', '.env')]
  const values = new Map<string, string>()
  for (const path of paths) {
    const text = host.readFile(path)
    if (text === undefined) continue
    const parsed = parseDotenv(text, (name) => io.env[name], (name) => values.get(name))
    for (const [name, value] of parsed.values) values.set(name, value)
  }
  return values
}
