import fc from 'fast-check'

/**
 * Numbers JSON cannot write but YAML reads: generated as marker strings, then swapped for the
 * raw token in the serialised text (`"#num:1e309#"` → `1e309`) by {@link toJsonText}.
 */
const rawNumber = fc.constantFrom('1e309', '-1e309', '1e-400', '-0', '1e20', '9007199254740993', '0.1e1', '2147483648').map((n) => `#num:${n}#`)

/** Scalars of every kind, including the ones compose misreads most. */
const scalar = fc.oneof(
  fc.integer({ min: -70_000, max: 70_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '0', '80', '80:80', '8080:80/udp', '0.5', '512m', '1g', '10s', '1m30s', '-1', 'nginx', 'none', 'host', 'service:x', '${A}', '${A:-1}', '$$', '__proto__', 'yes', 'NaN', 'Infinity'),
  rawNumber,
)

/** Any JSON value, small, with compose-ish scalars at the leaves. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'x-aws-vpc', 'target', 'published')), tie('value'), { maxKeys: 3 }),
  ),
})).value

const serviceKeys = [
  'image', 'ports', 'expose', 'environment', 'env_file', 'deploy', 'healthcheck', 'command', 'entrypoint', 'labels', 'depends_on', 'networks', 'volumes',
  'secrets', 'configs', 'logging', 'ulimits', 'sysctls', 'cap_add', 'privileged', 'platform', 'stop_grace_period', 'extends', 'profiles', 'build', 'user',
  'working_dir', 'restart', 'init', 'cpus', 'mem_limit', 'scale', 'network_mode', 'devices', 'tmpfs', 'read_only', 'x-aws-role', 'x-aws-policies',
  'x-aws-pull_credentials', 'x-aws-task_role', 'x-aws-execution_role', 'x-custom',
] as const

/** Plausible values per key, mixed with anything at all. */
const plausible: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  ports: fc.array(fc.oneof(scalar, fc.record({ target: scalar, published: scalar, protocol: fc.constantFrom('tcp', 'udp', 'sctp', 'http'), 'x-aws-protocol': scalar }, { requiredKeys: [] })), { maxLength: 3 }),
  deploy: fc.record(
    {
      replicas: scalar,
      mode: fc.constantFrom('replicated', 'global', 'x'),
      resources: fc.record({ limits: fc.record({ cpus: scalar, memory: scalar }, { requiredKeys: [] }), reservations: fc.record({ cpus: scalar, memory: scalar, devices: anyValue }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      update_config: fc.record({ parallelism: scalar, delay: scalar, order: scalar, 'x-aws-min_percent': scalar, 'x-aws-max_percent': scalar }, { requiredKeys: [] }),
      restart_policy: fc.record({ condition: scalar, max_attempts: scalar, window: scalar }, { requiredKeys: [] }),
      'x-aws-autoscaling': fc.record({ min: scalar, max: scalar, cpu: scalar, memory: scalar, request_count: scalar }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  healthcheck: fc.record({ test: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), interval: scalar, timeout: scalar, retries: scalar, start_period: scalar, disable: scalar }, { requiredKeys: [] }),
  environment: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }), fc.array(scalar, { maxLength: 3 })),
  depends_on: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'web', 'x'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'web'), fc.record({ condition: scalar, required: scalar }, { requiredKeys: [] }))),
  extends: fc.oneof(fc.constantFrom('a', 'b', 'web'), fc.record({ service: scalar, file: fc.constantFrom('other.yaml', '../x.yaml', '/etc/passwd', 'compose.yaml') }, { requiredKeys: [] })),
  env_file: fc.oneof(fc.constantFrom('app.env', 'missing.env', '/etc/shadow', '../x.env'), fc.array(fc.record({ path: scalar, required: scalar }, { requiredKeys: [] }), { maxLength: 2 })),
}

const service = fc
  .uniqueArray(fc.constantFrom(...serviceKeys), { maxLength: 8 })
  .chain((keys) => fc.tuple(...keys.map((key) => fc.oneof({ weight: 3, arbitrary: plausible[key] ?? scalar }, { weight: 1, arbitrary: anyValue }).map((value) => [key, value] as const))))
  .map((pairs) => Object.fromEntries(pairs))

/** A compose-shaped document: services with plausible keys holding values of random types. */
export const composeShaped = fc.record(
  {
    services: fc.dictionary(fc.constantFrom('a', 'b', 'web', '__proto__', 'constructor', 'Web', 'w-b', 'w_b', 'x'.repeat(70)), service, { maxKeys: 4 }),
    networks: fc.dictionary(fc.constantFrom('front', 'back', 'default'), anyValue, { maxKeys: 2 }),
    volumes: fc.dictionary(fc.constantFrom('data', 'logs'), anyValue, { maxKeys: 2 }),
    name: scalar,
    include: anyValue,
    'x-aws-vpc': scalar,
    'x-aws-cluster': scalar,
    'x-aws-logs_retention': scalar,
    'x-aws-cloudformation': anyValue,
  },
  { requiredKeys: ['services'] },
)

