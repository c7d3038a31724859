import type { ComposeModel } from '@composeform/model'
import type { EcsSettings } from './ecs-project.js'
import type { Emit } from './emit.js'
import { logsRetention } from './logs-retention.js'

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** Project settings from the top-level `x-aws-*` extensions (already schema-checked). */
export function projectSettings(model: ComposeModel, emit: Emit): EcsSettings {
  const x = model.extensions
  const vpc = text(x['x-aws-vpc'])
  const cluster = text(x['x-aws-cluster'])
  const loadBalancer = text(x['x-aws-loadbalancer'])
  const overlay = x['x-aws-cloudformation']
  return {
    // A VPC ARN ends in the VPC id.
    ...(vpc ? { vpc: vpc.slice(vpc.lastIndexOf('/') + 1) } : {}),
    ...(cluster ? { cluster } : {}),
    ...(loadBalancer ? { loadBalancer } : {}),
    loadBalancerScheme: x['x-aws-loadbalancer_scheme'] === 'internal' ? 'internal' : 'internet-facing',
    logsRetentionDays: logsRetention(x['x-aws-logs_retention'], emit),
    ...(overlay && typeof overlay === 'object' && !Array.isArray(overlay) ? { cloudformation: overlay as Record<string, unknown> } : {}),
  }
}
