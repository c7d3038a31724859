import { noValue, ref, type Value } from '@composeform/model'
import type { EcsSettings } from '@composeform/validate'
import type { EnvironmentMode } from './convert-options.js'
import type { GraphBuilder } from './graph-builder.js'

/** Where the environment-specific values of the template come from. */
export interface DeployEnvironment {
  vpc: Value
  subnets: Value
  assignPublicIp: Value
  /** Condition that holds when the template creates its own cluster. */
  createCluster: string
  /** The cluster for `Service.Cluster` (ARN of the created one, or the existing name). */
  cluster: Value
  /** The cluster's name, for autoscaling resource ids. */
  clusterName: Value
  /** Condition that holds when the template creates its own load balancer. */
  createLoadBalancer: string
  loadBalancerArn: Value
  /** Subnets of the created load balancer: `LoadBalancerSubnets`, or the tasks' subnets when it is empty. */
  loadBalancerSubnets: Value
  /** Where the created load balancer accepts traffic from: anywhere, or `LoadBalancerIngressCidr` when internal. */
  loadBalancerIngressCidr: Value
  /** Condition that holds when an existing load balancer's security group was given. */
  useExistingLoadBalancerSecurityGroup: string
  /** The certificate for HTTPS/TLS listeners (adds its parameter on first use). */
  certificate(): Value
}

/**
 * Declares the parameters and conditions of the deployment environment. VPC, subnets (the
 * tasks', and optionally the load balancer's own) and the public-IP switch are Parameters (or
 * literals); so is the source range of an internal load balancer. An existing cluster and load
 * balancer are optional Parameters whose defaults come from `x-aws-cluster` /
 * `x-aws-loadbalancer`, and Conditions choose between creating and reusing.
 */
