/**
 * What `reviewSecurity` reports about a template: the security-relevant choices it makes, so
 * a reviewer sees them at a glance. Every list is sorted; values that come from intrinsic
 * functions are written out readably (`parameter AssignPublicIp (default DISABLED)`,
 * `LoadBalancerSecurityGroup.GroupId`), never resolved.
 */
export interface SecurityReview {
  /** Load balancers created by the template, with their scheme. */
  readonly loadBalancers: readonly LoadBalancerReview[]
  /** Listeners, on created or existing load balancers. */
  readonly listeners: readonly ListenerReview[]
  /** Ingress rules: separate `AWS::EC2::SecurityGroupIngress` resources and inline rules. */
  readonly ingress: readonly IngressReview[]
  /** One entry per ECS service. */
  readonly services: readonly ServiceReview[]
  /** Secrets the template creates, and where their values come from. */
  readonly secrets: readonly StoredSecretReview[]
  /** Parameters whose values CloudFormation never shows (`NoEcho`). */
  readonly noEchoParameters: readonly string[]
  /** Log groups and how long they keep logs. */
  readonly logs: readonly LogGroupReview[]
  /** Storage that can be encrypted at rest (EFS file systems, anything with `Encrypted`). */
  readonly encryption: readonly EncryptionReview[]
  /** EC2 instances the template launches (GPU capacity), per launch template. */
  readonly instances: readonly InstanceReview[]
  /** What a reviewer should look at first. */
  readonly attention: readonly AttentionItem[]
}

/** A load balancer the template creates. */
export interface LoadBalancerReview {
  readonly id: string
  /** `application` or `network`. */
  readonly type: string
  /** `internet-facing` or `internal`. */
  readonly scheme: string
  /** The template condition it is created under, if any. */
  readonly condition?: string
}

/** A listener: where traffic enters, and whether it is encrypted. */
export interface ListenerReview {
  readonly id: string
  readonly loadBalancer: string
  readonly port: string
  /** `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, … */
  readonly protocol: string
  /** True for HTTPS and TLS. */
  readonly encrypted: boolean
  /** Set when it only redirects, to where: `HTTPS 443`. */
  readonly redirect?: string
  readonly certificates: readonly string[]
  /** The services its target groups send traffic to, directly or through its rules. */
  readonly services: readonly string[]
  /** Its listener rules in priority order (`priority 10: host api.example.com; path /v1/* → api`), then a fixed default response (`otherwise fixed response 404`). */
  readonly routes: readonly string[]
}

/** One rule letting traffic into a security group. */
export interface IngressReview {
  readonly id: string
  /** The security group it opens. */
  readonly group: string
  /** `tcp 443`, `udp 1883`, `all traffic`. */
  readonly ports: string
  /** A CIDR range, or the security group traffic may come from. */
  readonly source: string
  /** True when the source is the whole internet (0.0.0.0/0 or ::/0). */
  readonly open: boolean
  /** True when the group is a load balancer's. */
  readonly loadBalancerGroup: boolean
  readonly condition?: string
}

/** The security-relevant settings of one ECS service. */
export interface ServiceReview {
  /** The compose service name (its tag), else the logical id. */
  readonly name: string
  readonly id: string
  /** Whether its tasks get public IPs: a literal or the parameter that decides. */
  readonly publicIp: string
  readonly securityGroups: readonly string[]
  /** Listeners sending traffic to it, as `HTTPS 443`. */
  readonly listeners: readonly string[]
  /** ECS rolls a failing deployment back only with both on. */
  readonly deployment: { readonly circuitBreaker: boolean; readonly rollback: boolean }
  readonly executionRole?: RoleReview
  readonly taskRole?: RoleReview
  readonly secrets: readonly ServiceSecretReview[]
  /** Where private images' registry credentials are read from. */
  readonly registryCredentials: readonly string[]
}

/** An IAM role and what it allows. */
export interface RoleReview {
  /** Its logical id; for an existing role, its name or ARN. */
  readonly id: string
  /** Set for a role the template only names (`x-aws-task_role`, `x-aws-execution_role`): what it allows is not in the template. */
  readonly existing?: true
  readonly managedPolicies: readonly string[]
  readonly statements: readonly StatementReview[]
}

/** One statement of an inline policy. */
export interface StatementReview {
  readonly effect: string
  readonly actions: readonly string[]
  readonly resources: readonly string[]
}

/** A secret a container receives. */
export interface ServiceSecretReview {
  /** The container that receives it. */
  readonly container: string
  /** The variable name ECS sets. */
  readonly name: string
  /** The secret it is read from. */
  readonly from: string
  /** `environment` (a variable of the container) or `file` (written by an init container into a volume the service mounts). */
  readonly delivery: 'environment' | 'file'
  /** For files: where the service's containers mount them. */
  readonly paths: readonly string[]
  /** For a file: the file the init container writes it to, when its command says. */
  readonly file?: string
}

/** A secret the template creates. */
export interface StoredSecretReview {
  readonly id: string
  readonly type: string
  /** Where its value comes from: a parameter (with NoEcho or not), generated, or a literal. */
  readonly value: string
}

/** A log group. */
export interface LogGroupReview {
  readonly id: string
  readonly name: string
  /** Days logs are kept; undefined when they never expire. */
  readonly retentionDays?: number | string
}

/** A resource that stores data and can encrypt it at rest. */
export interface EncryptionReview {
  readonly id: string
  readonly type: string
  /** `true`, `false`, `not set`, or an expression. */
  readonly encrypted: string
  readonly kmsKey?: string
}

/** Something the reviewer should look at. */
export interface AttentionItem {
  /** The logical id it concerns. */
  readonly id: string
  /** A stable kebab-case kind, e.g. `open-ingress`, `plaintext-listener`, `wildcard-permission`. */
  readonly kind: string
  readonly message: string
}

/** The EC2 instances one launch template starts. */
export interface InstanceReview {
  readonly id: string
  /** True when the instance metadata service requires session tokens (IMDSv2). */
  readonly imdsV2: boolean
  /** `AssociatePublicIpAddress` as written (a literal, or a condition on a parameter). */
  readonly publicIp: string
  /** True when every EBS volume of the template is encrypted. */
  readonly volumesEncrypted: boolean
  /** The role of the instance profile. */
  readonly role?: RoleReview
}
