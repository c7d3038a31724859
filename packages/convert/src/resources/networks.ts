import { ref, shortText, type Value } from '@composeform/model'
import { existingSecurityGroup, SECURITY_GROUP_ID, type EcsProject } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { normalizeName, type LogicalIds } from '../logical-id.js'
import { NETWORK_TAG, PROJECT_TAG, tagsWithLabels, type TagReporting } from '../tags.js'

/**
 * One security group per compose network (`<N>Network`) with a rule letting its members reach
 * each other (`<N>NetworkIngress`); external networks are existing security groups, named by
 * their `name` (or the deprecated `x-aws-securitygroup`), or by the parameter `<N>Network`
 * when the name is no security-group id. A created group is tagged with the project, the network and the network's
 * `labels`. Returns the group of each network.
 */
export function addNetworks(project: EcsProject, env: DeployEnvironment, builder: GraphBuilder, ids: LogicalIds, reporting: TagReporting): Map<string, Value> {
  const groups = new Map<string, Value>()
  for (const key of Object.keys(project.model.networks).sort()) {
    const network = project.model.networks[key]!
    const existing = existingSecurityGroup(network)
    if (existing !== undefined && SECURITY_GROUP_ID.test(existing)) {
      groups.set(key, existing)
      continue
    }
    const id = `${normalizeName(key)}Network`
    if (!ids.claim(id, `networks.${key}`, ['networks', key])) continue
    if (existing !== undefined) {
      builder.parameter({ id, type: 'AWS::EC2::SecurityGroup::Id', description: `Id (sg-…) of the existing security group for the network ${key} (named ${existing}).` })
      groups.set(key, ref(id))
      continue
    }
    builder.add({
      id,
      type: 'AWS::EC2::SecurityGroup',
      properties: {
        GroupDescription: `${shortText(project.name)} Security Group for ${shortText(key)} network`,
        VpcId: env.vpc,
        Tags: tagsWithLabels([[PROJECT_TAG, project.name], [NETWORK_TAG, network.name]], Object.entries((network.labels as Record<string, string> | undefined) ?? {}), { ...reporting, path: ['networks', key, 'labels'], anyCharacter: true }),
      },
      dependsOn: [],
      origin: ['networks', key],
    })
    builder.add({
      id: `${id}Ingress`,
      type: 'AWS::EC2::SecurityGroupIngress',
      properties: {
        Description: `Allow communication within network ${shortText(key)}`,
        GroupId: ref(id, 'GroupId'),
        IpProtocol: '-1',
        SourceSecurityGroupId: ref(id, 'GroupId'),
      },
      dependsOn: [],
      origin: ['networks', key],
    })
    groups.set(key, ref(id, 'GroupId'))
  }
  return groups
}