/** Any JSON value at the top level. */
export const anyJson = fc.jsonValue({ maxDepth: 4 })

/** JSON text for `value`, with the raw-number markers replaced by their YAML-only tokens. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"#num:([^#"]+)#"/g, '$1')
}

/** Mostly `valid`, sometimes `invalid`: enough documents get through loading to exercise the later stages. */
function mostly<T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: invalid })
}

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/)
const duration = mostly(fc.constantFrom('0s', '1s', '5s', '30s', '1m30s', '2h', '100ms', '1.5s'), fc.constantFrom('-1s', '999999999h', '1e309', 'soon'))
const size = mostly(fc.constantFrom('128m', '512m', '1g', '2gb', '1536m', '30g', '1k'), fc.constantFrom('121g', '0', '999999999999999999g', '-5m'))
const cpus = mostly(fc.constantFrom<number | string>(0.25, 0.5, 1, 2, 4, 8, 16, '0.5', '2'), fc.constantFrom<number | string>(0, 17, -1, 1e308, 'NaN', '1e309'))
const port = (min: number, max: number): fc.Arbitrary<number> => mostly(fc.integer({ min, max }), fc.constantFrom(-1, 0, 65_536, 70_000))

/** Values of the type each key takes, random in content: documents that get past the schema. */
const typedService = fc.record(
  {
    image: mostly(fc.oneof(fc.constantFrom('nginx', 'redis:7', 'acme/api:1.2', 'nginx@sha256:abc'), word), fc.constant('')),
    ports: fc.array(
      mostly(
        fc.oneof(
          fc.constantFrom('80', '127.0.0.1:8080:80', '53/udp', '8000-8002:80'),
          fc.record({ target: port(1, 9000), published: port(10_000, 60_000).map(String), protocol: fc.constantFrom('tcp', 'udp'), 'x-aws-protocol': fc.constantFrom('http', 'https', 'tcp') }, { requiredKeys: ['target'] }),
        ),
        fc.constantFrom('0:80', '80:70000', '3000-3005', '6000:6000/sctp', '9090-9091:8080-8081'),
      ),
      { maxLength: 2 },
    ),
    expose: fc.array(port(1, 65_535).map(String), { maxLength: 2 }),
    environment: fc.dictionary(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,5}$/), fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null), fc.constantFrom('$$x', '${A:-d}')), { maxKeys: 3 }),
    labels: fc.dictionary(fc.stringMatching(/^[a-z][a-z.]{0,8}$/), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    command: mostly(fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.constantFrom('echo hi', 'sh -c "a; b"')), fc.constantFrom('a | b', 'unterminated "x')),
    deploy: fc.record(
      {
        replicas: mostly(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-2, 2 ** 31)),
        resources: fc.record({ limits: fc.record({ cpus, memory: size }, { requiredKeys: [] }), reservations: fc.record({ cpus, memory: size }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        update_config: fc.record({ parallelism: fc.integer({ min: -1, max: 5 }), failure_action: fc.constantFrom('rollback', 'pause', 'continue'), order: fc.constantFrom('start-first', 'stop-first') }, { requiredKeys: [] }),
        restart_policy: fc.record({ condition: fc.constantFrom('any', 'on-failure', 'none'), max_attempts: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
        'x-aws-autoscaling': fc.record({ min: fc.integer({ min: 0, max: 3 }), max: fc.integer({ min: 3, max: 10 }), cpu: mostly(fc.integer({ min: 1, max: 100 }), fc.constant(120)) }, { requiredKeys: ['max', 'cpu'] }),
      },
      { requiredKeys: [] },
    ),
    healthcheck: fc.record({ test: fc.oneof(fc.constant(['CMD', 'curl', '-f', 'http://localhost/']), fc.constant('curl -f http://localhost/health'), fc.constant(['NONE'])), interval: duration, timeout: duration, retries: fc.integer({ min: -1, max: 20 }), start_period: duration }, { requiredKeys: ['test'] }),
    logging: fc.record({ driver: fc.constantFrom('awslogs', 'json-file', 'syslog'), options: fc.dictionary(fc.constantFrom('awslogs-group', 'max-size', 'tag'), fc.string({ maxLength: 6 }), { maxKeys: 2 }) }, { requiredKeys: ['driver'] }),
    ulimits: fc.dictionary(mostly(fc.constantFrom('nofile', 'nproc', 'core'), fc.constant('bogus')), fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.record({ soft: fc.integer({ min: -2, max: 2_000_000 }), hard: fc.integer({ min: -2, max: 2_000_000 }) })), { maxKeys: 2 }),
    sysctls: fc.dictionary(mostly(fc.constantFrom('net.core.somaxconn'), fc.constantFrom('kernel.shmmax', 'vm.x')), fc.string({ maxLength: 4 }), { maxKeys: 1 }),
    cap_add: fc.array(mostly(fc.constant('SYS_PTRACE'), fc.constantFrom('NET_ADMIN', 'ALL')), { maxLength: 1 }),
    platform: mostly(fc.constantFrom('linux/amd64', 'linux/arm64', 'windows/amd64'), fc.constant('linux/386')),
    stop_grace_period: duration,
    user: fc.constantFrom('1000', 'root', 'app:app'),
    working_dir: fc.constantFrom('/app', 'relative'),
    read_only: fc.boolean(),
    init: fc.boolean(),
    'x-aws-policies': fc.array(mostly(fc.constant('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'), fc.constant('not-an-arn')), { maxLength: 1 }),
    'x-aws-task_role': mostly(fc.constantFrom('app', 'arn:aws:iam::123456789012:role/team/app'), fc.constant('not a role')),
    'x-aws-execution_role': mostly(fc.constant('ecsTaskExecutionRole'), fc.constant('arn:aws:iam::123456789012:policy/x')),
    // A condition key shaped like the graph's intrinsics must stay the user's text.
    'x-aws-role': fc.constantFrom('aws:SourceAccount', '$ref', '$sub', '$literal').map((key) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { [key]: 'x' } } }] })),
  },
  { requiredKeys: ['image'] },
)

