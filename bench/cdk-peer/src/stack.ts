import { App, CfnOutput, CfnParameter, Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib'
import * as ec2 from 'aws-cdk-lib/aws-ec2'
import * as ecs from 'aws-cdk-lib/aws-ecs'
import * as efs from 'aws-cdk-lib/aws-efs'
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2'
import * as logs from 'aws-cdk-lib/aws-logs'
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager'
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery'
import { Construct } from 'constructs'
import { effective, type AppPlan, type ServicePlan } from '../../plan.js'

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)

/** Shared constructs every service uses. */
interface Shared {
  vpc: ec2.IVpc
  cluster: ecs.Cluster
  logGroup: logs.LogGroup
  networks: Map<string, ec2.SecurityGroup>
  loadBalancer?: elbv2.ApplicationLoadBalancer
  certificateArn: string
  secrets: Map<string, secretsmanager.ISecret>
}

function addService(stack: Stack, plan: AppPlan, s: ServicePlan, shared: Shared, built: Map<string, ecs.FargateService>): void {
  const scope = new Construct(stack, capitalised(s.name))
  Tags.of(scope).add('com.docker.compose.service', s.name)
  const run = effective(s)
  const taskDefinition = new ecs.FargateTaskDefinition(scope, 'TaskDefinition', {
    family: `${plan.name}-${s.name}`,
    cpu: s.cpus * 1024,
    memoryLimitMiB: s.memoryMiB,
    runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.X86_64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
  })
  const hc = s.healthcheck
  const main = taskDefinition.addContainer(s.name, {
    containerName: s.name,
    image: ecs.ContainerImage.fromRegistry(s.image),
    essential: true,
    environment: run.environment,
    dockerLabels: s.labels,
    ...(s.command ? { command: s.command } : {}),
    ...(s.stopGracePeriod ? { stopTimeout: Duration.seconds(s.stopGracePeriod) } : {}),
    ...(hc
      ? {
          healthCheck: {
            command: hc.test,
            interval: Duration.seconds(hc.interval),
            timeout: Duration.seconds(hc.timeout),
            retries: hc.retries,
            ...(hc.startPeriod > 0 ? { startPeriod: Duration.seconds(hc.startPeriod) } : {}),
          },
        }
      : {}),
    portMappings: s.ports.map((p) => ({ containerPort: p.container, protocol: ecs.Protocol.TCP, name: `tcp-${p.container}` })),
    logging: ecs.LogDrivers.awsLogs({ logGroup: shared.logGroup, streamPrefix: plan.name }),
  })
  // A secret as a file: an init container writes it into a task volume the main container reads.
  if (s.secret) {
    taskDefinition.addVolume({ name: 'secrets' })
    const init = taskDefinition.addContainer('Secrets_InitContainer', {
      containerName: `${s.name}_Secrets_InitContainer`,
      image: ecs.ContainerImage.fromRegistry('public.ecr.aws/docker/library/busybox:stable'),
      essential: false,
      entryPoint: ['/bin/sh', '-c'],
      command: [`set -eu\nprintf '%s' "$SECRET_0" > '/run/secrets/${s.secret}'\nchmod 0444 '/run/secrets/${s.secret}'`],
      secrets: { SECRET_0: ecs.Secret.fromSecretsManager(shared.secrets.get(s.secret)!) },
      readonlyRootFilesystem: true,
      logging: ecs.LogDrivers.awsLogs({ logGroup: shared.logGroup, streamPrefix: plan.name }),
    })
    init.addMountPoints({ sourceVolume: 'secrets', containerPath: '/run/secrets', readOnly: false })
    main.addMountPoints({ sourceVolume: 'secrets', containerPath: '/run/secrets', readOnly: true })
    main.addContainerDependencies({ container: init, condition: ecs.ContainerDependencyCondition.SUCCESS })
  }
  const published = s.ports.filter((p) => p.published !== undefined)
  const groups = s.networks.map((n) => shared.networks.get(n)!)
  if (published.length > 0) groups.push(new ec2.SecurityGroup(scope, 'ServiceSecurityGroup', { vpc: shared.vpc, description: `${plan.name} ${s.name}: its published ports, from the load balancer only` }))
  const service = new ecs.FargateService(scope, 'Service', {
    cluster: shared.cluster,
    taskDefinition,
    desiredCount: run.replicas,
    securityGroups: groups,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    assignPublicIp: false,
    minHealthyPercent: 100,
    maxHealthyPercent: 200,
    circuitBreaker: { rollback: true },
    enableECSManagedTags: true,
    propagateTags: ecs.PropagatedTagSource.SERVICE,
    ...(published.length > 0 ? { healthCheckGracePeriod: Duration.seconds(60) } : {}),
    ...(s.ports.length > 0
      ? { serviceConnectConfiguration: { services: [...new Set(s.ports.map((p) => p.container))].map((port) => ({ portMappingName: `tcp-${port}`, dnsName: s.name, port, discoveryName: `${s.name}-tcp-${port}` })) } }
      : {}),
  })
  // A named volume: an encrypted, retained EFS file system whose access point the volume's user owns.
  if (s.volume) {
    const fileSystem = new efs.FileSystem(scope, 'Filesystem', { vpc: shared.vpc, encrypted: true, removalPolicy: RemovalPolicy.RETAIN })
    const accessPoint = fileSystem.addAccessPoint('AccessPoint', {
      path: '/data',
      posixUser: { uid: String(s.volume.uid), gid: String(s.volume.uid) },
      createAcl: { ownerUid: String(s.volume.uid), ownerGid: String(s.volume.uid), permissions: '0755' },
    })
    taskDefinition.addVolume({ name: s.volume.name, efsVolumeConfiguration: { fileSystemId: fileSystem.fileSystemId, transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: accessPoint.accessPointId, iam: 'ENABLED' } } })
    main.addMountPoints({ sourceVolume: s.volume.name, containerPath: s.volume.path, readOnly: false })
    fileSystem.grant(taskDefinition.taskRole, 'elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite')
    fileSystem.connections.allowDefaultPortFrom(service)
  }
  for (const dep of s.dependsOn) {
    const other = built.get(dep.name)
    if (other) service.node.addDependency(other)
  }
  for (const port of published) {
    const https = port.protocol === 'https'
    const listener = shared.loadBalancer!.addListener(`${capitalised(s.name)}Listener${port.published}`, {
      port: port.published!,
      protocol: https ? elbv2.ApplicationProtocol.HTTPS : elbv2.ApplicationProtocol.HTTP,
      ...(https ? { certificates: [elbv2.ListenerCertificate.fromArn(shared.certificateArn)] } : {}),
      open: true,
    })
    const interval = hc ? Math.min(300, Math.max(5, hc.interval)) : undefined
    listener.addTargets(`${capitalised(s.name)}Target${port.published}`, {
      port: port.container,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targets: [service.loadBalancerTarget({ containerName: s.name, containerPort: port.container })],
      healthCheck: {
        path: hc ? '/health' : '/',
        healthyHttpCodes: '200-399',
        ...(interval !== undefined ? { interval: Duration.seconds(interval), timeout: Duration.seconds(Math.min(interval - 1, Math.max(2, hc!.timeout))) } : {}),
      },
    })
    new CfnOutput(scope, `Url${port.published}`, { value: `${https ? 'https' : 'http'}://${shared.loadBalancer!.loadBalancerDnsName}:${port.published}` })
  }
  built.set(s.name, service)
}

