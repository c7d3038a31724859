import type { EcsService, EcsSettings } from './ecs-project.js'
import type { Emit } from './emit.js'
import { speaksHttp } from './published-ports.js'

/** The kind an existing load balancer's ARN names (`loadbalancer/app/…`, `loadbalancer/net/…`), if it is an ARN. */
export function existingLoadBalancerKind(settings: EcsSettings): 'application' | 'network' | undefined {
  const kind = /:loadbalancer\/(app|net)\//.exec(settings.loadBalancer ?? '')?.[1]
  return kind === 'app' ? 'application' : kind === 'net' ? 'network' : undefined
}

/**
 * `x-aws-loadbalancer` when services publish ports. By name, its ARN cannot be looked up
 * offline: the template's `ExistingLoadBalancer` parameter then has no default, so a
 * deployment must pass the ARN (a warning says so; it was taken for the ARN and failed). An
 * application load balancer cannot take the plain TCP or UDP ports (an error); a network load
 * balancer takes the HTTP(S) ones as TCP (TLS) listeners. A `x-aws-loadbalancer_scheme`
 * (`schemeWritten`) is that of a load balancer the template creates: with an existing one, or
 * with no port published, it has no effect, which is reported.
 */
export function checkExistingLoadBalancer(settings: EcsSettings, services: Readonly<Record<string, EcsService>>, emit: Emit, schemeWritten: boolean): void {
  const name = settings.loadBalancer
  const published = Object.values(services).flatMap((s) => s.ports.filter((p) => p.listenerPort !== undefined).map((port) => ({ service: s.name, port })))
  if (schemeWritten && (name !== undefined || published.length === 0)) {
    emit.unsupported(['x-aws-loadbalancer_scheme'], name !== undefined ? '`x-aws-loadbalancer`, an existing one, keeps its own scheme' : 'no service publishes a port, so no load balancer is created')
  }
  if (name === undefined || published.length === 0) return
  const at = ['x-aws-loadbalancer']
  if (!name.startsWith('arn:')) {
    emit.report(
      'LOAD_BALANCER_ARN_NEEDED',
      at,
      `\`x-aws-loadbalancer: ${name}\` names the load balancer, but its listeners need its ARN, which composeform cannot look up offline: the template's \`ExistingLoadBalancer\` parameter has no default, so pass the ARN when deploying.`,
      `Write the ARN instead: \`aws elbv2 describe-load-balancers --names ${name} --query 'LoadBalancers[0].LoadBalancerArn'\`.`,
    )
    return
  }
  if (existingLoadBalancerKind(settings) !== 'application') return
  for (const { service, port } of published) {
    if (speaksHttp(port)) continue
    emit.report(
      'LOAD_BALANCER_KIND_MISMATCH',
      port.origin,
      `\`${service}\` publishes port ${port.listenerPort} as plain ${port.protocol.toUpperCase()}, which the existing application load balancer (\`x-aws-loadbalancer\`) cannot listen for.`,
      'Publish it as HTTP(S) or gRPC (`x-aws-protocol: http`), use a network load balancer, or leave `x-aws-loadbalancer` out to have one created.',
    )
  }
}
