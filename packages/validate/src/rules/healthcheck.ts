import type { EcsService } from '../ecs-project.js'
import type { RuleContext } from './rule-context.js'

/** ECS's limits for container health checks, in seconds (retries: a count), and compose's defaults (ECS's own timeout, 5 s, is shorter than docker's 30 s). */
const limits = {
  interval: { min: 5, max: 300, fallback: 30 },
  timeout: { min: 2, max: 60, fallback: 30 },
  retries: { min: 1, max: 10, fallback: 3 },
  start_period: { min: 0, max: 300, fallback: undefined },
} as const

/** `healthcheck` → HealthCheck, each value clamped into ECS's range with a warning. */
export function checkHealthcheck({ service, path, emit }: RuleContext): EcsService['healthCheck'] {
  const hc = service.healthcheck
  if (!hc || hc.disable || hc.test?.[0] === 'NONE') return undefined
  // Compose then times the image's HEALTHCHECK; ECS never runs an image's.
  if (!hc.test?.length) {
    emit.unsupported([...path, 'healthcheck'], 'without a `test` it would time the image\'s HEALTHCHECK, which ECS does not run')
    return undefined
  }
  const value = (key: keyof typeof limits): number | undefined => {
    const limit = limits[key]
    const asked = hc[key]
    // Docker reads 0 as its default (an interval, timeout or retries of 0 is 30 s, 30 s, 3).
    if (typeof asked !== 'number' || !asked) return limit.fallback
    const clamped = Math.min(limit.max, Math.max(limit.min, key === 'retries' ? Math.round(asked) : Math.ceil(asked)))
    if (clamped !== asked) {
      const unit = key === 'retries' ? '' : ' s'
      emit.report(
        'HEALTHCHECK_CLAMPED',
        [...path, 'healthcheck', key],
        `ECS allows a health check \`${key}\` of ${limit.min}–${limit.max}${unit}, not ${asked}${unit}; using ${clamped}${unit}.`,
        `Set \`${key}\` within ${limit.min}–${limit.max}${unit}.`,
      )
    }
    return clamped
  }
  const known = hc.test[0] === 'CMD' || hc.test[0] === 'CMD-SHELL'
  // Docker runs no check for such a list, so a `service_healthy` dependant would wait forever.
  if (!known) emit.report('HEALTHCHECK_TEST_PREFIXED', [...path, 'healthcheck', 'test'], `\`test\` starts with \`${hc.test[0]}\`, not \`CMD\` or \`CMD-SHELL\`, so Docker would run no check; the template runs it as \`CMD\`.`, 'Start the list with "CMD".')
  const command = known ? hc.test : ['CMD', ...hc.test]
  const startPeriod = value('start_period')
  return {
    command,
    interval: value('interval')!,
    timeout: value('timeout')!,
    retries: value('retries')!,
    ...(startPeriod !== undefined ? { startPeriod } : {}),
  }
}
