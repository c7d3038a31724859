import type { CapacityProviderItem, RuntimePlatform } from '../ecs-project.js'
import { runsOnWindows } from './platform.js'
import type { RuleContext } from './rule-context.js'

const PROVIDERS = new Set(['FARGATE', 'FARGATE_SPOT'])

/** A schema-valid strategy value as items; undefined when absent or invalid (the schema check reported it). */
function strategyItems(value: unknown): CapacityProviderItem[] | undefined {
  if (typeof value === 'string') return PROVIDERS.has(value) ? [{ capacityProvider: value as CapacityProviderItem['capacityProvider'], weight: 1 }] : undefined
  if (!Array.isArray(value) || value.length === 0) return undefined
  const items: CapacityProviderItem[] = []
  for (const v of value) {
    if (v === null || typeof v !== 'object') return undefined
    const { capacity_provider: provider, weight, base } = v as Record<string, unknown>
    if (typeof provider !== 'string' || !PROVIDERS.has(provider)) return undefined
    if (weight !== undefined && !Number.isInteger(weight)) return undefined
    if (base !== undefined && !Number.isInteger(base)) return undefined
    items.push({ capacityProvider: provider as CapacityProviderItem['capacityProvider'], weight: (weight as number | undefined) ?? 1, ...(base !== undefined ? { base: base as number } : {}) })
  }
  return items
}

/**
 * `x-aws-capacity_provider_strategy` of the service, else of the project: where its tasks run
 * (Fargate and/or Fargate Spot). Undefined means the plain `FARGATE` launch type. A provider
 * listed twice, `base` on two providers, all weights 0, or Spot for Windows is an error.
 */
export function checkCapacity({ service, path, model, emit }: RuleContext, platform: RuntimePlatform): CapacityProviderItem[] | undefined {
  const own = Object.hasOwn(service, 'x-aws-capacity_provider_strategy')
  const at = own ? [...path, 'x-aws-capacity_provider_strategy'] : ['x-aws-capacity_provider_strategy']
  const items = strategyItems(own ? service['x-aws-capacity_provider_strategy'] : model.extensions['x-aws-capacity_provider_strategy'])
  if (!items) return undefined
  const invalid = (message: string, hint: string) => {
    emit.report('CAPACITY_STRATEGY_INVALID', at, message, hint)
    return undefined
  }
  const providers = items.map((i) => i.capacityProvider)
  if (new Set(providers).size !== providers.length) return invalid('The strategy lists a capacity provider twice.', 'List `FARGATE` and `FARGATE_SPOT` at most once each.')
  if (items.filter((i) => i.base !== undefined && i.base > 0).length > 1) return invalid('More than one provider of the strategy sets `base`.', 'Set `base` on one provider only (ECS allows one).')
  if (items.every((i) => i.weight === 0)) return invalid('Every provider of the strategy has weight 0, so no task beyond `base` could be placed.', 'Give at least one provider a weight above 0.')
  if (providers.includes('FARGATE_SPOT') && platform.operatingSystemFamily !== 'LINUX') {
    emit.report('SPOT_UNSUPPORTED_PLATFORM', at, `\`${path[1]}\` runs Windows, which Fargate Spot does not.`, 'Use `FARGATE` for Windows services (set the strategy on the service to override the project default).')
    return undefined
  }
  return items
}

/**
 * `x-aws-exec` of the service, else of the project. ECS Exec's agent writes to the container's
 * root file system, so a Linux container with `read_only` cannot be reached: a warning.
 */
export function checkExec({ service, model, path, emit }: RuleContext): boolean {
  const own = Object.hasOwn(service, 'x-aws-exec')
  const on = (own ? service['x-aws-exec'] : model.extensions['x-aws-exec']) === true
  if (on && service.read_only === true && !runsOnWindows(service)) {
    emit.report(
      'EXEC_NEEDS_WRITABLE_ROOT',
      own ? [...path, 'x-aws-exec'] : [...path, 'read_only'],
      `\`${path[1]}\` has ECS Exec on and \`read_only: true\`; the agent ECS Exec starts in the container cannot write its files, so sessions fail.`,
      'Leave `read_only` out where you need ECS Exec, or set `x-aws-exec: false` on this service.',
      true,
    )
  }
  return on
}
