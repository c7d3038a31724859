import { createPrng, type Prng } from './prng.js'

/** What a generated service does; decides its image, ports, health check and networks. */
export type ServiceKind = 'web' | 'api' | 'worker' | 'cache' | 'queue'

/** One container port. HTTP(S) ports may be published (a load-balancer listener); TCP ones stay internal. */
export interface PortPlan {
  container: number
  /** The listener port, unique across the application; absent for an internal port. */
  published?: number
  protocol: 'http' | 'https' | 'tcp'
  /** How the compose file spells it: `short` ("80:8080"), `long` (a mapping), `expose`. */
  syntax: 'short' | 'long' | 'expose'
}

/** An environment value: literal, or `${variable:-fallback}` resolved from `.env` or the fallback. */
export interface EnvPlan {
  value: string
  variable?: string
}

/** A container health check, in seconds. */
export interface HealthcheckPlan {
  test: string[]
  interval: number
  timeout: number
  retries: number
  startPeriod: number
}

/** One compose service, with the values it resolves to after `.env` and the override file. */
export interface ServicePlan {
  name: string
  kind: ServiceKind
  /** The image as written, with `${REGISTRY:-…}` / `${TAG:-…}` for the application's own images. */
  imageText: string
  /** The image after interpolation. */
  image: string
  command?: string[]
  /** vCPUs and MiB of `deploy.resources.limits`. */
  cpus: number
  memoryMiB: number
  replicas: number
  ports: PortPlan[]
  environment: Record<string, EnvPlan>
  dependsOn: { name: string; healthy: boolean }[]
  healthcheck?: HealthcheckPlan
  networks: string[]
  labels: Record<string, string>
  stopGracePeriod?: number
  /** What `compose.override.yaml` changes for this service. */
  override?: { replicas: number; logLevel: string }
  /** A named volume (EFS) the service keeps its data on, written by `uid`. */
  volume?: { name: string; path: string; uid: number }
  /** An external secret (its team's database login) delivered as a file. */
  secret?: string
}

/** A whole generated application. */
export interface AppPlan {
  name: string
  seed: number
  services: ServicePlan[]
  networks: string[]
  /** The `.env` file's variables. */
  dotenv: Record<string, string>
  /** External secrets by name, with their ARNs, sorted by name. */
  secrets: { name: string; arn: string }[]
}

const dotenv: Record<string, string> = {
  REGISTRY: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  TAG: '1.8.3',
  LOG_LEVEL: 'warn',
  FEATURE_SEARCH: 'on',
}
const features = ['SEARCH', 'CHECKOUT', 'RECOMMENDATIONS', 'AUDIT']
const teams = ['payments', 'catalog', 'identity', 'platform', 'growth']
const sizes: readonly [number, number][] = [
  [0.25, 512],
  [0.25, 1024],
  [0.5, 1024],
  [1, 2048],
  [2, 4096],
]
const kindWeights: readonly [ServiceKind, number][] = [
  ['web', 20],
  ['api', 35],
  ['worker', 20],
  ['cache', 15],
  ['queue', 10],
]

function pickKind(rng: Prng, index: number): ServiceKind {
  if (index === 0) return 'web'
  if (index === 1) return 'api'
  let roll = rng.int(0, 99)
  for (const [kind, weight] of kindWeights) {
    if (roll < weight) return kind
    roll -= weight
  }
  return 'worker'
}

function interpolated(variable: string, fallback: string): EnvPlan {
  return { value: dotenv[variable] ?? fallback, variable }
}

/** Ports: the first web service gets 80, the first API 443, other published HTTP ports 8001…; TCP ports are internal. */
function portsFor(kind: ServiceKind, rng: Prng, nextPublished: () => number, edge: { http: boolean; https: boolean }): PortPlan[] {
  switch (kind) {
    case 'web': {
      if (!edge.http) {
        edge.http = true
        return [{ container: 8080, published: 80, protocol: 'http', syntax: 'short' }]
      }
      return rng.chance(0.6) ? [{ container: 8080, published: nextPublished(), protocol: 'http', syntax: 'long' }] : [{ container: 8080, protocol: 'http', syntax: 'expose' }]
    }
    case 'api': {
      const metrics: PortPlan[] = rng.chance(0.3) ? [{ container: 9090, protocol: 'tcp', syntax: 'expose' }] : []
      if (!edge.https) {
        edge.https = true
        return [{ container: 8080, published: 443, protocol: 'https', syntax: 'long' }, ...metrics]
      }
      const main: PortPlan = rng.chance(0.25) ? { container: 8080, published: nextPublished(), protocol: 'http', syntax: 'long' } : { container: 8080, protocol: 'http', syntax: 'expose' }
      return [main, ...metrics]
    }
    case 'cache':
      return [{ container: 6379, protocol: 'tcp', syntax: 'expose' }]
    case 'queue':
      return [{ container: 5672, protocol: 'tcp', syntax: 'expose' }]
    case 'worker':
      return []
  }
}

function healthcheckFor(kind: ServiceKind, rng: Prng): HealthcheckPlan | undefined {
  const timing = { interval: rng.pick([10, 15, 30]), timeout: rng.pick([3, 5]), retries: rng.int(2, 5), startPeriod: rng.pick([0, 10, 30]) }
  switch (kind) {
    case 'web':
    case 'api':
      return { test: ['CMD', 'curl', '-f', 'http://localhost:8080/health'], ...timing }
    case 'cache':
      return { test: ['CMD', 'redis-cli', 'ping'], ...timing }
    case 'queue':
      return { test: ['CMD-SHELL', 'rabbitmq-diagnostics -q ping'], ...timing }
    case 'worker':
      return undefined
  }
}

