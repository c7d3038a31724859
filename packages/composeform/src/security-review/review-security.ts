import { isJsonObject, type JsonObject, type Template } from '@composeform/emit-cfn'
import { looksLikePlaintextSecret } from '@composeform/validate'
import { describeValue, listOf, objectOf, referencedIds, type ParameterTable } from './describe-value.js'
import { reviewInstances } from './review-instances.js'
import { reviewIngress, reviewListeners, reviewLoadBalancers } from './review-network.js'
import { reviewService, serviceName } from './review-service.js'
import { templateResources, type TemplateResource } from './template-resources.js'
import type { AttentionItem, EncryptionReview, LogGroupReview, RoleReview, SecurityReview, ServiceReview, StoredSecretReview } from './types.js'

const BROAD_MANAGED_POLICY = /(AdministratorAccess|PowerUserAccess|FullAccess)$/

/**
 * Lists the security-relevant choices of a CloudFormation template (as `toTemplate` makes it,
 * or parsed from JSON/YAML in long form): public IPs, ingress rules, load balancer schemes and
 * listener protocols, IAM roles, secrets and how they are delivered, log retention,
 * deployment rollback, encryption at rest and the EC2 instances of GPU capacity — plus the items a reviewer should look at
 * first. Pure; the same template gives the same review.
 */
