import fc from 'fast-check'

const safeText = fc.stringMatching(/^[a-zA-Z0-9 ._:/-]{0,12}$/)
const serviceNames = ['web', 'api', 'worker', 'db', 'cache', 'queue', 'auth', 'front'] as const
const networkNames = ['front', 'back'] as const

/** One service's attributes, each valid on ECS/Fargate (some give warnings or notes). Ports are filled in later. */
const service = fc.record(
  {
    image: fc.constantFrom('nginx', 'redis:7', 'acme/api:1.2', 'public.ecr.aws/docker/library/busybox:stable'),
    targets: fc.uniqueArray(fc.integer({ min: 1, max: 9000 }), { maxLength: 2 }),
    expose: fc.uniqueArray(fc.integer({ min: 1, max: 65_535 }).map(String), { maxLength: 2 }),
    environment: fc.dictionary(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/), safeText, { maxKeys: 4 }),
    // Some label keys look like the resource graph's intrinsics; they must stay labels.
    labels: fc.dictionary(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/), fc.constantFrom('$ref', 'attribute', '$sub', '$base64', '$import', '$getAZs')), safeText, { maxKeys: 3 }),
    command: fc.array(safeText, { minLength: 1, maxLength: 3 }),
    healthcheck: fc.record({
      test: fc.constantFrom(['CMD', 'curl', '-f', 'http://localhost/'], ['CMD-SHELL', 'wget -q -O- localhost || exit 1']),
      interval: fc.constantFrom('10s', '30s', '1m'),
      timeout: fc.constantFrom('2s', '5s'),
      retries: fc.integer({ min: 1, max: 10 }),
      start_period: fc.constantFrom('0s', '10s', '1m'),
    }),
    deploy: fc.record(
      {
        replicas: fc.integer({ min: 0, max: 5 }),
        resources: fc.record({ limits: fc.record({ cpus: fc.constantFrom(0.25, 0.5, 1, 2, '0.5'), memory: fc.constantFrom('256m', '512m', '1g', '2g', '3gb') }, { requiredKeys: [] }) }),
        update_config: fc.record({ parallelism: fc.integer({ min: 1, max: 2 }), order: fc.constantFrom('start-first', 'stop-first') }, { requiredKeys: [] }),
        'x-aws-autoscaling': fc.record({ min: fc.integer({ min: 1, max: 2 }), max: fc.integer({ min: 2, max: 8 }), cpu: fc.integer({ min: 30, max: 90 }) }),
      },
      { requiredKeys: [] },
    ),
    dependsOn: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }),
    healthyDependencies: fc.boolean(),
    networks: fc.subarray([...networkNames]),
    stop_grace_period: fc.constantFrom('5s', '30s', '2m'),
    platform: fc.constantFrom('linux/amd64', 'linux/arm64'),
    user: fc.constantFrom('1000', 'app'),
    working_dir: fc.constantFrom('/app', '/srv/www'),
    // Features of the full mapping, turned into compose below.
    volume: fc.record({ name: fc.constantFrom('data', 'shared'), readOnly: fc.boolean() }),
    anonymousVolume: fc.boolean(),
    sidecarOf: fc.nat({ max: 7 }),
    config: fc.boolean(),
    envSecret: fc.boolean(),
    spot: fc.boolean(),
    exec: fc.boolean(),
    existingTaskRole: fc.boolean(),
    existingExecutionRole: fc.boolean(),
    // What the published ports speak (long syntax); without it they are plain TCP.
    appProtocol: fc.constantFrom('http', 'https', 'grpc'),
    requestCount: fc.boolean(),
  },
  { requiredKeys: ['image', 'targets'] },
)

const TOKEN_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:token-AbCdEf'

/**
 * A compose application that converts without errors: unique published ports across
 * services, `depends_on` only on services defined before (no cycles), networks defined at the
 * top level, sizes Fargate can round up to; EFS volumes (some read-only, some anonymous),
 * sidecars in an earlier service's task (on its platform, without ports of their own), a
 * config, a secret as a variable, Fargate Spot, ECS Exec, existing roles, ports speaking HTTP,
 * HTTPS or gRPC, and autoscaling on requests per target.
 */
