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
  AUTOSCALING_METRIC_REPLACED: { severity: 'warning', stage: 'convert', title: 'An autoscaling metric is not available for the service; another one is used.' },
  BIND_MOUNT_UNSUPPORTED: { severity: 'error', stage: 'validate', title: 'A service mounts a host path, which Fargate tasks cannot see.' },
  CAPABILITY_UNSUPPORTED: { severity: 'error', stage: 'validate', title: '`cap_add` names a capability other than SYS_PTRACE, the only one Fargate allows.' },
  COMMAND_TRUNCATED: { severity: 'warning', stage: 'load', title: 'A `command` or `entrypoint` string has an unquoted shell operator (`;`, `&`, `<`, `>` or a pipe); compose drops everything from there on.' },
  DEFAULT_APPLIED: { severity: 'info', stage: 'validate', title: 'A setting was not given and composeform chose the default it names.' },
  DEPENDS_ON_CONDITION_NOT_ENFORCED: { severity: 'warning', stage: 'validate', title: 'A `depends_on` condition other than `service_started` only orders creation between ECS services.' },
  DEPENDS_ON_CYCLE: { severity: 'error', stage: 'load', title: 'Services depend on each other in a cycle.' },
  DEPENDS_ON_DISABLED: { severity: 'error', stage: 'load', title: 'A required `depends_on` names a service that no active profile enables.' },
  DEVICE_UNSUPPORTED: { severity: 'error', stage: 'validate', title: '`devices` cannot be passed into a Fargate task.' },
  DUPLICATE_KEY: { severity: 'error', stage: 'load', title: 'A mapping has the same key twice.' },
  EMPTY_FILE: { severity: 'error', stage: 'load', title: 'A compose file is empty.' },
  ENV_FILE_SYNTAX: { severity: 'error', stage: 'load', title: 'A line of a `.env` / `env_file` file cannot be parsed.' },
  EXTENDS_CYCLE: { severity: 'error', stage: 'load', title: 'Services extend each other in a cycle.' },
  EXTENDS_DEPTH_LIMIT: { severity: 'error', stage: 'load', title: 'Services extend each other in a chain longer than composeform follows (64).' },
  EXTENDS_SERVICE_REQUIRED: { severity: 'error', stage: 'load', title: '`extends` does not name a service.' },
  EXTENDS_UNKNOWN_SERVICE: { severity: 'error', stage: 'load', title: '`extends` names a service the file does not define.' },
  FARGATE_SIZE_OVERSIZED: { severity: 'warning', stage: 'validate', title: 'The smallest Fargate size that fits more than doubles the CPU or memory asked for.' },
  FARGATE_SIZE_ROUNDED: { severity: 'info', stage: 'validate', title: 'The CPU and memory asked for were rounded up to the smallest Fargate size that fits.' },
  FARGATE_SIZE_TOO_LARGE: { severity: 'error', stage: 'validate', title: 'No Fargate task size is large enough for the CPU or memory asked for.' },
  FILE_NOT_FOUND: { severity: 'error', stage: 'load', title: 'A file the project refers to does not exist.' },
  FILE_TOO_LARGE: { severity: 'error', stage: 'load', title: 'A compose or env file is larger than composeform reads (1 MiB unless the caller sets another limit).' },
  GLOBAL_MODE_UNSUPPORTED: { severity: 'error', stage: 'validate', title: '`deploy.mode: global` needs daemon scheduling, which Fargate does not have.' },
  HEALTHCHECK_CLAMPED: { severity: 'warning', stage: 'validate', title: 'A health-check value was outside what ECS accepts and was clamped.' },
  IMAGE_REQUIRED: { severity: 'error', stage: 'validate', title: 'A service has no `image`; ECS can only run pushed images.' },
  INCLUDE_CONFLICT: { severity: 'error', stage: 'load', title: 'Two included files define the same resource differently.' },
  INCLUDE_CYCLE: { severity: 'error', stage: 'load', title: 'Files include each other in a cycle.' },
  INCLUDE_LIMIT: { severity: 'error', stage: 'load', title: 'Includes nest more than 32 files deep, or load more than 1,000 files in all.' },
  INTERPOLATION_SYNTAX: { severity: 'error', stage: 'load', title: 'A `${...}` expression is malformed.' },
  INVALID_BOOLEAN: { severity: 'error', stage: 'load', title: 'A field that takes true/false has another value.' },
  INVALID_BYTE_SIZE: { severity: 'error', stage: 'load', title: 'A byte size such as `512m` cannot be read.' },
  INVALID_COMMAND: { severity: 'error', stage: 'load', title: 'A `command` or `entrypoint` string cannot be split into words.' },
  INVALID_DURATION: { severity: 'error', stage: 'load', title: 'A duration such as `1m30s` cannot be read.' },
  INVALID_NUMBER: { severity: 'error', stage: 'load', title: 'A numeric field has a value that is not a number.' },
  INVALID_PORT: { severity: 'error', stage: 'load', title: 'A port mapping cannot be read.' },
  INVALID_PROJECT_NAME: { severity: 'error', stage: 'load', title: 'The project name has characters compose does not allow.' },
  INVALID_VOLUME: { severity: 'error', stage: 'load', title: 'A service volume mount cannot be read.' },
  LOGICAL_ID_COLLISION: { severity: 'error', stage: 'convert', title: 'Two compose names become the same CloudFormation logical ID.' },
  LOGS_RETENTION_ROUNDED: { severity: 'info', stage: 'validate', title: '`x-aws-logs_retention` was rounded up to a period CloudWatch Logs accepts.' },
  LOG_DRIVER_REPLACED: { severity: 'warning', stage: 'validate', title: 'A log driver other than awslogs is replaced by awslogs.' },
  MERGE_TYPE_MISMATCH: { severity: 'error', stage: 'load', title: 'An override gives a value of another kind (mapping, list, scalar) than the file it overrides.' },
  NETWORK_MODE_UNSUPPORTED: { severity: 'error', stage: 'validate', title: '`network_mode: service:…` or `container:…` cannot work between Fargate tasks.' },
  NOT_APPLICABLE: { severity: 'info', stage: 'validate', title: 'An attribute only matters to a local docker compose and has no effect on ECS.' },
  NOT_A_MAPPING: { severity: 'error', stage: 'load', title: 'A compose file is not a mapping at the top level.' },
  NOT_YET_SUPPORTED: { severity: 'error', stage: 'convert', title: 'A compose feature composeform cannot convert yet (volumes, secrets, configs, GPUs).' },
  NO_CONFIG_FILE: { severity: 'error', stage: 'load', title: 'No compose file was given or found.' },
  NUMBER_OUT_OF_RANGE: { severity: 'error', stage: 'load', title: 'A number is outside the range its field allows (a negative CPU count or replica count, for instance).' },
  OBSOLETE_VERSION: { severity: 'warning', stage: 'load', title: 'The top-level `version` is obsolete and ignored.' },
  PATH_OUTSIDE_PROJECT: { severity: 'error', stage: 'load', title: 'An `extends`, `include` or `env_file` path is absolute, or it or a symbolic link leads out of the project directory; composeform does not read it.' },
  PLACEHOLDER_VALUE: { severity: 'warning', stage: 'emit', title: 'Plain ECS JSON needs a value only a deployment knows; a named placeholder was written instead.' },
  PLATFORM_UNSUPPORTED: { severity: 'error', stage: 'validate', title: '`platform` names a platform Fargate cannot run.' },
  PORT_PROTOCOL_UNSUPPORTED: { severity: 'error', stage: 'validate', title: 'A port uses a protocol ECS port mappings do not carry (SCTP).' },
  PORT_RANGE_UNSUPPORTED: { severity: 'error', stage: 'validate', title: 'A published port range cannot become load-balancer listeners.' },
  PRIVILEGED_UNSUPPORTED: { severity: 'error', stage: 'validate', title: '`privileged: true` cannot work on Fargate.' },
  PROJECT_TOO_LARGE: { severity: 'error', stage: 'load', title: 'Aliases, variables or shared env files repeat text until the project holds more than composeform handles (16 MiB).' },
  PUBLISHED_PORT_CONFLICT: { severity: 'error', stage: 'validate', title: 'Two services publish the same port on the shared load balancer.' },
  REQUIRED_VARIABLE: { severity: 'error', stage: 'load', title: 'A `${VAR:?message}` or `${VAR?message}` variable is missing.' },
  RESTART_POLICY_NOT_HONOURED: { severity: 'warning', stage: 'validate', title: 'A restart policy that stops restarting cannot be honoured by an ECS service.' },
  ROLLBACK_DISABLED: { severity: 'warning', stage: 'validate', title: '`failure_action` other than rollback: a failed deployment is not rolled back.' },
  SCHEMA_ENUM: { severity: 'error', stage: 'load', title: 'A value is not one of those the compose-spec allows.' },
  SCHEMA_NEWER_KEY: { severity: 'warning', stage: 'load', title: 'A key newer than the bundled compose-spec schema; it is kept but not checked.' },
  SCHEMA_REQUIRED: { severity: 'error', stage: 'load', title: 'A key the compose-spec requires is missing.' },
  SCHEMA_TYPE: { severity: 'error', stage: 'load', title: 'A value has a type the compose-spec does not allow there.' },
  SCHEMA_UNKNOWN_KEY: { severity: 'error', stage: 'load', title: 'A key the compose-spec does not define.' },
  SCHEMA_VALUE: { severity: 'error', stage: 'load', title: 'A value breaks another rule of the compose-spec schema.' },
  SECRET_KEYS_ALL: { severity: 'warning', stage: 'convert', title: '`x-aws-keys: "*"` cannot be split into files offline; the whole JSON value is delivered as one file.' },
  SECRET_TARGET_HIDES_DIRECTORY: { severity: 'warning', stage: 'convert', title: 'A secret target outside /run/secrets makes its directory a read-only volume, hiding what the image has there.' },
  SECRET_TARGET_UNSAFE: { severity: 'error', stage: 'convert', title: 'A secret file cannot be written safely: a `..` segment, a system directory, a key that is no file name, or a path another secret also uses.' },
  SECRET_VALUE_PARAMETER: { severity: 'info', stage: 'convert', title: 'A secret\'s value is not written into the template; it is passed at deploy time as the NoEcho parameter the message names.' },
  STOP_TIMEOUT_CLAMPED: { severity: 'warning', stage: 'validate', title: '`stop_grace_period` is outside the 0–120 s ECS allows and was clamped.' },
  SYSCTL_UNSUPPORTED: { severity: 'error', stage: 'validate', title: 'A sysctl that is not namespaced cannot be set on Fargate.' },
  ULIMIT_UNSUPPORTED: { severity: 'error', stage: 'validate', title: 'A ulimit ECS does not know, or a value Fargate does not accept.' },
  UNDEFINED_REFERENCE: { severity: 'error', stage: 'load', title: 'A service refers to a network, volume, secret, config or service that is not defined.' },
  UNKNOWN_TAG: { severity: 'error', stage: 'load', title: 'A YAML tag other than `!reset` and `!override`.' },
  UNSUPPORTED_ATTRIBUTE: { severity: 'warning', stage: 'validate', title: 'An attribute has no ECS equivalent and is ignored (an error with --strict, silent with --loose).' },
  V1_FORMAT: { severity: 'error', stage: 'load', title: 'The file uses the compose v1 format (services at the top level).' },
  VOLUME_TYPE_UNSUPPORTED: { severity: 'error', stage: 'validate', title: 'A volume type Fargate cannot mount (npipe, image, cluster).' },
  X_AWS_DEPRECATED: { severity: 'warning', stage: 'validate', title: 'A deprecated `x-aws-*` extension.' },
  X_AWS_INVALID: { severity: 'error', stage: 'validate', title: 'An `x-aws-*` extension has a value its schema does not allow.' },
  X_AWS_MISPLACED: { severity: 'warning', stage: 'validate', title: 'A known `x-aws-*` extension is written where it has no effect.' },
  X_AWS_UNKNOWN: { severity: 'warning', stage: 'validate', title: 'An `x-aws-*` key composeform does not know; it has no effect.' },
  YAML_ALIAS_LIMIT: { severity: 'error', stage: 'load', title: 'YAML aliases expand beyond the allowed size (an alias bomb).' },
  YAML_DEPTH_LIMIT: { severity: 'error', stage: 'load', title: 'Mappings and lists nest deeper than the YAML reader allows.' },
  YAML_SYNTAX: { severity: 'error', stage: 'load', title: 'The file is not valid YAML.' },
} as const satisfies Record<string, CodeInfo>

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof diagnosticCodes