export function reviewSecurity(template: Template): SecurityReview {
  const parameters: ParameterTable = Object.fromEntries(Object.entries(isJsonObject(template.Parameters) ? template.Parameters : {}).filter((e): e is [string, JsonObject] => isJsonObject(e[1])))
  const resources = templateResources(template)
  const byId = new Map(resources.map((r) => [r.id, r]))
  const ecsServices = resources.filter((r) => r.type === 'AWS::ECS::Service')

  const serviceOfTargetGroup = new Map<string, string>()
  for (const service of ecsServices) {
    for (const lb of listOf(service.properties['LoadBalancers'])) for (const id of referencedIds(objectOf(lb)['TargetGroupArn'] ?? null)) serviceOfTargetGroup.set(id, serviceName(service))
  }
  const loadBalancers = reviewLoadBalancers(resources)
  const loadBalancerGroups = new Set(resources.filter((r) => r.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer').flatMap((r) => referencedIds(r.properties['SecurityGroups'] ?? null)))
  const listeners = reviewListeners(resources, serviceOfTargetGroup, parameters)
  const ingress = reviewIngress(resources, loadBalancerGroups, parameters)
  const services = ecsServices.map((s) => reviewService(s, byId, listeners, parameters)).sort((a, b) => compare(a.name, b.name))
  const secrets = storedSecrets(resources, parameters)
  const logs: LogGroupReview[] = resources
    .filter((r) => r.type === 'AWS::Logs::LogGroup')
    .map((r) => ({ id: r.id, name: describeValue(r.properties['LogGroupName'] ?? null, parameters), ...(r.properties['RetentionInDays'] === undefined ? {} : { retentionDays: typeof r.properties['RetentionInDays'] === 'number' ? r.properties['RetentionInDays'] : describeValue(r.properties['RetentionInDays'], parameters) }) }))
  const encryption: EncryptionReview[] = resources
    .filter((r) => r.type === 'AWS::EFS::FileSystem' || Object.hasOwn(r.properties, 'Encrypted'))
    .map((r) => ({ id: r.id, type: r.type, encrypted: r.properties['Encrypted'] === undefined ? 'not set' : describeValue(r.properties['Encrypted'], parameters), ...(r.properties['KmsKeyId'] === undefined ? {} : { kmsKey: describeValue(r.properties['KmsKeyId'], parameters) }) }))
  const instances = reviewInstances(resources, byId, parameters)
  const noEchoParameters = Object.keys(parameters)
    .filter((id) => parameters[id]!['NoEcho'] === true || parameters[id]!['NoEcho'] === 'true')
    .sort()

  const attention: AttentionItem[] = []
  const flag = (id: string, kind: string, message: string): void => void attention.push({ id, kind, message })
  for (const rule of ingress) {
    if (rule.open && !rule.loadBalancerGroup) flag(rule.id, 'open-ingress', `${rule.ports} of ${rule.group} is open to ${rule.source}, and it is not a load balancer's group.`)
  }
  for (const listener of listeners) {
    if (!listener.encrypted && !listener.redirect?.startsWith('HTTPS')) flag(listener.id, 'plaintext-listener', `Port ${listener.port} listens on ${listener.protocol}: the load balancer does not encrypt this traffic.`)
  }
  for (const service of services) flagService(service, flag)
  const flaggedRoles = new Set<string>()
  for (const instance of instances) {
    if (!instance.imdsV2) flag(instance.id, 'imds-v1', 'Instances answer instance-metadata requests without a session token (IMDSv1).')
    if (!instance.volumesEncrypted) flag(instance.id, 'unencrypted-storage', 'Instance volumes are not all encrypted.')
    if (instance.publicIp === 'true') flag(instance.id, 'public-ip', 'Instances always get public IP addresses.')
    // Launch templates share one instance role: it is looked at once.
    if (instance.role && !flaggedRoles.has(instance.role.id)) {
      flaggedRoles.add(instance.role.id)
      flagRole(instance.role, flag)
    }
  }
  for (const log of logs) if (log.retentionDays === undefined) flag(log.id, 'logs-never-expire', `Log group ${log.name} keeps logs forever.`)
  for (const storage of encryption) if (storage.encrypted !== 'true') flag(storage.id, 'unencrypted-storage', `${storage.type} is not encrypted at rest (Encrypted: ${storage.encrypted}).`)
  for (const secret of secrets) if (secret.value.startsWith('written in the template')) flag(secret.id, 'secret-in-template', 'The secret value is written in the template itself.')
  for (const task of resources.filter((r) => r.type === 'AWS::ECS::TaskDefinition')) flagPlainSecrets(task, flag)
  for (const secret of secrets) if (/^parameter .* without NoEcho/.test(secret.value)) flag(secret.id, 'secret-parameter-echo', `The secret comes from a ${secret.value.replace(/ without NoEcho$/, '')} that CloudFormation shows in the console (no NoEcho).`)

  return { loadBalancers, listeners, ingress, services, secrets, noEchoParameters, logs, encryption, instances, attention: attention.sort((a, b) => compare(`${a.id} ${a.kind}`, `${b.id} ${b.kind}`)) }
}

function flagService(service: ServiceReview, flag: (id: string, kind: string, message: string) => void): void {
  if (service.publicIp === 'ENABLED') flag(service.id, 'public-ip', `Tasks of ${service.name} always get public IP addresses.`)
  if (!service.deployment.circuitBreaker || !service.deployment.rollback) flag(service.id, 'no-rollback', `A failing deployment of ${service.name} is not rolled back (circuit breaker ${onOff(service.deployment.circuitBreaker)}, rollback ${onOff(service.deployment.rollback)}).`)
  for (const role of [service.executionRole, service.taskRole]) if (role) flagRole(role, flag)
  for (const [label, role] of [['execution role', service.executionRole], ['task role', service.taskRole]] as const) {
    if (role?.existing) flag(service.id, 'existing-role', `The ${label} of ${service.name} is the existing role ${role.id}: review what it allows in IAM.`)
  }
}

// Variables that look like secrets written as values: patches and overlays can add them too.
function flagPlainSecrets(task: TemplateResource, flag: (id: string, kind: string, message: string) => void): void {
  for (const container of listOf(task.properties['ContainerDefinitions']).map(objectOf)) {
    for (const variable of listOf(container['Environment']).map(objectOf)) {
      const [name, value] = [variable['Name'], variable['Value']]
      if (typeof name === 'string' && typeof value === 'string' && looksLikePlaintextSecret(name, value)) {
        flag(task.id, 'secret-in-environment', `${container['Name']} gets ${name} as a plain variable: its value is written in the task definition.`)
      }
    }
  }
}

function flagRole(role: RoleReview, flag: (id: string, kind: string, message: string) => void): void {
  for (const policy of role.managedPolicies) if (BROAD_MANAGED_POLICY.test(policy)) flag(role.id, 'broad-managed-policy', `Managed policy ${policy.replace(/^.*\//, '')} grants broad access.`)
  for (const statement of role.statements) {
    if (statement.effect !== 'Allow') continue
    const wild = [...statement.actions.filter((a) => a === '*' || a.endsWith(':*')), ...statement.resources.filter((r) => r === '*')]
    if (wild.length > 0) flag(role.id, 'wildcard-permission', `Allows ${statement.actions.join(', ')} on ${statement.resources.join(', ')}.`)
  }
}

function storedSecrets(resources: readonly TemplateResource[], parameters: ParameterTable): StoredSecretReview[] {
  return resources
    .filter((r) => r.type === 'AWS::SecretsManager::Secret')
    .map((r) => {
      const source = r.properties['SecretString']
      const parameter = isJsonObject(source) && typeof source['Ref'] === 'string' && Object.hasOwn(parameters, source['Ref']) ? source['Ref'] : undefined
      let value: string
      if (r.properties['GenerateSecretString'] !== undefined) value = 'generated by Secrets Manager'
      else if (parameter) value = `parameter ${parameter} ${parameters[parameter]!['NoEcho'] === true ? '(NoEcho)' : 'without NoEcho'}`
      else if (typeof source === 'string') value = 'written in the template'
      else value = describeValue(source ?? null, parameters)
      return { id: r.id, type: r.type, value }
    })
}

function onOff(value: boolean): string {
  return value ? 'on' : 'off'
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
