import { ref, type ComposeService, type LogicalId, type Value } from '@composeform/model'
import type { EcsService } from '@composeform/validate'
import type { DeployEnvironment } from '../environment.js'
import type { GraphBuilder } from '../graph-builder.js'
import { PROJECT_TAG, SERVICE_TAG, tagsWithLabels, type TagReporting } from '../tags.js'
import { discoveryName, portName, serviceConnectPorts } from './container-definition.js'
import { gpuCapacityProviderId, waitForClusterCapacityProviders } from './gpu-capacity.js'
import type { MountTargetWait } from './mount-targets.js'
import type { ServicePorts } from './service-ports.js'

/**
 * The ECS service `<S>Service`. Services find each other by their compose names through ECS
 * Service Connect in the project's Cloud Map namespace: each port is published under the
 * service's name (`db:5432` works as it does locally). It depends on its listeners and, in
 * sorted order, on the services it `depends_on`, and on the mount targets of the file systems
 * it mounts (conditional ones through `Metadata`, see `waitForMountTargets`). A service with a
 * capacity-provider strategy waits, the same way, for the cluster's provider associations when
 * they are resources of their own (`associatedProviders`: the project has GPU services).
 */
export function addEcsService(
  base: string,
  name: string,
  service: ComposeService,
  ecs: EcsService,
  taskDefinition: LogicalId,
  securityGroups: Value[],
  ports: ServicePorts,
  dependsOnServices: LogicalId[],
  projectName: string,
  env: DeployEnvironment,
  builder: GraphBuilder,
  reporting: TagReporting,
  mountTargets: MountTargetWait = { dependsOn: [], conditional: [] },
  associatedProviders = false,
): LogicalId {
  // ECS refuses a strategy naming a provider the cluster does not have yet.
  const waitsForProviders = ecs.gpu !== undefined || (associatedProviders && ecs.capacityProviderStrategy !== undefined)
  const id = `${base}Service`
  // Service Connect proxies TCP only: a UDP port keeps its mapping, not a Service Connect name.
  // ECS takes lowercase client aliases only; DNS names match regardless of case, so `Web` still resolves.
  const connect = serviceConnectPorts(ecs.ports).map((p) => ({
    PortName: portName(p),
    DiscoveryName: discoveryName(p.container ?? name, p),
    ClientAliases: [{ Port: p.containerPort, DnsName: (p.container ?? name).toLowerCase() }],
  }))
  builder.add({
    id,
    type: 'AWS::ECS::Service',
    properties: {
      Cluster: env.cluster,
      TaskDefinition: ref(taskDefinition),
      DesiredCount: ecs.desiredCount,
      // A capacity-provider strategy replaces the launch type (ECS refuses both); GPU services use their EC2 provider.
      ...(ecs.gpu
        ? { CapacityProviderStrategy: [{ CapacityProvider: ref(gpuCapacityProviderId(base)), Weight: 1 }] }
        : ecs.capacityProviderStrategy
          ? { CapacityProviderStrategy: ecs.capacityProviderStrategy.map((i) => ({ CapacityProvider: i.capacityProvider, Weight: i.weight, ...(i.base !== undefined ? { Base: i.base } : {}) })) }
          : { LaunchType: 'FARGATE' }),
      ...(ecs.gpu ? {} : { PlatformVersion: 'LATEST' }),
      SchedulingStrategy: 'REPLICA',
      DeploymentController: { Type: 'ECS' },
      DeploymentConfiguration: {
        MaximumPercent: ecs.deployment.maximumPercent,
        MinimumHealthyPercent: ecs.deployment.minimumHealthyPercent,
        DeploymentCircuitBreaker: { Enable: true, Rollback: ecs.deployment.circuitBreaker.rollback },
      },
      NetworkConfiguration: {
        AwsvpcConfiguration: {
          // ECS gives public IPs to Fargate tasks only; EC2 tasks reach out through a NAT gateway.
          AssignPublicIp: ecs.gpu ? 'DISABLED' : env.assignPublicIp,
          SecurityGroups: [...securityGroups, ...(ports.securityGroup ? [ports.securityGroup] : [])],
          Subnets: env.subnets,
        },
      },
      ...(ports.loadBalancers.length > 0
        ? { LoadBalancers: ports.loadBalancers, HealthCheckGracePeriodSeconds: Math.max(60, ecs.healthCheck?.startPeriod ?? 0) }
        : {}),
      ServiceConnectConfiguration: {
        Enabled: true,
        Namespace: ref('CloudMap', 'Arn'),
        ...(connect.length > 0 ? { Services: connect } : {}),
      },
      ...(ecs.enableExecuteCommand ? { EnableExecuteCommand: true } : {}),
      EnableECSManagedTags: true,
      PropagateTags: 'SERVICE',
      Tags: tagsWithLabels([[PROJECT_TAG, projectName], [SERVICE_TAG, name]], Object.entries(service.deploy?.labels ?? {}), {
        ...reporting,
        path: ['services', name, 'deploy', 'labels'],
      }),
    },
    dependsOn: [...ports.listeners, ...dependsOnServices, ...mountTargets.dependsOn],
    ...(mountTargets.conditional.length > 0 || waitsForProviders
      ? {
          metadata: {
            ...(mountTargets.conditional.length > 0 ? { 'composeform:WaitsForMountTargets': mountTargets.conditional } : {}),
            ...(waitsForProviders ? { 'composeform:WaitsForCapacityProviders': waitForClusterCapacityProviders } : {}),
          },
        }
      : {}),
    origin: ['services', name],
  })
  return id
}
