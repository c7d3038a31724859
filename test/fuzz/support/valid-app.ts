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
    labels: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/), safeText, { maxKeys: 3 }),
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
  },
  { requiredKeys: ['image', 'targets'] },
)

/**
 * A compose application that converts without errors: unique published ports across
 * services, `depends_on` only on services defined before (no cycles), networks defined at the
 * top level, sizes Fargate can round up to.
 */
export const validApp = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...serviceNames), { minLength: 1, maxLength: 4 }), fc.array(service, { minLength: 4, maxLength: 4 }), fc.constantFrom(1, 7, 30, 365))
  .map(([names, specs, retention]) => {
    let published = 20_000
    const services: Record<string, Record<string, unknown>> = {}
    names.forEach((name, index) => {
      const { targets, dependsOn, healthyDependencies, networks, ...attributes } = specs[index]!
      const before = names.slice(0, index)
      const dependencies = [...new Set((dependsOn ?? []).filter((i) => i < before.length).map((i) => before[i]!))]
      const out: Record<string, unknown> = { ...attributes, ports: targets.map((target) => `${published++}:${target}`) }
      if (dependencies.length > 0) {
        out['depends_on'] = healthyDependencies ? Object.fromEntries(dependencies.map((d) => [d, { condition: 'service_healthy' }])) : dependencies
      }
      if (networks && networks.length > 0) out['networks'] = networks
      services[name] = out
    })
    return { services, networks: Object.fromEntries(networkNames.map((n) => [n, {}])), 'x-aws-logs_retention': retention }
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