/**
 * Builds, in a fresh `App`, the CDK equivalent of what composeform emits for `plan`: an
 * imported VPC, cluster (Container Insights, Cloud Map namespace for Service Connect), log
 * group, one security group per network, one internet-facing ALB when something is
 * published, and per service a FargateTaskDefinition + container + FargateService, with a
 * listener and target group per published port, an EFS file system with an access point for a
 * named volume, and a secrets init container for a secret delivered as a file. Returns the app, ready for `synth()`.
 */
export function buildApp(plan: AppPlan, outdir: string): App {
  const app = new App({ outdir, context: { '@aws-cdk/core:stackResourceLimit': 0 } })
  const stack = new Stack(app, plan.name, { env: { account: '123456789012', region: 'eu-west-1' } })
  Tags.of(stack).add('com.docker.compose.project', plan.name)
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['eu-west-1a', 'eu-west-1b'],
    publicSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
  })
  const certificateArn = new CfnParameter(stack, 'CertificateArn', { type: 'String', description: 'ARN of the ACM certificate for HTTPS listeners.' }).valueAsString
  const cluster = new ecs.Cluster(stack, 'Cluster', {
    vpc,
    clusterName: plan.name,
    containerInsightsV2: ecs.ContainerInsights.ENABLED,
    defaultCloudMapNamespace: { name: `${plan.name}.local`, type: servicediscovery.NamespaceType.DNS_PRIVATE, useForServiceConnect: true },
  })
  const logGroup = new logs.LogGroup(stack, 'LogGroup', { logGroupName: `/docker-compose/${plan.name}`, retention: logs.RetentionDays.ONE_MONTH })
  const networks = new Map<string, ec2.SecurityGroup>()
  for (const name of plan.networks) {
    const group = new ec2.SecurityGroup(stack, `${capitalised(name)}Network`, { vpc, description: `${plan.name} Security Group for ${name} network` })
    group.connections.allowInternally(ec2.Port.allTraffic(), `Allow communication within network ${name}`)
    networks.set(name, group)
  }
  const anyPublished = plan.services.some((s) => s.ports.some((p) => p.published !== undefined))
  const loadBalancer = anyPublished ? new elbv2.ApplicationLoadBalancer(stack, 'LoadBalancer', { vpc, internetFacing: true }) : undefined
  if (loadBalancer) new CfnOutput(stack, 'LoadBalancerDnsName', { value: loadBalancer.loadBalancerDnsName })
  const secrets = new Map(plan.secrets.map((x) => [x.name, secretsmanager.Secret.fromSecretCompleteArn(stack, `${capitalised(x.name.replace(/[^A-Za-z0-9]/g, ''))}Secret`, x.arn)]))
  const shared: Shared = { vpc, cluster, logGroup, networks, certificateArn, secrets, ...(loadBalancer ? { loadBalancer } : {}) }
  const built = new Map<string, ecs.FargateService>()
  for (const service of plan.services) addService(stack, plan, service, shared, built)
  return app
}
