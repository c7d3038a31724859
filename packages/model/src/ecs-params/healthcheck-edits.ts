import type { Reporter } from '../report.js'
import { parseDuration } from '../syntax/duration.js'
import { child, type Node } from '../yaml/node.js'
import type { Edit } from './edit.js'
import type { InvalidValue } from './invalid-value.js'

/**
 * The edits of a service's `healthcheck` in ecs-params.yml, field by field: `test` or
 * `command` (not both; a lone string runs through the shell), `interval`, `timeout`,
 * `start_period` (a Go duration or whole seconds, as ecs-cli took them) and `retries`.
 */
export function healthcheckEdits(name: string, node: Node, from: string[], edits: Edit[], reporter: Reporter, invalid: InvalidValue): void {
  const push = (key: string, at: Node, value: unknown) => edits.push({ service: name, attribute: ['healthcheck', key], value, node: at, from: [...from, key], replaces: [['healthcheck', key]] })
  const test = child(node, 'test')
  const command = child(node, 'command')
  if (test && command && !isNull(test) && !isNull(command)) {
    reporter.add({ code: 'ECS_PARAMS_INVALID', message: `\`${from.join('.')}\` sets both \`test\` and \`command\`.`, path: from, span: command, hint: 'Keep one of them; they mean the same.' })
    return
  }
  const chosen = test && !isNull(test) ? test : command && !isNull(command) ? command : undefined
  if (chosen) {
    const words = chosen.kind === 'scalar' ? [String(chosen.value)] : chosen.kind === 'seq' ? chosen.items.map((i) => String(i.kind === 'scalar' ? i.value : '')) : []
    // ecs-cli ran a lone string (or one-word list) through the shell, as compose does.
    push('test', chosen, words.length === 1 ? ['CMD-SHELL', words[0]] : words)
  }
  for (const key of ['interval', 'timeout', 'start_period']) {
    const at = child(node, key)
    if (at?.kind !== 'scalar' || at.value === null || typeof at.value === 'boolean') continue
    // ecs-cli took a Go duration or a whole number of seconds.
    const seconds = typeof at.value === 'number' || /^\d+$/.test(at.value) ? { ok: true as const, value: Number(at.value) } : parseDuration(at.value)
    if (!seconds.ok) invalid(at, [...from, key], seconds)
    else push(key, at, seconds.value)
  }
  const retries = child(node, 'retries')
  if (retries?.kind === 'scalar' && typeof retries.value === 'number') push('retries', retries, retries.value)
}

const isNull = (node: Node): boolean => node.kind === 'scalar' && node.value === null
