import type { ComposeModel, ComposeResource } from '@composeform/model'
import type { Emit } from './emit.js'

/** An EC2 security-group id, which an external network's `name` must be. */
export const SECURITY_GROUP_ID = /^sg-[0-9a-f]{8,17}$/

/** The existing security group a top-level network stands for: its `name` when external, else `x-aws-securitygroup` (deprecated). */
export function existingSecurityGroup(network: ComposeResource): string | undefined {
  const deprecated = network['x-aws-securitygroup']
  return network.external ? network.name : typeof deprecated === 'string' ? deprecated : undefined
}

/**
 * An external network is an existing security group, named by its `name`. A name that is no
 * security-group id (a docker network's, say) becomes a template parameter without a default,
 * reported: used as it is, ECS would refuse it at deploy time.
 */
export function checkExternalNetworks(model: ComposeModel, emit: Emit): void {
  for (const [key, network] of Object.entries(model.networks)) {
    const group = existingSecurityGroup(network)
    if (group === undefined || SECURITY_GROUP_ID.test(group)) continue
    emit.report(
      'NETWORK_EXTERNAL_ID',
      ['networks', key],
      `The external network \`${key}\` is named \`${group}\`, which is not a security-group id; the template asks for the id as a parameter.`,
      'Set `name:` to the security group\'s id (`sg-…`).',
      true,
    )
  }
}
