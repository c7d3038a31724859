import { ref, type ConditionExpression, type LogicalId, type Value } from '@composeform/model'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { normalizeName } from '../logical-id.js'

/**
 * EFS allows one mount target per Availability Zone, and no region has more than six zones,
 * so six mount targets cover every valid subnet list.
 */
export const MAX_MOUNT_TARGETS = 6

/** Where a file system's mount target for one subnet goes, and the condition it exists under. */
export interface MountTargetSlot {
  /** Suffix of the logical ID: `On<Subnet>` (Docker's naming). */
  suffix: string
  subnet: Value
  condition?: string
}

/**
 * The subnet slots for mount targets. Literal subnets give one slot each, named after the
 * subnet as Docker did. With the `Subnets` parameter the count is unknown when converting:
 * slot 1 always exists and slots 2…6 exist under `HasSubnet<n>`, which pads the joined list
 * with empty entries so `Fn::Select` never runs past its end — no transform or macro needed.
 */
export function mountTargetSlots(env: DeployEnvironment, builder: GraphBuilder): MountTargetSlot[] {
  if (Array.isArray(env.subnets)) {
    return (env.subnets as string[]).map((subnet) => ({ suffix: `On${normalizeName(subnet)}`, subnet }))
  }
  builder.parameter({
    id: 'Subnets',
    type: 'List<AWS::EC2::Subnet::Id>',
    description: `Subnets of that VPC for the tasks and the file systems' mount targets, at most one per Availability Zone (EFS allows one mount target per zone; up to ${MAX_MOUNT_TARGETS}), and for the load balancer unless LoadBalancerSubnets names others.`,
  })
  const padded: Value = { $split: [',', { $join: [',', [{ $join: [',', env.subnets as ReturnType<typeof ref>] }, ','.repeat(MAX_MOUNT_TARGETS - 1)]] }] }
  const slots: MountTargetSlot[] = [{ suffix: 'OnSubnet1', subnet: { $select: [0, env.subnets] } }]
  for (let n = 2; n <= MAX_MOUNT_TARGETS; n++) {
    const subnet: Value = { $select: [n - 1, padded] }
    const expression: ConditionExpression = { $not: { $equals: [subnet, ''] } }
    builder.condition({ id: `HasSubnet${n}`, expression })
    slots.push({ suffix: `OnSubnet${n}`, subnet, condition: `HasSubnet${n}` })
  }
  return slots
}

/** What a resource needs to wait for mount targets, some of which may be conditional. */
export interface MountTargetWait {
  dependsOn: LogicalId[]
  /** References to conditional mount targets, for the waiting resource's `Metadata`. */
  conditional: Value[]
}

/**
 * Splits mount targets into plain `DependsOn` entries and `Fn::If` references: `DependsOn`
 * may not name a resource whose condition can be false, but a reference guarded by the same
 * condition orders creation all the same.
 */
export function waitForMountTargets(targets: readonly { id: LogicalId; condition?: string }[]): MountTargetWait {
  const dependsOn: LogicalId[] = []
  const conditional: Value[] = []
  for (const t of targets) {
    if (t.condition) conditional.push({ $if: [t.condition, ref(t.id), ref('AWS::NoValue')] })
    else dependsOn.push(t.id)
  }
  return { dependsOn, conditional }
}