export function deployEnvironment(builder: GraphBuilder, settings: EcsSettings, mode: EnvironmentMode, needsLoadBalancer: boolean): DeployEnvironment {
  let vpc: Value
  let subnets: Value
  let assignPublicIp: Value
  let loadBalancerSubnets: Value
  if (mode.mode === 'literal') {
    vpc = mode.vpc
    subnets = [...mode.subnets]
    loadBalancerSubnets = [...(mode.loadBalancerSubnets ?? mode.subnets)]
    assignPublicIp = mode.assignPublicIp ? 'ENABLED' : 'DISABLED'
  } else {
    builder.parameter({
      id: 'VpcId',
      type: 'AWS::EC2::VPC::Id',
      description: 'The VPC to deploy into.',
      ...(settings.vpc ? { default: settings.vpc } : {}),
    })
    builder.parameter({
      id: 'Subnets',
      type: 'List<AWS::EC2::Subnet::Id>',
      description: 'Subnets of that VPC for the tasks (any number), and for the load balancer unless LoadBalancerSubnets names others.',
    })
    builder.parameter({
      id: 'AssignPublicIp',
      type: 'String',
      description: 'ENABLED gives tasks public IPs (public subnets without a NAT gateway need it to pull images); DISABLED keeps them private.',
      default: 'DISABLED',
      allowedValues: ['ENABLED', 'DISABLED'],
    })
    vpc = ref('VpcId')
    subnets = ref('Subnets')
    assignPublicIp = ref('AssignPublicIp')
    loadBalancerSubnets = ref('Subnets')
    if (needsLoadBalancer) {
      // A comma-separated String: List<AWS::EC2::Subnet::Id> cannot be left empty. The Fn::If sits in
      // a one-item Fn::Join because AWS's validator otherwise resolves the empty default into the
      // subnet id '' even where the condition rules that branch out.
      builder.parameter({
        id: 'LoadBalancerSubnets',
        type: 'String',
        description: 'Subnets for a created load balancer, comma-separated, in at least two Availability Zones (e.g. public ones while tasks stay in private Subnets); empty uses Subnets.',
        default: '',
      })
      builder.condition({ id: 'LoadBalancerInTaskSubnets', expression: { $equals: [ref('LoadBalancerSubnets'), ''] } })
      loadBalancerSubnets = { $split: [',', { $join: [',', [{ $if: ['LoadBalancerInTaskSubnets', { $join: [',', ref('Subnets')] }, ref('LoadBalancerSubnets')] }]] }] }
    }
  }
  // A cluster name is what both Service.Cluster and the autoscaling resource id accept.
  const existingCluster = settings.cluster ? settings.cluster.slice(settings.cluster.lastIndexOf('/') + 1) : ''
  builder.parameter({ id: 'ExistingCluster', type: 'String', description: 'Name of an existing ECS cluster to use; empty creates one.', default: existingCluster })
  builder.condition({ id: 'CreateCluster', expression: { $equals: [ref('ExistingCluster'), ''] } })
  const env: DeployEnvironment = {
    vpc,
    subnets,
    assignPublicIp,
    createCluster: 'CreateCluster',
    cluster: { $if: ['CreateCluster', ref('Cluster', 'Arn'), ref('ExistingCluster')] },
    clusterName: { $if: ['CreateCluster', ref('Cluster'), ref('ExistingCluster')] },
    createLoadBalancer: 'CreateLoadBalancer',
    loadBalancerArn: noValue,
    loadBalancerSubnets,
    loadBalancerIngressCidr: '0.0.0.0/0',
    useExistingLoadBalancerSecurityGroup: 'UseExistingLoadBalancerSecurityGroup',
    certificate() {
      builder.parameter({
        id: 'CertificateArn',
        type: 'String',
        description: 'ARN of the ACM certificate for HTTPS/TLS listeners.',
      })
      return ref('CertificateArn')
    },
  }
  if (needsLoadBalancer) {
    // A name is no ARN: without a default the deployment must pass one (LOAD_BALANCER_ARN_NEEDED).
    const existing = settings.loadBalancer ?? ''
    builder.parameter({ id: 'ExistingLoadBalancer', type: 'String', description: 'ARN of an existing load balancer to add listeners to; empty creates one.', ...(existing === '' || existing.startsWith('arn:') ? { default: existing } : {}) })
    builder.parameter({
      id: 'ExistingLoadBalancerSecurityGroup',
      type: 'String',
      description: 'Security group of the existing load balancer, which tasks accept traffic from; used only with ExistingLoadBalancer.',
      default: '',
    })
    builder.condition({ id: 'CreateLoadBalancer', expression: { $equals: [ref('ExistingLoadBalancer'), ''] } })
    // Tasks accept traffic from the load balancer's group: ours, or the one given with an existing load balancer.
    builder.condition({
      id: 'UseExistingLoadBalancerSecurityGroup',
      expression: { $and: [{ $not: { $condition: 'CreateLoadBalancer' } }, { $not: { $equals: [ref('ExistingLoadBalancerSecurityGroup'), ''] } }] },
    })
    env.loadBalancerArn = { $if: ['CreateLoadBalancer', ref('LoadBalancer'), ref('ExistingLoadBalancer')] }
    if (settings.loadBalancerScheme === 'internal') {
      builder.parameter({
        id: 'LoadBalancerIngressCidr',
        type: 'String',
        description: 'The addresses the created internal load balancer accepts on its listener ports, such as the VPC\'s CIDR (10.0.0.0/16); required unless ExistingLoadBalancer is given.',
        default: '',
      })
      // Needed only when the load balancer is created; a rule says so before anything is deployed.
      builder.rule({
        id: 'LoadBalancerIngressCidrGiven',
        when: { $equals: [ref('ExistingLoadBalancer'), ''] },
        assertions: [{ assert: { $not: { $equals: [ref('LoadBalancerIngressCidr'), ''] } }, description: 'Set LoadBalancerIngressCidr (such as the VPC\'s CIDR) for the internal load balancer this stack creates, or give ExistingLoadBalancer.' }],
      })
      env.loadBalancerIngressCidr = ref('LoadBalancerIngressCidr')
    }
  }
  return env
}
