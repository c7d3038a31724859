import type { ComposeService } from '@composeform/model'

// Where the normalised model holds seconds and bytes as numbers, relative to a service.
const DURATIONS: readonly (readonly string[])[] = [
  ['stop_grace_period'],
  ...['interval', 'timeout', 'start_period', 'start_interval'].map((key) => ['healthcheck', key]),
  ...['delay', 'window'].map((key) => ['deploy', 'restart_policy', key]),
  ...['update_config', 'rollback_config'].flatMap((kind) => ['delay', 'monitor'].map((key) => ['deploy', kind, key])),
]
const BYTE_SIZES: readonly (readonly string[])[] = [
  ['mem_limit'],
  ['mem_reservation'],
  ['memswap_limit'],
  ['shm_size'],
  ['deploy', 'resources', 'limits', 'memory'],
  ['deploy', 'resources', 'reservations', 'memory'],
]

/**
 * A service as `docker compose config` writes it: durations as Go durations (`1m30s`, `1.5s`)
 * and byte sizes as strings of bytes (`"1073741824"`), which is what the compose schema
 * takes back, where the normalised model holds numbers of seconds and bytes. Copies only the
 * objects on the way to a changed value.
 */
export function withComposeUnits(service: ComposeService): ComposeService {
  let out = service as Record<string, unknown>
  for (const path of DURATIONS) out = replaceAt(out, path, (v) => (typeof v === 'number' ? goDuration(v) : v))
  for (const path of BYTE_SIZES) out = replaceAt(out, path, (v) => (typeof v === 'number' ? String(v) : v))
  return out as ComposeService
}

function replaceAt(object: Record<string, unknown>, path: readonly string[], change: (value: unknown) => unknown): Record<string, unknown> {
  const [key, ...rest] = path as [string, ...string[]]
  if (!Object.hasOwn(object, key)) return object
  const value = object[key]
  const next = rest.length === 0 ? change(value) : value !== null && typeof value === 'object' ? replaceAt(value as Record<string, unknown>, rest, change) : value
  return next === value ? object : { ...object, [key]: next }
}

const UNITS: readonly [string, number][] = [
  ['h', 3600],
  ['m', 60],
]

/**
 * Seconds as Go's `time.Duration` prints them, which is how compose writes a duration:
 * `1h2m3s`, `1m30s`, `45s`, `1.5s`, `500ms`, `0s`.
 */
export function goDuration(seconds: number): string {
  if (seconds === 0) return '0s'
  if (seconds < 0) return `-${goDuration(-seconds)}`
  if (seconds < 1) return `${trim(seconds * 1000)}ms`
  let rest = seconds
  let text = ''
  for (const [unit, size] of UNITS) {
    const whole = Math.floor(rest / size)
    if (whole > 0 || text !== '') text += `${whole}${unit}`
    rest -= whole * size
  }
  return `${text}${trim(rest)}s`
}

// Up to nanoseconds, as Go keeps them, without float noise (0.1 + 0.2).
function trim(value: number): string {
  return String(Number(value.toFixed(9)))
}
