import type { Path } from '../diagnostic.js'
import { castAt } from '../interpolation/casts.js'
import { quote } from '../syntax/result.js'
import type { Node } from '../yaml/node.js'
import type { NormalizeContext } from './normalize-context.js'
import { num } from './plain.js'

/** The most tasks a service can ask for: ECS counts them in a 32-bit integer. */
export const MAX_TASK_COUNT = 2_147_483_647

/**
 * `cpus` (of a service or of `deploy.resources`): a number of at least 0, or undefined. A
 * string that is no number is INVALID_NUMBER (unless interpolation already said so), a
 * negative number NUMBER_OUT_OF_RANGE; either way the value is dropped, never kept as NaN.
 */
export function cpuCount(node: Node | undefined, path: Path, ctx: NormalizeContext): number | undefined {
  if (node?.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') return undefined
  const n = num(node)
  if (n === undefined || !Number.isFinite(n)) {
    // Non-finite YAML numbers fail the schema; cast fields were reported when interpolated.
    if (typeof node.value === 'string' && !castAt(path)) {
      ctx.reporter.add({ code: 'INVALID_NUMBER', message: `\`cpus\` must be a number, not ${quote(node.value)}.`, path, span: node, hint: 'Write a number of CPUs such as `0.5` or `2`.' })
    }
    return undefined
  }
  if (n < 0) {
    ctx.reporter.add({ code: 'NUMBER_OUT_OF_RANGE', message: `\`cpus\` must not be negative, not ${n}.`, path, span: node, hint: 'Write a number of CPUs such as `0.5` or `2`.' })
    return undefined
  }
  return n
}

/**
 * `deploy.replicas` or `scale`: a whole number from 0 to {@link MAX_TASK_COUNT}, or undefined.
 * Outside that range it is NUMBER_OUT_OF_RANGE and dropped, so it never reaches a template.
 */
export function taskCount(node: Node | undefined, path: Path, ctx: NormalizeContext): number | undefined {
  const n = num(node)
  // Fractions and non-numbers fail the schema or the interpolation cast, which say so.
  if (n === undefined || !Number.isInteger(n)) return undefined
  if (n >= 0 && n <= MAX_TASK_COUNT) return n
  const key = path[path.length - 1]
  ctx.reporter.add({
    code: 'NUMBER_OUT_OF_RANGE',
    message: `\`${key}\` must be a whole number from 0 to ${MAX_TASK_COUNT}, not ${n}.`,
    path,
    span: node,
    hint: 'Give the number of tasks to run, e.g. `replicas: 2`.',
  })
  return undefined
}
