/**
 * What a key of ecs-params.yml may hold, and whether composeform honours it:
 * `map` (known keys), `services` (any service name → `entry`), `string`, `integer`,
 * `boolean`, `size` (a string or a number), `strings` (a list of strings), `command`
 * (a string or a list of strings), or `unsupported` (read by ecs-cli, ignored here with
 * ECS_PARAMS_UNSUPPORTED and `hint`; its contents are not checked).
 */
export type KeySpec =
  | { kind: 'map'; keys: Readonly<Record<string, KeySpec>> }
  | { kind: 'services'; entry: KeySpec }
  | { kind: 'string' | 'integer' | 'boolean' | 'size' | 'strings' | 'command' }
  | { kind: 'unsupported'; hint: string }

const map = (keys: Record<string, KeySpec>): KeySpec => ({ kind: 'map', keys })
const unsupported = (hint: string): KeySpec => ({ kind: 'unsupported', hint })
const string: KeySpec = { kind: 'string' }
const size: KeySpec = { kind: 'size' }

/**
 * Every key of ecs-cli's ecs-params.yml (`version: 1`), from ecs-cli's own reader
 * (`ecs-cli/modules/utils/compose/ecs_params_reader.go`). docs/migrating-from-ecs-cli.md
 * says what happens to each.
 */
export const ecsParamsSpec: KeySpec = map({
  version: size,
  task_definition: map({
    ecs_network_mode: string,
    task_role_arn: string,
    task_execution_role: string,
    pid_mode: unsupported('Fargate tasks do not share PID namespaces with the host.'),
    ipc_mode: unsupported('Fargate does not support an IPC mode.'),
    task_size: map({ cpu_limit: size, mem_limit: size }),
    docker_volumes: unsupported('Declare named volumes in the compose file instead.'),
    efs_volumes: unsupported('Declare a named volume in the compose file instead (composeform maps named volumes to EFS).'),
    placement_constraints: unsupported('Fargate has no placement constraints.'),
    services: {
      kind: 'services',
      entry: map({
        essential: { kind: 'boolean' },
        init_process_enabled: { kind: 'boolean' },
        repository_credentials: map({ credentials_parameter: string }),
        cpu_shares: { kind: 'integer' },
        mem_limit: size,
        mem_reservation: size,
        healthcheck: map({ test: { kind: 'command' }, command: { kind: 'command' }, interval: size, timeout: size, retries: { kind: 'integer' }, start_period: size }),
        logging: unsupported('composeform sends logs to CloudWatch Logs with awslogs, which takes no secret options.'),
        firelens_configuration: unsupported('Add the FireLens log router with a JSON Patch (`--patch`) on the task definition.'),
        secrets: unsupported('Environment variables from SSM or Secrets Manager are not generated yet; use compose `secrets` (files under /run/secrets), or add `Secrets` to the container with a JSON Patch (`--patch`).'),
        gpu: unsupported('Request GPUs with `deploy.resources.reservations.devices` in the compose file.'),
      }),
    },
  }),
  run_params: map({
    network_configuration: map({
      awsvpc_configuration: map({
        subnets: { kind: 'strings' },
        security_groups: unsupported('composeform creates a security group per compose network; use `x-aws-securitygroup` on a network for an existing one.'),
        assign_public_ip: string,
      }),
    }),
    task_placement: unsupported('Fargate places tasks itself; it has no placement strategies or constraints.'),
    service_discovery: unsupported('composeform registers every service in the Cloud Map namespace `<project>.local` already.'),
  }),
})
