import { ref, shortText, type Value } from '@composeform/model'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, SERVICE_TAG, tags } from '../tags.js'

/**
 * `<S>ServiceSecurityGroup` for a service without published ports: no ingress of its own; it
 * names the service's tasks to the file systems they mount, which take NFS from it only.
 */
export function addServiceSecurityGroup(base: string, name: string, projectName: string, env: DeployEnvironment, builder: GraphBuilder): Value {
  const id = `${base}ServiceSecurityGroup`
  builder.add({
    id,
    type: 'AWS::EC2::SecurityGroup',
    properties: {
      GroupDescription: `${shortText(projectName)} ${shortText(name)}: no ingress; lets its tasks reach the file systems they mount`,
      VpcId: env.vpc,
      Tags: tags([PROJECT_TAG, projectName], [SERVICE_TAG, name]),
    },
    dependsOn: [],
    origin: ['services', name],
  })
  return ref(id, 'GroupId')
}
