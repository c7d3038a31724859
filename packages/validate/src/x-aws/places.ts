import type { SiteKind } from './extension-sites.js'
import type { ExtensionPlace } from './schemas/index.js'
import { joinWords } from '@composeform/model'

// Where an extension belongs, after "belongs".
const BELONGS: Readonly<Record<ExtensionPlace, string>> = {
  project: 'at the top level of the compose file',
  service: 'directly under a service',
  deploy: "under a service's `deploy`",
  update_config: "under a service's `deploy.update_config`",
  port: 'on a port of a service written as a mapping',
  secret: 'under a top-level secret',
  service_secret: "on a service's secret written as a mapping",
  network: 'under a top-level network',
}

// The kind of mapping a key was found in, after "works".
const HERE: Readonly<Record<SiteKind, string>> = {
  project: 'at the top level',
  service: 'directly under a service',
  deploy: "under a service's `deploy`",
  update_config: 'under `deploy.update_config`',
  rollback_config: 'under `deploy.rollback_config`',
  port: 'on a port',
  secret: 'on a secret',
  service_secret: "on a service's secret",
  network: 'on a network',
  volume: 'on a volume',
  config: 'on a config',
}

/** "under a service's `deploy`", and so on: where extensions of `places` belong, joined with "or". */
export function belongs(places: readonly ExtensionPlace[]): string {
  return joinWords(
    places.map((place) => BELONGS[place]),
    'or',
  )
}

/** "on a volume", and so on: the kind of mapping a key was found in. */
export function here(kind: SiteKind): string {
  return HERE[kind]
}

/**
 * Where `key` would go at `place`, after "Move it to": a dotted path in backticks, concrete
 * when the key was found under a service and the place is in that service, with `<…>`
 * placeholders otherwise.
 */
export function destination(place: ExtensionPlace, key: string, service: string | undefined): string {
  const at = `services.${service ?? '<service>'}`
  switch (place) {
    case 'project':
      return 'the top level of the compose file'
    case 'service':
      return `\`${at}.${key}\``
    case 'deploy':
      return `\`${at}.deploy.${key}\``
    case 'update_config':
      return `\`${at}.deploy.update_config.${key}\``
    case 'port':
      return `\`${at}.ports[<n>].${key}\``
    case 'secret':
      return `\`secrets.<name>.${key}\``
    case 'service_secret':
      return `\`${at}.secrets[<n>].${key}\``
    case 'network':
      return `\`networks.<name>.${key}\``
  }
}
