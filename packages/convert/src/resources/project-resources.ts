import { boundedName, ref, shortText, sub } from '@composeform/model'
import type { EcsProject } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, tags } from '../tags.js'
import { clusterCapacityProviders } from './gpu-capacity.js'

/** The project-wide resources: Cluster (unless an existing one is used), LogGroup, and the Cloud Map namespace. */
export function addProjectResources(project: EcsProject, env: DeployEnvironment, builder: GraphBuilder): void {
  const providers = clusterCapacityProviders(project)
  // The namespace is a Route 53 zone too, whose labels hold at most 63 characters.
  const namespace = `${boundedName(project.name, 63)}.local`
  builder.add({
    id: 'Cluster',
    type: 'AWS::ECS::Cluster',
    condition: env.createCluster,
    properties: {
      ClusterName: boundedName(project.name, 255),
      ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }],
      // Services with a capacity-provider strategy need the providers on the cluster.
      ...(providers ? { CapacityProviders: providers } : {}),
      Tags: tags([PROJECT_TAG, project.name]),
    },
    dependsOn: [],
  })
  builder.add({
    id: 'LogGroup',
    type: 'AWS::Logs::LogGroup',
    properties: { LogGroupName: boundedName(`/docker-compose/${project.name}`, 512), RetentionInDays: project.settings.logsRetentionDays, Tags: tags([PROJECT_TAG, project.name]) },
    dependsOn: [],
    // A new project name replaces the group; its logs are kept. Not kept on stack deletion: the
    // named group left behind would stop the same project from being deployed again.
    updateReplacePolicy: 'Retain',
  })
  builder.add({
    id: 'CloudMap',
    type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
    properties: {
      Description: `Service Map for Docker Compose project ${shortText(project.name)}`,
      Name: namespace,
      Vpc: env.vpc,
      Tags: tags([PROJECT_TAG, project.name]),
    },
    dependsOn: [],
  })
  builder.output({ id: 'ClusterName', description: 'The ECS cluster the services run in.', value: env.clusterName })
  builder.output({ id: 'LogGroupName', description: 'CloudWatch Logs group of every container.', value: ref('LogGroup') })
  builder.output({ id: 'ServiceNamespace', description: 'Cloud Map namespace services find each other in.', value: sub(namespace) })
}
