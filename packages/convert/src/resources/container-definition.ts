import { boundedName, literal, ref, type ComposeService, type Value } from '@composeform/model'
import { containerMiB, isAwslogsOption, type EcsPort, type EcsService } from '@composeform/validate'
import { userText, userTexts } from '../user-text.js'

/**
 * The ports of a container, each once: a port published on two listeners (80 and 443 to
 * 8080), or both exposed and published, is one port mapping (the checker gave them one name).
 */
export function containerPorts(ports: readonly EcsPort[]): EcsPort[] {
  const byName = new Map<string, EcsPort>()
  for (const port of ports) if (!byName.has(portName(port))) byName.set(portName(port), port)
  return [...byName.values()]
}

/** The ports Service Connect gives names: the TCP ones, each once (it proxies no UDP). */
export function serviceConnectPorts(ports: readonly EcsPort[]): EcsPort[] {
  return containerPorts(ports).filter((p) => p.protocol === 'tcp')
}

/**
 * The Service Connect discovery name of a port of a task's container: `<container>-<port
 * name>` in lowercase, the only case Cloud Map service names take here.
 */
export function discoveryName(container: string, port: EcsPort): string {
  return `${container}-${portName(port)}`.toLowerCase()
}

/** The ECS port name of a port: its own `name`, else `<protocol>-<containerPort>`; Service Connect refers to ports by it. */
export function portName(port: EcsPort): string {
  return port.name ?? `${port.protocol}-${port.containerPort}`
}

/**
 * The main container of a service's task, from the compose service and the checker's
 * decisions. Optional properties are left out rather than emitted empty; lists from maps
 * are sorted.
 */
export function containerDefinition(name: string, service: ComposeService, ecs: EcsService, projectName: string): Record<string, Value> {
  const c: Record<string, Value> = { Name: name, Image: service.image ?? '', Essential: true }
  if (service.command) c.Command = userTexts(service.command)
  if (service.entrypoint) c.EntryPoint = userTexts(service.entrypoint)
  const environment = Object.entries(service.environment ?? {})
    .filter((e): e is [string, string] => e[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Name, Value]) => ({ Name, Value: userText(Value) }))
  if (environment.length > 0) c.Environment = environment
  if (typeof service.working_dir === 'string') c.WorkingDirectory = userText(service.working_dir)
  // ECS rejects User and the Linux settings below for Windows containers; the checker reports what is left out (checkWindowsSettings).
  const linux = ecs.runtimePlatform.operatingSystemFamily === 'LINUX'
  if (typeof service.user === 'string' && linux) c.User = service.user
  if (ecs.healthCheck) {
    c.HealthCheck = {
      Command: userTexts(ecs.healthCheck.command),
      Interval: ecs.healthCheck.interval,
      Timeout: ecs.healthCheck.timeout,
      Retries: ecs.healthCheck.retries,
      ...(ecs.healthCheck.startPeriod !== undefined ? { StartPeriod: ecs.healthCheck.startPeriod } : {}),
    }
  }
  const ulimits = Object.entries(linux ? (service.ulimits ?? {}) : {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([Name, l]) => ({ Name, SoftLimit: l.soft, HardLimit: l.hard }))
  if (ulimits.length > 0) c.Ulimits = ulimits
  if (linux) {
    // Docker takes `cap_net_raw` and `CAP_NET_RAW`; ECS only its own spelling, `NET_RAW`.
    const capabilities = (list: unknown) => (Array.isArray(list) ? list.map((c: string) => c.toUpperCase().replace(/^CAP_/, '')) : [])
    const add = capabilities(service.cap_add)
    const drop = capabilities(service.cap_drop)
    const params: Record<string, Value> = {}
    if (service.init === true) params.InitProcessEnabled = true
    if (add.length > 0 || drop.length > 0) params.Capabilities = { ...(add.length ? { Add: add } : {}), ...(drop.length ? { Drop: drop } : {}) }
    if (Object.keys(params).length > 0) c.LinuxParameters = params
    if (service.read_only === true) c.ReadonlyRootFilesystem = true
  }
  if (ecs.stopTimeout !== undefined) c.StopTimeout = ecs.stopTimeout
  if (service.tty === true) c.PseudoTerminal = true
  if (service.stdin_open === true) c.Interactive = true
  const reservation = service.deploy?.resources?.reservations?.memory ?? service.mem_reservation
  if (typeof reservation === 'number' && reservation > 0) c.MemoryReservation = containerMiB(reservation)
  if (ecs.ports.length > 0) {
    c.PortMappings = containerPorts(ecs.ports).map((p) => ({
      ContainerPort: p.containerPort,
      Protocol: p.protocol,
      Name: portName(p),
      ...(p.appProtocol === 'http' || p.appProtocol === 'grpc' ? { AppProtocol: p.appProtocol === 'grpc' ? 'grpc' : 'http' } : {}),
    }))
  }
  const labels = Object.entries(service.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))
  // A label such as `$ref` is the user's text, not one of the graph's references; among
  // labels without such a key, a value with `${` is written through Fn::Sub (see userText).
  const dollarKey = labels.some(([key]) => key.startsWith('$'))
  if (labels.length > 0) c.DockerLabels = dollarKey ? literal(Object.fromEntries(labels)) : Object.fromEntries(labels.map(([key, value]) => [key, userText(value)]))
  const sysctls = Object.entries(linux ? (service.sysctls ?? {}) : {}).sort(([a], [b]) => (a < b ? -1 : 1))
  if (sysctls.length > 0) c.SystemControls = sysctls.map(([Namespace, Value]) => ({ Namespace, Value }))
  const pull = service['x-aws-pull_credentials']
  if (typeof pull === 'string') c.RepositoryCredentials = { CredentialsParameter: pull }
  const options: Record<string, string> = {}
  for (const [key, value] of Object.entries(service.logging?.options ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (isAwslogsOption(key)) options[key] = value
  }
  c.LogConfiguration = awslogsConfiguration(projectName, options)
  return c
}

/**
 * A container's `LogConfiguration`: the project's log group in the stack's region, streams
 * prefixed with the project name; `options` add to or replace the defaults, the group and
 * region included (a log group of the user's, which the checker notes).
 */
export function awslogsConfiguration(projectName: string, options: Record<string, string> = {}): Record<string, Value> {
  const awslogs: Record<string, Value> = {
    'awslogs-group': ref('LogGroup'),
    'awslogs-region': ref('AWS::Region'),
    // A stream is `<prefix>/<container>/<task id>`, at most 512 characters.
    'awslogs-stream-prefix': boundedName(projectName, 200),
    ...options,
  }
  return { LogDriver: 'awslogs', Options: awslogs }
}
