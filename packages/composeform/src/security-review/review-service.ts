import type { Json } from '@composeform/emit-cfn'
import { describeValue, listOf, objectOf, referencedIds, type ParameterTable } from './describe-value.js'
import { reviewRole } from './review-role.js'
import type { TemplateResource } from './template-resources.js'
import type { ListenerReview, RoleReview, ServiceReview, ServiceSecretReview } from './types.js'

const SERVICE_TAG = 'com.docker.compose.service'

/** The compose name of an ECS service (its tag), else its logical id. */
export function serviceName(service: TemplateResource): string {
  const tag = listOf(service.properties['Tags']).map(objectOf).find((t) => t['Key'] === SERVICE_TAG)
  return typeof tag?.['Value'] === 'string' ? tag['Value'] : service.id
}

/** The security-relevant settings of one `AWS::ECS::Service` and its task definition. */
export function reviewService(service: TemplateResource, byId: ReadonlyMap<string, TemplateResource>, listeners: readonly ListenerReview[], parameters: ParameterTable): ServiceReview {
  const name = serviceName(service)
  const vpc = objectOf(objectOf(service.properties['NetworkConfiguration'])['AwsvpcConfiguration'])
  const breaker = objectOf(objectOf(service.properties['DeploymentConfiguration'])['DeploymentCircuitBreaker'])
  const taskDefinition = referencedIds(service.properties['TaskDefinition'] ?? null)
    .map((id) => byId.get(id))
    .find((r) => r?.type === 'AWS::ECS::TaskDefinition')
  const role = (key: string): RoleReview | undefined => {
    const value = taskDefinition?.properties[key]
    if (value === undefined) return undefined
    const resource = referencedIds(value)
      .map((id) => byId.get(id))
      .find((r) => r?.type === 'AWS::IAM::Role')
    // A role the template does not create: an existing one, named by its ARN.
    return resource ? reviewRole(resource, parameters) : { id: describeValue(value, parameters), existing: true, managedPolicies: [], statements: [] }
  }
  const executionRole = role('ExecutionRoleArn')
  const taskRole = role('TaskRoleArn')
  const containers = listOf(taskDefinition?.properties['ContainerDefinitions']).map(objectOf)
  return {
    name,
    id: service.id,
    publicIp: describeValue(vpc['AssignPublicIp'] ?? 'DISABLED', parameters),
    securityGroups: listOf(vpc['SecurityGroups']).map((g) => describeValue(g, parameters)).sort(),
    listeners: listeners.filter((l) => l.services.includes(name)).map((l) => `${l.protocol} ${l.port}`),
    deployment: { circuitBreaker: breaker['Enable'] === true, rollback: breaker['Rollback'] === true },
    ...(executionRole ? { executionRole } : {}),
    ...(taskRole ? { taskRole } : {}),
    secrets: containers.flatMap((c) => containerSecrets(c, containers, parameters)).sort((a, b) => compare(`${a.container} ${a.name}`, `${b.container} ${b.name}`)),
    registryCredentials: [...new Set(containers.flatMap((c) => {
      const credentials = objectOf(c['RepositoryCredentials'])['CredentialsParameter']
      return credentials === undefined ? [] : [describeValue(credentials, parameters)]
    }))].sort(),
  }
}

// A container that is not essential and shares a volume with others is an init container
// writing the secrets it receives as files; anything else gets them as variables.
function containerSecrets(container: { readonly [key: string]: Json }, all: readonly { readonly [key: string]: Json }[], parameters: ParameterTable): ServiceSecretReview[] {
  const name = describeValue(container['Name'] ?? null)
  const volumes = new Set(listOf(container['MountPoints']).map((m) => describeValue(objectOf(m)['SourceVolume'] ?? null)))
  const readers = all.filter((c) => c !== container)
  const paths = readers.flatMap((c) => listOf(c['MountPoints']).map(objectOf).filter((m) => volumes.has(describeValue(m['SourceVolume'] ?? null))).map((m) => describeValue(m['ContainerPath'] ?? null)))
  const file = container['Essential'] === false && paths.length > 0
  // The init container's script writes each variable to its file: printf '%s' "$SECRET_0" > '/run/secrets/db'.
  const files = new Map([...listOf(container['Command']).map((part) => describeValue(part)).join('\n').matchAll(/"\$(\w+)" > '([^']+)'/g)].map((m) => [m[1]!, m[2]!]))
  return listOf(container['Secrets']).map((secret) => {
    const s = objectOf(secret)
    const variable = describeValue(s['Name'] ?? null)
    const written = file ? files.get(variable) : undefined
    return { container: name, name: variable, from: describeValue(s['ValueFrom'] ?? null, parameters), delivery: file ? 'file' : 'environment', paths: file ? [...new Set(paths)].sort() : [], ...(written ? { file: written } : {}) }
  })
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