const networksFor: Record<ServiceKind, string[]> = {
  web: ['backend', 'edge'],
  api: ['backend', 'data'],
  worker: ['backend', 'data'],
  cache: ['data'],
  queue: ['data'],
}

function urlOf(service: ServicePlan): string {
  if (service.kind === 'cache') return `redis://${service.name}:6379`
  if (service.kind === 'queue') return `amqp://${service.name}:5672`
  return `http://${service.name}:8080`
}

function environmentFor(name: string, kind: ServiceKind, deps: ServicePlan[], rng: Prng): Record<string, EnvPlan> {
  const env: Record<string, EnvPlan> = { SERVICE_NAME: { value: name }, LOG_LEVEL: interpolated('LOG_LEVEL', 'info') }
  if (kind === 'web' || kind === 'api') env.PORT = { value: '8080' }
  for (const dep of deps) if (dep.kind !== 'worker') env[`${dep.name.toUpperCase()}_URL`] = { value: urlOf(dep) }
  for (const feature of features) if (rng.chance(0.3)) env[`FEATURE_${feature}`] = interpolated(`FEATURE_${feature}`, 'off')
  if (kind !== 'cache' && kind !== 'queue') {
    env.TIMEOUT_MS = { value: String(rng.pick([500, 1000, 2500, 5000])) }
    env.POOL_SIZE = { value: String(rng.int(2, 32)) }
  }
  return env
}

/**
 * Plans a realistic compose application of `count` services, deterministically from `seed`:
 * web front ends and APIs (HTTP, some published through the load balancer on unique ports),
 * workers, caches and queues (internal TCP, each on its own EFS volume), with
 * environment, `depends_on` on earlier services (so never a cycle), health checks, sizes,
 * networks, every other API reading its team's database secret, and a few overrides.
 */
export function planApp(count: number, seed = 1): AppPlan {
  const rng = createPrng(seed * 1_000_003 + count)
  const width = Math.max(3, String(count - 1).length)
  const services: ServicePlan[] = []
  let published = 8000
  const edge = { http: false, https: false }
  for (let i = 0; i < count; i++) {
    const kind = pickKind(rng, i)
    const name = `${kind}${String(i).padStart(width, '0')}`
    const candidates = services.filter((s) => s.kind !== 'web' && s.kind !== 'worker')
    const deps: ServicePlan[] = []
    const wanted = kind === 'cache' || kind === 'queue' ? 0 : Math.min(candidates.length, rng.int(0, 3))
    while (deps.length < wanted) {
      const dep = candidates[candidates.length - 1 - Math.min(candidates.length - 1, rng.int(0, 15))]!
      if (!deps.includes(dep)) deps.push(dep)
    }
    const [cpus, memoryMiB] = rng.pick(sizes)
    const healthcheck = healthcheckFor(kind, rng)
    const ports = portsFor(kind, rng, () => ++published, edge)
    const own = kind === 'cache' ? 'redis:7.2-alpine' : kind === 'queue' ? 'rabbitmq:3.13-alpine' : undefined
    const service: ServicePlan = {
      name,
      kind,
      imageText: own ?? `\${REGISTRY:-docker.io}/acme/${kind}-${i}:\${TAG:-latest}`,
      image: own ?? `${dotenv.REGISTRY}/acme/${kind}-${i}:${dotenv.TAG}`,
      ...(kind === 'worker' ? { command: ['node', 'dist/worker.js', `--queue=jobs-${i}`] } : {}),
      cpus,
      memoryMiB,
      replicas: kind === 'cache' || kind === 'queue' ? 1 : rng.int(1, 3),
      ports,
      environment: environmentFor(name, kind, deps, rng),
      dependsOn: deps.map((d) => ({ name: d.name, healthy: d.healthcheck !== undefined && rng.chance(0.3) })).sort((a, b) => (a.name < b.name ? -1 : 1)),
      ...(healthcheck ? { healthcheck } : {}),
      networks: networksFor[kind],
      labels: { 'com.acme.team': rng.pick(teams), 'com.acme.tier': kind },
      ...(kind === 'worker' ? { stopGracePeriod: rng.pick([30, 60]) } : {}),
      // Every tenth service, so that even N=10 has one.
      ...(i % 10 === 4 ? { override: { replicas: rng.int(2, 4), logLevel: 'debug' } } : {}),
    }
    // No extra draws: the rest of the application stays what it was before volumes and secrets.
    if (kind === 'queue') service.volume = { name: `${name}-data`, path: '/var/lib/rabbitmq', uid: 999 }
    if (kind === 'cache') service.volume = { name: `${name}-data`, path: '/data', uid: 999 }
    if (kind === 'api' && i % 2 === 1) service.secret = `db-${service.labels['com.acme.team']}`
    services.push(service)
  }
  const secrets = [...new Set(services.flatMap((s) => (s.secret ? [s.secret] : [])))].sort().map((name) => ({ name, arn: `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${name}-AbCdEf` }))
  return { name: `bench${count}`, seed, services, networks: ['backend', 'data', 'edge'], dotenv: { ...dotenv }, secrets }
}

/** The values a service runs with once the override file is merged (what the CDK peer builds). */
export function effective(service: ServicePlan): { replicas: number; environment: Record<string, string> } {
  const environment = Object.fromEntries(Object.entries(service.environment).map(([k, v]) => [k, v.value]))
  if (!service.override) return { replicas: service.replicas, environment }
  return { replicas: service.override.replicas, environment: { ...environment, LOG_LEVEL: service.override.logLevel } }
}