export const validApp = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...serviceNames), { minLength: 1, maxLength: 4 }), fc.array(service, { minLength: 4, maxLength: 4 }), fc.constantFrom(1, 7, 30, 365))
  .map(([names, specs, retention]) => {
    let published = 20_000
    const services: Record<string, Record<string, unknown>> = {}
    names.forEach((name, index) => {
      const { targets, dependsOn, healthyDependencies, networks, volume, anonymousVolume, sidecarOf, config, envSecret, spot, exec, existingTaskRole, existingExecutionRole, appProtocol, requestCount, ...attributes } = specs[index]!
      const before = names.slice(0, index)
      const dependencies = [...new Set((dependsOn ?? []).filter((i) => i < before.length).map((i) => before[i]!))]
      // A sidecar joins the task of an earlier service that is no sidecar itself; it shares that task's ports and platform.
      const owner = sidecarOf !== undefined && sidecarOf < before.length && !('x-aws-task' in services[before[sidecarOf]!]!) ? before[sidecarOf] : undefined
      const port = (target: number) => (appProtocol ? { target, published: String(published++), app_protocol: appProtocol } : `${published++}:${target}`)
      const out: Record<string, unknown> = { ...attributes, ports: owner ? [] : targets.map(port) }
      const scaling = attributes.deploy?.['x-aws-autoscaling']
      if (requestCount && scaling) {
        // Requests per target instead of CPU: scaled on CPU, with a warning, unless every published port speaks HTTP.
        const { cpu: _cpu, ...range } = scaling
        out['deploy'] = { ...attributes.deploy, 'x-aws-autoscaling': { ...range, request_count: 100 } }
      }
      if (owner) {
        out['x-aws-task'] = owner
        out['platform'] = services[owner]!['platform'] ?? 'linux/amd64'
        if (services[owner]!['platform'] === undefined) services[owner]!['platform'] = 'linux/amd64'
        delete out['expose']
      }
      const volumes = [...(volume ? [`${volume.name}:/var/lib/${volume.name}${volume.readOnly ? ':ro' : ''}`] : []), ...(anonymousVolume ? ['/tmp/scratch'] : [])]
      if (volumes.length > 0) out['volumes'] = volumes
      if (config) out['configs'] = [{ source: 'settings', target: `/etc/${name}/settings.json` }]
      if (envSecret) out['secrets'] = [{ source: 'token', 'x-aws-env': 'API_TOKEN_VALUE' }]
      if (spot && !owner) out['x-aws-capacity_provider_strategy'] = 'FARGATE_SPOT'
      if (exec) out['x-aws-exec'] = true
      // A task has its owner's roles: a sidecar names none.
      if (existingTaskRole && !owner) out['x-aws-task_role'] = `arn:aws:iam::123456789012:role/apps/${name}`
      if (existingExecutionRole && !owner) out['x-aws-execution_role'] = 'ecsTaskExecutionRole'
      if (dependencies.length > 0) {
        // Inside one task ECS waits for `service_healthy`, which needs a health check: a sidecar only waits for starts.
        out['depends_on'] = healthyDependencies && !owner ? Object.fromEntries(dependencies.map((d) => [d, { condition: 'service_healthy' }])) : dependencies
      }
      if (networks && networks.length > 0) out['networks'] = networks
      services[name] = out
    })
    return {
      services,
      networks: Object.fromEntries(networkNames.map((n) => [n, {}])),
      volumes: { data: { driver_opts: { uid: '1000', gid: '1000' } }, shared: {} },
      configs: { settings: { content: '{"feature": true}\n' } },
      secrets: { token: { external: true, name: TOKEN_ARN } },
      'x-aws-logs_retention': retention,
    }
  })

/** The same value with the keys of every mapping in an order drawn from `seed`; lists keep theirs. */
export function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i))
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value)
  let state = seed >>> 0
  for (let i = keys.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const j = state % (i + 1)
    ;[keys[i], keys[j]] = [keys[j]!, keys[i]!]
  }
  return Object.fromEntries(keys.map((key, i) => [key, shuffleKeys((value as Record<string, unknown>)[key], seed * 31 + i)]))
}