/** A compose document whose values have the types their keys take, so more of them reach validation, conversion and emission. */
export const composeTyped = fc.record(
  {
    // Names whose logical IDs start like composeform's own resources' (`LoadBalancer…`, `Cluster…`, `LogGroup`).
    services: fc.dictionary(fc.constantFrom('a', 'b', 'web', 'api-1', 'w_b', 'LoadBalancer', 'load_balancer', 'Cluster', 'LogGroup', 'CloudMap', 'Default', 'Existing'), typedService, { minKeys: 1, maxKeys: 3 }),
    networks: fc.dictionary(fc.constantFrom('front', 'back', 'LoadBalancer', 'Default'), fc.oneof(fc.constant({}), fc.constant({ external: true }), fc.constant({ internal: true })), { maxKeys: 2 }),
    'x-aws-logs_retention': mostly(fc.integer({ min: 1, max: 5000 }), fc.constant(-1)),
    'x-aws-cloudformation': fc.constantFrom({}, { Resources: { WebService: { Properties: { DesiredCount: 3 } } } }, { Resources: { Extra: { Type: 'AWS::SNS::Topic' } } }, { Outputs: { X: { Value: { Ref: 'Missing' } } } }),
    'x-aws-execution_role': fc.constant('ecsTaskExecutionRole'),
  },
  { requiredKeys: ['services'] },
)

const portEntry = fc.oneof(
  fc.record(
    {
      target: fc.integer({ min: 1, max: 9000 }),
      published: fc.constantFrom('80', '443', '8080', '53', '20000', '20001'),
      protocol: fc.constantFrom('tcp', 'udp'),
      'x-aws-protocol': fc.constantFrom('http', 'https', 'tcp', 'grpc'),
      app_protocol: fc.constantFrom('http', 'grpc', 'h2'),
      mode: fc.constantFrom('ingress', 'host'),
    },
    { requiredKeys: ['target'] },
  ),
  fc.constantFrom('80', '80:80', '443:8443', '8080:80', '53:53/udp', '20000:3000', '127.0.0.1:20001:3001'),
)

/** Services whose ports, protocols and autoscaling vary: load-valid, aimed at the load balancer and listener code. */
export const composePorts = fc.record({
  services: fc.dictionary(
    // `LoadBalancer` meets the load balancer's own IDs (found: it crashed the converter).
    fc.constantFrom('web', 'api', 'dns', 'Web', 'LoadBalancer', 'Cluster', 'LogGroup'),
    fc.record(
      {
        image: fc.constant('nginx'),
        ports: fc.array(portEntry, { maxLength: 3 }),
        expose: fc.array(fc.constantFrom('80', '53/udp', '3000'), { maxLength: 2 }),
        deploy: fc.record({ 'x-aws-autoscaling': fc.record({ max: fc.constant(3), request_count: fc.constant(100) }) }),
      },
      { requiredKeys: ['image', 'ports'] },
    ),
    { minKeys: 1, maxKeys: 3 },
  ),
  'x-aws-loadbalancer': fc.constantFrom(undefined, 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/1'),
}).map((doc) => JSON.parse(JSON.stringify(doc)) as unknown)
