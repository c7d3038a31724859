import type { RuleContext } from './rule-context.js'

/** Fargate waits at most 120 seconds between SIGTERM and SIGKILL. */
export const MAX_STOP_TIMEOUT = 120

/** `stop_grace_period` → StopTimeout, clamped to what ECS allows. Returns seconds or undefined. */
export function checkStopTimeout({ service, path, emit }: RuleContext): number | undefined {
  const seconds = service.stop_grace_period
  if (typeof seconds !== 'number') return undefined
  if (seconds > MAX_STOP_TIMEOUT) {
    emit.report(
      'STOP_TIMEOUT_CLAMPED',
      [...path, 'stop_grace_period'],
      `\`stop_grace_period\` is ${seconds} s, but ECS waits at most ${MAX_STOP_TIMEOUT} s; using ${MAX_STOP_TIMEOUT} s.`,
      'Make the container shut down within 120 seconds of SIGTERM.',
    )
    return MAX_STOP_TIMEOUT
  }
  if (seconds < 0) {
    emit.report(
      'STOP_TIMEOUT_CLAMPED',
      [...path, 'stop_grace_period'],
      `\`stop_grace_period\` is ${seconds} s, but ECS waits 0–${MAX_STOP_TIMEOUT} s; using 0 s.`,
      'Give the time the container needs to shut down after SIGTERM, e.g. `10s`.',
    )
    return 0
  }
  return Math.ceil(seconds)
}
