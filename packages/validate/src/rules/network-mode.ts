import type { RuleContext } from './rule-context.js'

/** Every Fargate task uses awsvpc networking: other modes are ignored, sharing another's namespace cannot work. */
export function checkNetworkMode({ service, path, emit }: RuleContext): void {
  const mode = typeof service.network_mode === 'string' ? service.network_mode : undefined
  if (mode === undefined || mode === 'awsvpc') return
  const at = [...path, 'network_mode']
  if (mode.startsWith('service:') || mode.startsWith('container:')) {
    emit.report(
      'NETWORK_MODE_UNSUPPORTED',
      at,
      `\`network_mode: ${mode}\` cannot work on Fargate: each service runs as its own task with its own network interface.`,
      'Remove it and reach the other service by its name through service discovery.',
    )
    return
  }
  emit.unsupported(at, `Fargate tasks always use awsvpc networking, not \`${mode}\``)
}
