import { parseByteSize } from '@composeform/model'
import type { RuleContext } from './rule-context.js'

const GiB = 1024 ** 3
/** Fargate's ephemeral storage: 20 GiB included, up to 200 GiB on request (21 is the least one can ask for). */
export const EPHEMERAL_STORAGE = { included: 20, min: 21, max: 200 } as const

/**
 * `storage_opt.size` → the task's ephemeral storage in GiB (rounded up), undefined when the
 * included 20 GiB cover it. Other `storage_opt` keys have no Fargate equivalent.
 */
export function checkEphemeralStorage({ service, path, emit }: RuleContext): number | undefined {
  const opts = service.storage_opt
  if (opts === null || typeof opts !== 'object') return undefined
  let size: number | undefined
  for (const key of Object.keys(opts).sort()) {
    const at = [...path, 'storage_opt', key]
    if (key !== 'size') {
      emit.unsupported(at, 'Fargate sizes only the task storage (`size`)')
      continue
    }
    const raw = (opts as Record<string, unknown>)[key]
    const parsed = typeof raw === 'string' || typeof raw === 'number' ? parseByteSize(raw) : undefined
    if (!parsed?.ok || parsed.value <= 0) {
      emit.report('EPHEMERAL_STORAGE_INVALID', at, `\`${raw}\` is not a storage size.`, 'Write a size such as `50G` (Fargate allows up to 200 GiB).')
      continue
    }
    const gib = Math.ceil(parsed.value / GiB)
    if (gib > EPHEMERAL_STORAGE.max) {
      emit.report('EPHEMERAL_STORAGE_INVALID', at, `\`${raw}\` is ${gib} GiB, more task storage than Fargate gives (${EPHEMERAL_STORAGE.max} GiB).`, 'Ask for at most `200G`, or keep large data on a volume (EFS).')
      continue
    }
    if (gib <= EPHEMERAL_STORAGE.included) {
      emit.report('DEFAULT_APPLIED', at, `\`${raw}\` fits in the ${EPHEMERAL_STORAGE.included} GiB every Fargate task has, so nothing is requested.`, undefined, true)
      continue
    }
    size = gib
  }
  return size
}
