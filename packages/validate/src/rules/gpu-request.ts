import type { Path } from '@composeform/model'
import type { RuleContext } from './rule-context.js'

/** The GPUs a service reserves: a count, or every GPU of the instance (`all`). */
export interface GpuRequest {
  count: number | 'all'
  /** Where the request is written, for positions. */
  at: Path
}

/** A positive integer count, `'all'`, or undefined when the value is neither. */
function countOf(value: unknown): number | 'all' | undefined {
  if (value === 'all' || value === -1) return 'all'
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

/** Adds two requests; `all` absorbs any count. */
function plus(a: number | 'all' | undefined, b: number | 'all'): number | 'all' {
  if (a === undefined) return b
  return a === 'all' || b === 'all' ? 'all' : a + b
}

/**
 * One device request (of `deploy.resources.reservations.devices` or of `gpus`) → its GPU count,
 * or undefined after reporting why ECS cannot honour it. Compose means every GPU when neither
 * `count` nor `device_ids` is given; `device_ids` count as that many GPUs, since ECS assigns
 * GPUs itself.
 */
function deviceCount({ service, path, emit }: RuleContext, device: Record<string, unknown>, at: Path, capabilitiesImplied: boolean): number | 'all' | undefined {
  const capabilities = Array.isArray(device.capabilities) ? device.capabilities.filter((c): c is string => typeof c === 'string') : []
  if (!capabilitiesImplied && !capabilities.includes('gpu')) {
    emit.report('GPU_RESERVATION_UNSUPPORTED', [...at, 'capabilities'], `\`${path[1]}\` reserves a device with capabilities [${capabilities.join(', ')}]; ECS can reserve only GPUs.`, 'Add `gpu` to `capabilities`, or remove the device.')
    return undefined
  }
  // Without NVIDIA_DRIVER_CAPABILITIES the NVIDIA runtime mounts the compute and utility parts of the driver.
  const more = capabilities.filter((c) => c !== 'gpu' && c !== 'compute' && c !== 'utility')
  if (more.length > 0 && service.environment?.NVIDIA_DRIVER_CAPABILITIES === undefined) {
    emit.report('GPU_SETTING_IGNORED', [...at, 'capabilities'], `ECS gives GPU containers the driver's compute and utility capabilities, not ${more.map((c) => `\`${c}\``).join(', ')}.`, `Set \`NVIDIA_DRIVER_CAPABILITIES: compute,utility,${more.join(',')}\` in \`environment\`.`)
  }
  if (typeof device.options === 'object' && device.options !== null && Object.keys(device.options).length > 0) {
    emit.report('GPU_SETTING_IGNORED', [...at, 'options'], 'ECS passes no options to the GPU driver.', 'Remove `options`.', true)
  }
  if (device.driver !== undefined && device.driver !== 'nvidia') {
    emit.report('GPU_RESERVATION_UNSUPPORTED', [...at, 'driver'], `ECS GPU instances have NVIDIA GPUs, not the driver \`${device.driver}\`.`, 'Write `driver: nvidia`, or leave `driver` out.')
    return undefined
  }
  if (Array.isArray(device.device_ids) && device.device_ids.length > 0) {
    emit.report('GPU_SETTING_IGNORED', [...at, 'device_ids'], `ECS picks the GPUs of a task itself; \`${path[1]}\` gets ${device.device_ids.length} GPU(s), not these device ids.`, 'Write `count` instead of `device_ids`.', true)
    return device.device_ids.length
  }
  if (device.count === undefined) return 'all'
  const count = countOf(device.count)
  if (count === undefined) {
    emit.report('GPU_RESERVATION_UNSUPPORTED', [...at, 'count'], `\`${device.count}\` is not a number of GPUs.`, 'Write a whole number of at least 1, or `all`.')
  }
  return count
}

/**
 * The GPUs a service reserves, from `deploy.resources.reservations.devices` (entries with the
 * `gpu` capability), `deploy.resources.reservations.generic_resources` (a discrete resource
 * whose kind names a GPU) and `gpus` (`all` or device requests). Undefined when it reserves
 * none; `invalid` when it asks for one in a way that was reported as an error.
 */
export function gpuRequest(ctx: RuleContext): GpuRequest | 'invalid' | undefined {
  const { service, path, emit } = ctx
  const reservations = service.deploy?.resources?.reservations
  const base = [...path, 'deploy', 'resources', 'reservations']
  let total: number | 'all' | undefined
  let at: Path | undefined
  let invalid = false
  const add = (count: number | 'all' | undefined, where: Path) => {
    if (count === undefined) invalid = true
    else total = plus(total, count)
    at ??= where
  }
  ;(reservations?.devices ?? []).forEach((device, i) => add(deviceCount(ctx, device, [...base, 'devices', i], false), [...base, 'devices', i]))
  ;(reservations?.generic_resources ?? []).forEach((resource, i) => {
    const where = [...base, 'generic_resources', i]
    const spec = resource.discrete_resource_spec as Record<string, unknown> | undefined
    const kind = typeof spec?.kind === 'string' ? spec.kind : ''
    if (!/gpu/i.test(kind)) {
      emit.report('GPU_RESERVATION_UNSUPPORTED', [...where, 'discrete_resource_spec', 'kind'], `ECS can reserve GPUs only, not \`${kind || 'a resource without a kind'}\`.`, 'Remove the generic resource, or reserve GPUs with `deploy.resources.reservations.devices`.')
      add(undefined, where)
      return
    }
    const count = countOf(spec?.value)
    if (count === undefined) emit.report('GPU_RESERVATION_UNSUPPORTED', [...where, 'discrete_resource_spec', 'value'], `\`${spec?.value}\` is not a number of GPUs.`, 'Write a whole number of at least 1.')
    add(count, where)
  })
  const gpus = service.gpus
  if (Array.isArray(gpus)) {
    // `capabilities` is implied by `gpus`; an entry that is no mapping failed the schema already.
    gpus.forEach((device, i) => {
      const at = [...path, 'gpus', i]
      add(device !== null && typeof device === 'object' ? deviceCount(ctx, device as Record<string, unknown>, at, true) : undefined, at)
    })
  } else if (gpus !== undefined && gpus !== null) {
    const count = countOf(gpus)
    if (count === undefined) emit.report('GPU_RESERVATION_UNSUPPORTED', [...path, 'gpus'], `\`gpus: ${gpus}\` is neither \`all\` nor a list of device requests.`, 'Write `gpus: all`, or `gpus: [{count: 1}]`.')
    add(count, [...path, 'gpus'])
  }
  if (invalid) return 'invalid'
  return total === undefined ? undefined : { count: total, at: at! }
}
