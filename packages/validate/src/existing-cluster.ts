import type { EcsService, EcsSettings } from './ecs-project.js'
import type { Emit } from './emit.js'

/**
 * Capacity-provider strategies in an existing cluster (`x-aws-cluster`): ECS places the tasks
 * only when the cluster has the providers, and the template associates them only with a
 * cluster it creates, or with any cluster when GPU services need theirs (which then replace
 * the cluster's list, reported by the converter). A note says which the cluster needs.
 */
export function checkExistingCluster(settings: EcsSettings, services: Readonly<Record<string, EcsService>>, emit: Emit): void {
  const all = Object.values(services)
  if (settings.cluster === undefined || all.some((s) => s.gpu)) return
  const providers = [...new Set(all.flatMap((s) => s.capacityProviderStrategy?.map((i) => i.capacityProvider) ?? []))].sort()
  if (providers.length === 0) return
  emit.report(
    'CLUSTER_PROVIDERS_NEEDED',
    ['x-aws-cluster'],
    `The existing cluster \`${settings.cluster}\` must have the capacity providers ${providers.join(' and ')} the services name; the template does not add them.`,
    '`aws ecs put-cluster-capacity-providers` sets them; it replaces the cluster\'s list.',
    true,
  )
}
