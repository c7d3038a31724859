import type { PortConfig as ParsedPort } from './syntax/port.js'
import type { ServiceVolume } from './syntax/volume.js'

export type { ServiceVolume } from './syntax/volume.js'

/** `x-*` extension keys an object may carry next to its compose keys. */
export type Extensions = { [extension: `x-${string}`]: unknown }

/** A port in long form, with any `x-*` extensions written on it (e.g. `x-aws-protocol`). */
export type PortConfig = ParsedPort & Extensions

/**
 * Units of the normalised model: durations are **seconds** (a number, fractions allowed),
 * byte sizes are **bytes** (an integer), CPUs are a number of CPUs (`0.5`).
 */
export type Seconds = number
/** A byte count. */
export type Bytes = number

/** A `depends_on` entry in long form. */
export interface DependsOn {
  condition: 'service_started' | 'service_healthy' | 'service_completed_successfully'
  required: boolean
  restart?: boolean
}

/** A healthcheck in long form; `test` is always a list (`["CMD-SHELL", "..."]` for strings). */
export interface Healthcheck {
  test?: string[]
  interval?: Seconds
  timeout?: Seconds
  retries?: number
  start_period?: Seconds
  start_interval?: Seconds
  disable?: boolean
}

/** A secret or config mounted into a service, with its target filled in. */
export interface FileReference {
  source: string
  target: string
  uid?: string
  gid?: string
  mode?: number
  /** Extensions written on the long form, such as `x-aws-env`. */
  [extension: `x-${string}`]: unknown
}

/** Resource limits or reservations of `deploy.resources`. */
export interface Resources {
  cpus?: number
  memory?: Bytes
  pids?: number
  devices?: Record<string, unknown>[]
  generic_resources?: Record<string, unknown>[]
}

/** `deploy` in long form. */
export interface Deploy {
  mode?: string
  replicas?: number
  labels?: Record<string, string>
  resources?: { limits?: Resources; reservations?: Resources }
  restart_policy?: { condition?: string; delay?: Seconds; max_attempts?: number; window?: Seconds }
  update_config?: UpdateConfig
  rollback_config?: UpdateConfig
  placement?: Record<string, unknown>
  endpoint_mode?: string
  [extension: `x-${string}`]: unknown
}

/** `deploy.update_config` / `deploy.rollback_config`. */
export interface UpdateConfig {
  parallelism?: number
  delay?: Seconds
  failure_action?: string
  monitor?: Seconds
  max_failure_ratio?: number
  order?: string
}

/** `build` in long form. */
export interface Build {
  context: string
  dockerfile?: string
  args?: Record<string, string | null>
  labels?: Record<string, string>
  target?: string
  [key: string]: unknown
}

/** A service after loading: every short syntax turned into its long form. */
export interface ComposeService {
  image?: string
  build?: Build
  command?: string[] | null
  entrypoint?: string[] | null
  environment?: Record<string, string | null>
  ports?: PortConfig[]
  expose?: string[]
  volumes?: ServiceVolume[]
  depends_on?: Record<string, DependsOn>
  networks?: Record<string, ServiceNetwork | null>
  secrets?: FileReference[]
  configs?: FileReference[]
  healthcheck?: Healthcheck
  deploy?: Deploy
  labels?: Record<string, string>
  ulimits?: Record<string, { soft: number; hard: number }>
  sysctls?: Record<string, string>
  stop_grace_period?: Seconds
  mem_limit?: Bytes
  mem_reservation?: Bytes
  memswap_limit?: Bytes
  shm_size?: Bytes
  cpus?: number
  profiles?: string[]
  logging?: { driver?: string; options?: Record<string, string> }
  /** Attributes without a special long form are kept as written (after interpolation). */
  [key: string]: unknown
}

/** A service's attachment to a network. */
export interface ServiceNetwork {
  aliases?: string[]
  ipv4_address?: string
  ipv6_address?: string
  priority?: number
  [key: string]: unknown
}

/** A top-level network, volume, secret or config, with its resolved `name`. */
export interface ComposeResource {
  name: string
  external?: boolean
  [key: string]: unknown
}

/** The normalised compose application, JSON-shaped (what `composeform config` prints). */
export interface ComposeModel {
  name: string
  services: Record<string, ComposeService>
  networks: Record<string, ComposeResource>
  volumes: Record<string, ComposeResource>
  secrets: Record<string, ComposeResource>
  configs: Record<string, ComposeResource>
  /** Top-level `x-*` extensions, kept as written. */
  extensions: Record<string, unknown>
}
