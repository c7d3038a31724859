import type { ComposeModel } from '@composeform/model'
import type { ExtensionPlace } from './schemas/index.js'
import { isRecord, ownValue } from '@composeform/model'
import type { IssuePath } from './wording.js'

/** A kind of mapping an `x-aws-*` key was found in: a place extensions go, or one where none do. */
export type SiteKind = ExtensionPlace | 'rollback_config' | 'volume' | 'config'

/** One `x-aws-*` key found in the model. */
export interface ExtensionSite {
  kind: SiteKind
  /** The key's path in the compose document (top-level extensions at the top, as in the file). */
  path: IssuePath
  key: string
  value: unknown
  /** The service the key sits under, for hints that name it. */
  service?: string
}

// `x-aws` then a separator, in any letter case, so `X-AWS-VPC` and `x-aws_vpc` are caught
// while users' own `x-awslogs` anchors are not.
const AWS_KEY = /^x-aws[-_]/i

/**
 * Every `x-aws-*` key of the model, in the mappings where users write extensions: the top
 * level, services with their `deploy`, `deploy.update_config`, `deploy.rollback_config` and
 * long-form ports, and top-level networks, volumes, secrets and configs. Extension values are
 * not searched: what is inside them is theirs.
 */
export function findAwsExtensionSites(model: ComposeModel): ExtensionSite[] {
  const sites: ExtensionSite[] = []
  const scan = (holder: unknown, kind: SiteKind, path: IssuePath, service?: string): void => {
    if (!isRecord(holder)) return
    for (const key of Object.keys(holder)) {
      if (!AWS_KEY.test(key)) continue
      const site: ExtensionSite = { kind, path: [...path, key], key, value: holder[key] }
      sites.push(service === undefined ? site : { ...site, service })
    }
  }
  scan(model.extensions, 'project', [])
  for (const [name, service] of entries(model.services)) {
    const at = ['services', name]
    scan(service, 'service', at, name)
    const deploy = ownValue(service, 'deploy')
    scan(deploy, 'deploy', [...at, 'deploy'], name)
    scan(ownValue(deploy, 'update_config'), 'update_config', [...at, 'deploy', 'update_config'], name)
    scan(ownValue(deploy, 'rollback_config'), 'rollback_config', [...at, 'deploy', 'rollback_config'], name)
    const ports = ownValue(service, 'ports')
    if (Array.isArray(ports)) ports.forEach((port: unknown, index) => scan(port, 'port', [...at, 'ports', index], name))
    const secrets = ownValue(service, 'secrets')
    if (Array.isArray(secrets)) secrets.forEach((secret: unknown, index) => scan(secret, 'service_secret', [...at, 'secrets', index], name))
  }
  const resources = [
    ['networks', 'network'],
    ['volumes', 'volume'],
    ['secrets', 'secret'],
    ['configs', 'config'],
  ] as const
  for (const [section, kind] of resources) {
    for (const [name, resource] of entries(model[section])) scan(resource, kind, [section, name])
  }
  return sites
}

function entries(record: unknown): [string, unknown][] {
  return isRecord(record) ? Object.entries(record) : []
}
