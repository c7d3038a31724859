import type { ComposeModel, ComposeProject, SourceMap } from '@composeform/model'
import type { EcsVolume } from './volumes/efs-volume.js'

/** ECS CPU units: 1024 per vCPU. */
export type CpuUnits = number
/** Mebibytes. */
export type MiB = number

/** The OS and CPU architecture a task runs on (ECS `RuntimePlatform`). */
export interface RuntimePlatform {
  operatingSystemFamily: 'LINUX' | 'WINDOWS_SERVER_2022_CORE'
  cpuArchitecture: 'X86_64' | 'ARM64'
}

/** One container port as ECS will see it. */
export interface EcsPort {
  /** The port the container listens on. */
  containerPort: number
  /** The port clients connect to on the load balancer; undefined when the port is not published. */
  listenerPort?: number
  protocol: 'tcp' | 'udp'
  /** Set when the port speaks HTTP(S): from `x-aws-protocol`, `app_protocol`, or published 80/443. */
  appProtocol?: 'http' | 'https' | 'grpc'
  /** The port's own `name` (ECS `PortMapping.Name`); without it, `<protocol>-<containerPort>`. */
  name?: string
  /** Index in the service's `ports` (or `expose`, for unpublished ports) it came from. */
  origin: (string | number)[]
  /** For a port of a sidecar in its owner's task: the sidecar (its container name). */
  container?: string
  /** `x-aws-rule`: the requests of a shared HTTP(S) listener routed to this port. */
  rule?: ListenerRoute
}

/** Host names and paths an application load balancer routes to one port (either list may be empty, not both). */
export interface ListenerRoute {
  hosts: string[]
  paths: string[]
  /** An explicit priority; without it the converter orders rules most specific first. */
  priority?: number
}

/** One entry of an ECS capacity-provider strategy. */
export interface CapacityProviderItem {
  capacityProvider: 'FARGATE' | 'FARGATE_SPOT'
  weight: number
  base?: number
}

/** An EC2 instance type with NVIDIA GPUs that composeform knows the size of. */
export interface GpuInstanceType {
  /** The EC2 name, e.g. `g4dn.xlarge`. */
  name: string
  vcpus: number
  /** Installed memory. */
  memoryMiB: MiB
  gpus: number
}

/** The EC2 capacity a GPU service runs on: GPUs per task and the instance type of its auto-scaling group. */
export interface GpuCapacity {
  /** GPUs reserved for the main container (ECS `ResourceRequirements` GPU). */
  count: number
  instanceType: GpuInstanceType
}

/** An existing IAM role a task uses instead of one composeform creates. */
export interface ExistingRole {
  /** The role's name or ARN, as written. */
  role: string
  /** Where it is set: the service's extension, or the top-level one. */
  origin: (string | number)[]
}

/** What the checker decided for one service: everything convert needs beyond the compose model. */
export interface EcsService {
  name: string
  /** `EC2` exactly when the service reserves GPUs (then `gpu` is set). */
  launchType: 'FARGATE' | 'EC2'
  /** Set for GPU services: they run on EC2 instances of this type through a capacity provider. */
  gpu?: GpuCapacity
  /** Task size: a valid Fargate combination, or for EC2 what fits the instance type. */
  cpu: CpuUnits
  memory: MiB
  runtimePlatform: RuntimePlatform
  desiredCount: number
  /** Seconds ECS waits before killing the container (ECS allows at most 120). */
  stopTimeout?: number
  /** Health check with values clamped to what ECS accepts, in seconds. */
  healthCheck?: { command: string[]; interval: number; timeout: number; retries: number; startPeriod?: number }
  ports: EcsPort[]
  deployment: { minimumHealthyPercent: number; maximumPercent: number; circuitBreaker: { enable: true; rollback: boolean } }
  /** Whether the service should run once rather than be kept running (restart: "no" / on-failure). */
  oneShot: boolean
  /** Where tasks run (`x-aws-capacity_provider_strategy`); undefined: the `FARGATE` launch type. */
  capacityProviderStrategy?: CapacityProviderItem[]
  /** ECS Exec (`x-aws-exec`). */
  enableExecuteCommand: boolean
  /** `x-aws-task_role` of the task: the role its containers run as; without it composeform creates one when they need permissions. */
  taskRole?: ExistingRole
  /** `x-aws-execution_role` of the task: the role ECS starts it with; without it composeform creates one. */
  executionRole?: ExistingRole
  /** Task storage in GiB beyond the included 20 (`storage_opt.size`). */
  ephemeralStorageGiB?: number
  /** What the service asks for (CPUs, memory bytes), before rounding to a Fargate size. */
  request: { cpus?: number; memoryBytes?: number }
  /** The service whose task runs this one: itself, or the owner it is a sidecar of. */
  task: string
  /** For a task's owner, its sidecars (sorted); otherwise empty. */
  sidecars: string[]
}

/** Project-wide settings from the top-level `x-aws-*` extensions, with defaults applied. */
export interface EcsSettings {
  vpc?: string
  cluster?: string
  loadBalancer?: string
  /** `x-aws-loadbalancer_scheme`: the scheme of the load balancer the template creates. */
  loadBalancerScheme: 'internet-facing' | 'internal'
  /** Days; always a value CloudWatch Logs accepts. */
  logsRetentionDays: number
  /** `x-aws-cloudformation`: merged over the generated template by the emitter. */
  cloudformation?: Record<string, unknown>
}

/**
 * The checked project: the compose model unchanged, plus the ECS decisions for every service.
 * A new value; `checkEcs` never mutates its input.
 */
export interface EcsProject {
  name: string
  model: ComposeModel
  sources: SourceMap
  settings: EcsSettings
  services: Record<string, EcsService>
  /** The top-level volumes services mount (EFS file systems), by key. */
  volumes: Record<string, EcsVolume>
  /** The text of each non-external config a service uses, as the loader read it. */
  configContents: Record<string, string>
}

/** The project type `checkEcs` takes (a loaded compose project). */
export type CheckInput = Pick<ComposeProject, 'name' | 'model' | 'sources'> & Partial<Pick<ComposeProject, 'configContents'>>
