import type { Path } from '@composeform/model'
import type { Emit } from '../emit.js'
import type { EfsOptions } from './efs-volume.js'

/** The `driver_opts` keys that set up a file system the template creates, and what each becomes. */
const FILE_SYSTEM_OPTIONS: readonly (readonly [string, keyof EfsOptions])[] = [
  ['backup_policy', 'backupPolicy'],
  ['kms_key_id', 'kmsKeyId'],
  ['lifecycle_policy', 'lifecyclePolicy'],
  ['performance_mode', 'performanceMode'],
  ['provisioned_throughput', 'provisionedThroughput'],
  ['throughput_mode', 'throughputMode'],
  ['transition_to_primary_storage_class', 'transitionToPrimary'],
]

/**
 * Valid EFS options that cannot take effect: the settings of a file system on an existing
 * one (`external: true`), which the template does not change, and `permissions` when there
 * is no directory for EFS to create — `root_directory: /`, or an existing file system
 * mounted at its root. Each is a warning where it is written.
 */
export function reportIgnoredEfsOptions(key: string, options: EfsOptions, external: boolean, path: Path, emit: Emit): void {
  if (external) {
    for (const [option, field] of FILE_SYSTEM_OPTIONS) {
      if (options[field] === undefined) continue
      emit.report(
        'EFS_OPTION_IGNORED',
        [...path, option],
        `\`driver_opts.${option}\` is ignored: \`${key}\` is an existing file system, whose settings the template does not change.`,
        'Remove it, or change the setting on the file system in EFS itself.',
        true,
      )
    }
  }
  if (options.permissions === undefined) return
  const root = options.rootDirectory ?? (external ? '/' : undefined)
  if (root !== '/') return
  emit.report(
    'EFS_OPTION_IGNORED',
    [...path, 'permissions'],
    `\`driver_opts.permissions\` is ignored: \`${key}\` is mounted at the root of its file system, which EFS does not create.`,
    'Give a `root_directory` other than `/` (EFS creates it with these permissions), or remove `permissions`.',
    true,
  )
}
