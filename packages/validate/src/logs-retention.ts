import type { Emit } from './emit.js'

/** The retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const

/** The retention used when the project sets none: logs never live forever by default. */
export const DEFAULT_LOG_RETENTION_DAYS = 30

/** `x-aws-logs_retention` snapped up to a value CloudWatch accepts (info when it changes). */
export function logsRetention(value: unknown, emit: Emit): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) {
    emit.report(
      'DEFAULT_APPLIED',
      ['x-aws-logs_retention'],
      `The project sets no \`x-aws-logs_retention\`; logs are kept for ${DEFAULT_LOG_RETENTION_DAYS} days.`,
      'Set `x-aws-logs_retention: <days>` at the top level to choose.',
    )
    return DEFAULT_LOG_RETENTION_DAYS
  }
  const snapped: number = LOG_RETENTION_DAYS.find((d) => d >= value) ?? 3653
  if (snapped !== value) {
    emit.report(
      'LOGS_RETENTION_ROUNDED',
      ['x-aws-logs_retention'],
      `CloudWatch Logs cannot keep logs for ${value} days; using ${snapped}, the ${snapped < value ? 'longest' : 'next'} period it accepts.`,
      `Use one of ${LOG_RETENTION_DAYS.join(', ')}.`,
    )
  }
  return snapped
}
