import { didYouMean, type Path } from '@composeform/model'
import type { Emit } from '../emit.js'
import type { EfsOptions } from './efs-volume.js'

const LIFECYCLE = ['AFTER_1_DAY', 'AFTER_7_DAYS', 'AFTER_14_DAYS', 'AFTER_30_DAYS', 'AFTER_60_DAYS', 'AFTER_90_DAYS', 'AFTER_180_DAYS', 'AFTER_270_DAYS', 'AFTER_365_DAYS']
const MAX_ID = 4294967295

type Parse = (value: string, at: Path) => Partial<EfsOptions> | undefined

const oneOf =
  <K extends keyof EfsOptions>(field: K, allowed: readonly string[], emit: Emit): Parse =>
  (value, at) => {
    const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase())
    if (match) return { [field]: match } as Partial<EfsOptions>
    const suggestion = didYouMean(value, allowed)
    emit.report('EFS_OPTION_INVALID', at, `\`${value}\` is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`, suggestion ? `Did you mean \`${suggestion}\`?` : `Use one of ${allowed.join(', ')}.`)
    return undefined
  }

const posixId =
  (field: 'uid' | 'gid', emit: Emit): Parse =>
  (value, at) => {
    const n = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN
    if (n <= MAX_ID) return { [field]: n }
    emit.report('EFS_OPTION_INVALID', at, `\`${value}\` is not a POSIX ${field === 'uid' ? 'user' : 'group'} id.`, `Use a number from 0 to ${MAX_ID}, e.g. \`1000\` (\`id -${field === 'uid' ? 'u' : 'g'}\` inside the image tells).`)
    return undefined
  }

/**
 * The parsers of the `driver_opts` keys composeform maps onto EFS. Docker's integration
 * read the same underscore spellings (its documentation showed hyphens, which it ignored).
 */
function parsers(emit: Emit): Record<string, Parse> {
  return {
    uid: posixId('uid', emit),
    gid: posixId('gid', emit),
    permissions: (value, at) => {
      if (/^0?[0-7]{3}$/.test(value)) return { permissions: value.padStart(4, '0') }
      emit.report('EFS_OPTION_INVALID', at, `\`${value}\` is not an octal permission mode.`, 'Write three or four octal digits, quoted so YAML keeps the leading zero, e.g. `"0755"`.')
      return undefined
    },
    root_directory: (value, at) => {
      if (/^\/[^\0]{0,99}$/.test(value)) return { rootDirectory: value }
      emit.report('EFS_OPTION_INVALID', at, `\`${value}\` is not an absolute directory path of at most 100 characters.`, 'Write a path inside the file system, e.g. `/data`.')
      return undefined
    },
    backup_policy: oneOf('backupPolicy', ['ENABLED', 'DISABLED'], emit),
    lifecycle_policy: oneOf('lifecyclePolicy', LIFECYCLE, emit),
    transition_to_primary_storage_class: oneOf('transitionToPrimary', ['AFTER_1_ACCESS'], emit),
    performance_mode: oneOf('performanceMode', ['generalPurpose', 'maxIO'], emit),
    throughput_mode: oneOf('throughputMode', ['bursting', 'elastic', 'provisioned'], emit),
    provisioned_throughput: (value, at) => {
      const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
      if (n >= 1 && n <= 10240) return { provisionedThroughput: n }
      emit.report('EFS_OPTION_INVALID', at, `\`${value}\` is not a provisioned throughput EFS accepts.`, 'Give MiB/s as a number from 1 to 10240, with `throughput_mode: provisioned`.')
      return undefined
    },
    kms_key_id: (value) => ({ kmsKeyId: value }),
  }
}

/** The keys of `driver_opts` that map onto EFS, for did-you-mean and the docs. */
export const EFS_DRIVER_OPTS = Object.keys(parsers({} as Emit)).sort()

/**
 * Validates a volume's `driver_opts` as EFS settings. An unknown key is a warning (with the
 * nearest known key — `performance-mode` finds `performance_mode`), an invalid value an
 * error; neither is passed on.
 */
export function efsDriverOptions(driverOpts: unknown, path: Path, emit: Emit): EfsOptions {
  if (driverOpts === null || typeof driverOpts !== 'object') return {}
  const table = parsers(emit)
  let options: EfsOptions = {}
  for (const key of Object.keys(driverOpts).sort()) {
    const at = [...path, key]
    const raw = (driverOpts as Record<string, unknown>)[key]
    const parse = Object.hasOwn(table, key) ? table[key] : undefined
    if (!parse) {
      const suggestion = didYouMean(key, EFS_DRIVER_OPTS) ?? didYouMean(key.replaceAll('-', '_'), EFS_DRIVER_OPTS)
      emit.report(
        'EFS_OPTION_UNKNOWN',
        at,
        `\`driver_opts.${key}\` is not an EFS option, so it is ignored.`,
        suggestion ? `Did you mean \`${suggestion}\`?` : `The EFS options are ${EFS_DRIVER_OPTS.map((k) => `\`${k}\``).join(', ')}.`,
        true,
      )
      continue
    }
    const parsed = parse(String(raw), at)
    if (parsed) options = { ...options, ...parsed }
  }
  if (options.throughputMode === 'provisioned' && options.provisionedThroughput === undefined) {
    emit.report('EFS_OPTION_INVALID', [...path, 'throughput_mode'], '`throughput_mode: provisioned` needs `provisioned_throughput`.', 'Add `provisioned_throughput` in MiB/s, e.g. `"128"`.')
  } else if (options.provisionedThroughput !== undefined && options.throughputMode !== 'provisioned') {
    emit.report('EFS_OPTION_INVALID', [...path, 'provisioned_throughput'], '`provisioned_throughput` only applies with `throughput_mode: provisioned`.', 'Add `throughput_mode: provisioned`, or remove `provisioned_throughput`.')
    const { provisionedThroughput: _, ...rest } = options
    options = rest
  }
  if (options.gid !== undefined && options.uid === undefined) {
    emit.report('EFS_OPTION_INVALID', [...path, 'gid'], '`gid` needs `uid`: the access point enforces a user and its group together.', 'Add `uid`, e.g. `"1000"`.')
  }
  return options
}
