import { AUTOSCALING_SCHEMA } from './autoscaling.js'
import { CAPACITY_PROVIDER_STRATEGY_SCHEMA } from './capacity-provider-strategy.js'
import { CLOUDFORMATION_SCHEMA } from './cloudformation.js'
import { CLUSTER_SCHEMA } from './cluster.js'
import { ENV_SCHEMA } from './env.js'
import { EXEC_SCHEMA } from './exec.js'
import { EXECUTION_ROLE_SCHEMA, TASK_ROLE_SCHEMA } from './existing-role.js'
import type { DescribedSchema } from './json-schema.js'
import { KEYS_SCHEMA } from './keys.js'
import { LOADBALANCER_SCHEMA } from './loadbalancer.js'
import { LOADBALANCER_SCHEME_SCHEMA } from './loadbalancer-scheme.js'
import { LOGS_RETENTION_SCHEMA } from './logs-retention.js'
import { MAX_PERCENT_SCHEMA } from './max-percent.js'
import { MIN_PERCENT_SCHEMA } from './min-percent.js'
import { POLICIES_SCHEMA } from './policies.js'
import { PROTOCOL_SCHEMA } from './protocol.js'
import { PULL_CREDENTIALS_SCHEMA } from './pull-credentials.js'
import { ROLE_SCHEMA } from './role.js'
import { RULE_SCHEMA } from './rule.js'
import { SECURITYGROUP_SCHEMA } from './securitygroup.js'
import { TASK_SCHEMA } from './task.js'
import { VPC_SCHEMA } from './vpc.js'

export type { DataReference, DescribedSchema, JsonScalar, JsonSchema, JsonType } from './json-schema.js'

/**
 * Where in a compose file an extension may be written: the top level (`project`), a service,
 * its `deploy` or `deploy.update_config`, one of its ports in long syntax, or a top-level
 * secret or network.
 */
export type ExtensionPlace = 'project' | 'service' | 'deploy' | 'update_config' | 'port' | 'secret' | 'service_secret' | 'network'

/** What the checker knows about one `x-aws-*` extension. */
export interface AwsExtension {
  /** The places it may be written; anywhere else it is reported as misplaced. */
  readonly where: readonly ExtensionPlace[]
  /** The JSON schema its value must match (see `JsonSchema` for how `title` and `description` are used). */
  readonly schema: DescribedSchema
  /** Set for an extension that still works but should be replaced: the advice, one sentence ending with `.`. */
  readonly deprecated?: string
}

/**
 * Every `x-aws-*` extension, after Docker's ECS integration (compose-cli `ecs/`), plus
 * `request_count` in `x-aws-autoscaling`, `x-aws-capacity_provider_strategy` (Fargate Spot),
 * `x-aws-exec` (ECS Exec), `x-aws-task` (sidecars), `x-aws-env` (secrets as variables),
 * `x-aws-loadbalancer_scheme`, `x-aws-rule` (host/path routing), and `x-aws-task_role` and
 * `x-aws-execution_role` (existing IAM roles), which are ours.
 *
 * To add an extension: write its schema in a file of this folder, add one entry here, and run
 * `node packages/validate/scripts/generate-x-aws-validators.mjs` to regenerate the validators.
 * The checker, its messages and the tests of the generated file need nothing else.
 */
export const AWS_EXTENSIONS = {
  'x-aws-vpc': { where: ['project'], schema: VPC_SCHEMA },
  'x-aws-cluster': { where: ['project'], schema: CLUSTER_SCHEMA },
  'x-aws-loadbalancer': { where: ['project'], schema: LOADBALANCER_SCHEMA },
  'x-aws-loadbalancer_scheme': { where: ['project'], schema: LOADBALANCER_SCHEME_SCHEMA },
  'x-aws-logs_retention': { where: ['project'], schema: LOGS_RETENTION_SCHEMA },
  'x-aws-cloudformation': { where: ['project'], schema: CLOUDFORMATION_SCHEMA },
  'x-aws-capacity_provider_strategy': { where: ['project', 'service'], schema: CAPACITY_PROVIDER_STRATEGY_SCHEMA },
  'x-aws-exec': { where: ['project', 'service'], schema: EXEC_SCHEMA },
  'x-aws-task_role': { where: ['project', 'service'], schema: TASK_ROLE_SCHEMA },
  'x-aws-execution_role': { where: ['project', 'service'], schema: EXECUTION_ROLE_SCHEMA },
  'x-aws-task': { where: ['service'], schema: TASK_SCHEMA },
  'x-aws-pull_credentials': { where: ['service'], schema: PULL_CREDENTIALS_SCHEMA },
  'x-aws-role': { where: ['service'], schema: ROLE_SCHEMA },
  'x-aws-policies': { where: ['service'], schema: POLICIES_SCHEMA },
  'x-aws-autoscaling': { where: ['deploy'], schema: AUTOSCALING_SCHEMA },
  'x-aws-min_percent': { where: ['update_config'], schema: MIN_PERCENT_SCHEMA },
  'x-aws-max_percent': { where: ['update_config'], schema: MAX_PERCENT_SCHEMA },
  'x-aws-protocol': { where: ['port'], schema: PROTOCOL_SCHEMA },
  'x-aws-rule': { where: ['port'], schema: RULE_SCHEMA },
  'x-aws-keys': { where: ['secret'], schema: KEYS_SCHEMA },
  'x-aws-env': { where: ['service_secret'], schema: ENV_SCHEMA },
  'x-aws-securitygroup': {
    where: ['network'],
    schema: SECURITYGROUP_SCHEMA,
    deprecated: 'Write `external: true` and `name: <security group id>` on the network instead.',
  },
} as const satisfies { readonly [name: `x-aws-${string}`]: AwsExtension }

/** The name of a known `x-aws-*` extension. */
export type AwsExtensionName = keyof typeof AWS_EXTENSIONS

/** The known extension called `name` exactly, or undefined. */
export function awsExtension(name: string): AwsExtension | undefined {
  return isAwsExtensionName(name) ? AWS_EXTENSIONS[name] : undefined
}

/** True when `name` is exactly the name of a known extension. */
export function isAwsExtensionName(name: string): name is AwsExtensionName {
  return Object.prototype.hasOwnProperty.call(AWS_EXTENSIONS, name)
}
