import type { Severity, Stage } from './diagnostic.js'

/** What the catalog knows about a diagnostic code. */
export interface CodeInfo {
  /** The severity a diagnostic with this code has unless the user overrides it. */
  severity: Severity
  stage: Stage
  /** One line: what the code means. docs/diagnostics.md repeats it. */
  title: string
}

/**
 * Every diagnostic code composeform can report, in alphabetical order. A test keeps this
 * catalog and the table in docs/diagnostics.md identical.
 */
export const diagnosticCodes = {
  COMMAND_TRUNCATED: {
    severity: 'warning',
    stage: 'load',
    title: 'A `command` or `entrypoint` string has an unquoted shell operator (`;`, `&`, `<`, `>` or a pipe); compose drops everything from there on.',
  },
  DEPENDS_ON_CYCLE: { severity: 'error', stage: 'load', title: 'Services depend on each other in a cycle.' },
  DEPENDS_ON_DISABLED: {
    severity: 'error',
    stage: 'load',
    title: 'A required `depends_on` names a service that no active profile enables.',
  },
  DUPLICATE_KEY: { severity: 'error', stage: 'load', title: 'A mapping has the same key twice.' },
  EMPTY_FILE: { severity: 'error', stage: 'load', title: 'A compose file is empty.' },
  ENV_FILE_SYNTAX: { severity: 'error', stage: 'load', title: 'A line of a `.env` / `env_file` file cannot be parsed.' },
  EXTENDS_CYCLE: { severity: 'error', stage: 'load', title: 'Services extend each other in a cycle.' },
  EXTENDS_SERVICE_REQUIRED: { severity: 'error', stage: 'load', title: '`extends` does not name a service.' },
  EXTENDS_UNKNOWN_SERVICE: { severity: 'error', stage: 'load', title: '`extends` names a service the file does not define.' },
  FILE_NOT_FOUND: { severity: 'error', stage: 'load', title: 'A file the project refers to does not exist.' },
  INCLUDE_CONFLICT: {
    severity: 'error',
    stage: 'load',
    title: 'Two included files define the same resource differently.',
  },
  INCLUDE_CYCLE: { severity: 'error', stage: 'load', title: 'Files include each other in a cycle.' },
  INTERPOLATION_SYNTAX: { severity: 'error', stage: 'load', title: 'A `${...}` expression is malformed.' },
  INVALID_BOOLEAN: { severity: 'error', stage: 'load', title: 'A field that takes true/false has another value.' },
  INVALID_BYTE_SIZE: { severity: 'error', stage: 'load', title: 'A byte size such as `512m` cannot be read.' },
  INVALID_COMMAND: { severity: 'error', stage: 'load', title: 'A `command` or `entrypoint` string cannot be split into words.' },
  INVALID_DURATION: { severity: 'error', stage: 'load', title: 'A duration such as `1m30s` cannot be read.' },
  INVALID_NUMBER: { severity: 'error', stage: 'load', title: 'A numeric field has a value that is not a number.' },
  INVALID_PORT: { severity: 'error', stage: 'load', title: 'A port mapping cannot be read.' },
  INVALID_PROJECT_NAME: { severity: 'error', stage: 'load', title: 'The project name has characters compose does not allow.' },
  INVALID_VOLUME: { severity: 'error', stage: 'load', title: 'A service volume mount cannot be read.' },
  MERGE_TYPE_MISMATCH: {
    severity: 'error',
    stage: 'load',
    title: 'An override gives a value of another kind (mapping, list, scalar) than the file it overrides.',
  },
  NOT_A_MAPPING: { severity: 'error', stage: 'load', title: 'A compose file is not a mapping at the top level.' },
  NO_CONFIG_FILE: { severity: 'error', stage: 'load', title: 'No compose file was given or found.' },
  OBSOLETE_VERSION: { severity: 'warning', stage: 'load', title: 'The top-level `version` is obsolete and ignored.' },
  REQUIRED_VARIABLE: { severity: 'error', stage: 'load', title: 'A `${VAR:?message}` or `${VAR?message}` variable is missing.' },
  SCHEMA_ENUM: { severity: 'error', stage: 'load', title: 'A value is not one of those the compose-spec allows.' },
  SCHEMA_NEWER_KEY: {
    severity: 'warning',
    stage: 'load',
    title: 'A key newer than the bundled compose-spec schema; it is kept but not checked.',
  },
  SCHEMA_REQUIRED: { severity: 'error', stage: 'load', title: 'A key the compose-spec requires is missing.' },
  SCHEMA_TYPE: { severity: 'error', stage: 'load', title: 'A value has a type the compose-spec does not allow there.' },
  SCHEMA_UNKNOWN_KEY: { severity: 'error', stage: 'load', title: 'A key the compose-spec does not define.' },
  SCHEMA_VALUE: { severity: 'error', stage: 'load', title: 'A value breaks another rule of the compose-spec schema.' },
  UNDEFINED_REFERENCE: {
    severity: 'error',
    stage: 'load',
    title: 'A service refers to a network, volume, secret, config or service that is not defined.',
  },
  UNKNOWN_TAG: { severity: 'error', stage: 'load', title: 'A YAML tag other than `!reset` and `!override`.' },
  V1_FORMAT: { severity: 'error', stage: 'load', title: 'The file uses the compose v1 format (services at the top level).' },
  YAML_ALIAS_LIMIT: { severity: 'error', stage: 'load', title: 'YAML aliases expand beyond the allowed size (an alias bomb).' },
  YAML_SYNTAX: { severity: 'error', stage: 'load', title: 'The file is not valid YAML.' },
} as const satisfies Record<string, CodeInfo>

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof diagnosticCodes
