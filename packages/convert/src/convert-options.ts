/**
 * How environment-specific values (VPC, subnets, existing cluster and load balancer) reach
 * the template. `parameters` (the default) makes them CloudFormation Parameters, with
 * defaults from `x-aws-vpc`, `x-aws-cluster`, `x-aws-loadbalancer`, so one template deploys
 * into any account. `literal` bakes the given values in.
 */
export type EnvironmentMode =
  | { mode: 'parameters' }
  | {
      mode: 'literal'
      vpc: string
      subnets: readonly string[]
      assignPublicIp?: boolean
      /** Subnets of the created load balancer; default: `subnets`. */
      loadBalancerSubnets?: readonly string[]
    }

/** Options of `toGraph`. */
export interface ConvertOptions {
  environment?: EnvironmentMode
  /**
   * Image of the init container that writes secrets to files (default: busybox from ECR
   * Public). Set a mirror for tasks that cannot reach public.ecr.aws; it needs `/bin/sh`,
   * `mkdir`, `printf` and `chmod`.
   */
  secretsInitImage?: string
}
