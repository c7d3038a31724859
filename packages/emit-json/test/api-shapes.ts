/**
 * The request shapes of the ECS API calls the files are for, as far as composeform uses
 * them (from the API reference of RegisterTaskDefinition and CreateService): a key maps to
 * the shape of its value, `leaf` for a scalar or a list of scalars, `map` for a map with the
 * user's own keys. A list value is checked item by item against the same shape.
 */
export type Shape = 'leaf' | 'map' | { readonly [key: string]: Shape }

const keyValue: Shape = { key: 'leaf', value: 'leaf' }
const nameValue: Shape = { name: 'leaf', value: 'leaf' }

const containerDefinition: Shape = {
  name: 'leaf',
  image: 'leaf',
  repositoryCredentials: { credentialsParameter: 'leaf' },
  cpu: 'leaf',
  memory: 'leaf',
  memoryReservation: 'leaf',
  links: 'leaf',
  portMappings: { containerPort: 'leaf', hostPort: 'leaf', protocol: 'leaf', name: 'leaf', appProtocol: 'leaf', containerPortRange: 'leaf' },
  essential: 'leaf',
  entryPoint: 'leaf',
  command: 'leaf',
  environment: nameValue,
  environmentFiles: { value: 'leaf', type: 'leaf' },
  mountPoints: { sourceVolume: 'leaf', containerPath: 'leaf', readOnly: 'leaf' },
  volumesFrom: { sourceContainer: 'leaf', readOnly: 'leaf' },
  linuxParameters: {
    capabilities: { add: 'leaf', drop: 'leaf' },
    devices: { hostPath: 'leaf', containerPath: 'leaf', permissions: 'leaf' },
    initProcessEnabled: 'leaf',
    sharedMemorySize: 'leaf',
    tmpfs: { containerPath: 'leaf', size: 'leaf', mountOptions: 'leaf' },
    maxSwap: 'leaf',
    swappiness: 'leaf',
  },
  secrets: { name: 'leaf', valueFrom: 'leaf' },
  dependsOn: { containerName: 'leaf', condition: 'leaf' },
  startTimeout: 'leaf',
  stopTimeout: 'leaf',
  hostname: 'leaf',
  user: 'leaf',
  workingDirectory: 'leaf',
  disableNetworking: 'leaf',
  privileged: 'leaf',
  readonlyRootFilesystem: 'leaf',
  dnsServers: 'leaf',
  dnsSearchDomains: 'leaf',
  extraHosts: { hostname: 'leaf', ipAddress: 'leaf' },
  dockerSecurityOptions: 'leaf',
  interactive: 'leaf',
  pseudoTerminal: 'leaf',
  dockerLabels: 'map',
  ulimits: { name: 'leaf', softLimit: 'leaf', hardLimit: 'leaf' },
  logConfiguration: { logDriver: 'leaf', options: 'map', secretOptions: { name: 'leaf', valueFrom: 'leaf' } },
  healthCheck: { command: 'leaf', interval: 'leaf', timeout: 'leaf', retries: 'leaf', startPeriod: 'leaf' },
  systemControls: { namespace: 'leaf', value: 'leaf' },
  resourceRequirements: { value: 'leaf', type: 'leaf' },
  firelensConfiguration: { type: 'leaf', options: 'map' },
  credentialSpecs: 'leaf',
}

/** `aws ecs register-task-definition --cli-input-json`. */
export const REGISTER_TASK_DEFINITION: Shape = {
  family: 'leaf',
  taskRoleArn: 'leaf',
  executionRoleArn: 'leaf',
  networkMode: 'leaf',
  containerDefinitions: containerDefinition,
  requiresCompatibilities: 'leaf',
  cpu: 'leaf',
  memory: 'leaf',
  tags: keyValue,
  pidMode: 'leaf',
  ipcMode: 'leaf',
  runtimePlatform: { operatingSystemFamily: 'leaf', cpuArchitecture: 'leaf' },
  ephemeralStorage: { sizeInGiB: 'leaf' },
}

/** `aws ecs create-service --cli-input-json`. */
export const CREATE_SERVICE: Shape = {
  cluster: 'leaf',
  serviceName: 'leaf',
  taskDefinition: 'leaf',
  loadBalancers: { targetGroupArn: 'leaf', loadBalancerName: 'leaf', containerName: 'leaf', containerPort: 'leaf' },
  desiredCount: 'leaf',
  launchType: 'leaf',
  platformVersion: 'leaf',
  deploymentConfiguration: {
    deploymentCircuitBreaker: { enable: 'leaf', rollback: 'leaf' },
    maximumPercent: 'leaf',
    minimumHealthyPercent: 'leaf',
  },
  networkConfiguration: { awsvpcConfiguration: { subnets: 'leaf', securityGroups: 'leaf', assignPublicIp: 'leaf' } },
  healthCheckGracePeriodSeconds: 'leaf',
  schedulingStrategy: 'leaf',
  deploymentController: { type: 'leaf' },
  tags: keyValue,
  enableECSManagedTags: 'leaf',
  propagateTags: 'leaf',
  enableExecuteCommand: 'leaf',
  serviceConnectConfiguration: {
    enabled: 'leaf',
    namespace: 'leaf',
    services: { portName: 'leaf', discoveryName: 'leaf', clientAliases: { port: 'leaf', dnsName: 'leaf' }, ingressPortOverride: 'leaf' },
  },
}

/** The places in `value` that `shape` does not allow, as dotted paths; empty when it fits. */
export function shapeErrors(value: unknown, shape: Shape, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => shapeErrors(item, shape, `${path}[${i}]`))
  const isMap = value !== null && typeof value === 'object'
  if (shape === 'leaf') return isMap ? [`${path}: a map where a value belongs`] : []
  if (!isMap) return [`${path}: a value where a map belongs`]
  if (shape === 'map') return Object.values(value).every((v) => typeof v === 'string') ? [] : [`${path}: a map value that is not a string`]
  return Object.entries(value).flatMap(([k, v]) => (Object.hasOwn(shape, k) ? shapeErrors(v, shape[k]!, path === '' ? k : `${path}.${k}`) : [`${path === '' ? k : `${path}.${k}`}: not in the API`]))
}
