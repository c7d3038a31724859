/**
 * A project whose `web` service sets every container attribute the converter carries into a
 * task definition, with capitalised label, environment and log-option names (which must keep
 * their case), a published port (load balancer, target group) and a `worker` on a second
 * network.
 */
export const RICH_COMPOSE = `name: shop
services:
  web:
    image: acme/web:1.2
    platform: linux/arm64
    command: ["serve", "--port", "8080"]
    entrypoint: ["/docker-entrypoint.sh"]
    working_dir: /srv
    user: "1000:1000"
    read_only: true
    init: true
    tty: true
    stdin_open: true
    cap_add: [SYS_PTRACE]
    cap_drop: [NET_RAW]
    stop_grace_period: 30s
    ulimits:
      nofile:
        soft: 65536
        hard: 65536
    sysctls:
      net.core.somaxconn: 1024
    labels:
      com.example.Team: web
      Owner: Shop
    environment:
      MODE: production
      LogLevel: Info
    ports:
      - "80:8080"
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
      interval: 15s
      timeout: 3s
      retries: 4
      start_period: 20s
    logging:
      driver: awslogs
      options:
        awslogs-stream-prefix: web
        mode: non-blocking
    x-aws-pull_credentials: arn:aws:secretsmanager:eu-west-1:123456789012:secret:pull
    x-aws-policies:
      - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
    deploy:
      replicas: 3
      labels:
        Team: storefront
      resources:
        limits:
          cpus: "1"
          memory: 2G
        reservations:
          memory: 512M
  worker:
    image: acme/worker:1
    networks: [default, backend]
networks:
  backend: {}
`

/** Every value the rich project's ECS JSON needs, so nothing is left as a placeholder. */
export const RICH_VALUES = {
  region: 'eu-west-1',
  parameters: { Subnets: 'subnet-a,subnet-b', VpcId: 'vpc-1', ExistingCluster: 'prod' },
  resources: {
    'WebTaskExecutionRole.Arn': 'arn:aws:iam::123456789012:role/web-exec',
    'WebTaskRole.Arn': 'arn:aws:iam::123456789012:role/web-task',
    'WorkerTaskExecutionRole.Arn': 'arn:aws:iam::123456789012:role/worker-exec',
    LogGroup: '/ecs/shop',
    'DefaultNetwork.GroupId': 'sg-default',
    'BackendNetwork.GroupId': 'sg-backend',
    'WebServiceSecurityGroup.GroupId': 'sg-web',
    WebTCP80TargetGroup: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1',
    'CloudMap.Arn': 'arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-1',
  },
}
