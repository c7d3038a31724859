import type { ComposeService, Reporter, SourceMap, Value } from '@composeform/model'
import type { ConfigSource } from './config-source.js'
import { planSecretDelivery, type SecretDelivery, type SecretFile, type SecretMount, type SecretVariable } from './secret-delivery.js'
import type { SecretSource } from './secret-source.js'

/** Where a sidecar's files are written in the init container, which mounts every container's volumes. */
export const SIDECAR_FILES_ROOT = '/composeform'

/** What one container of the task gets: its volumes (at its own directories) and its `x-aws-env` variables. */
export interface ContainerDelivery {
  mounts: readonly SecretMount[]
  environment: readonly SecretVariable[]
  /** True when the init container writes files this container reads, so it waits for it. */
  waits: boolean
}

/** The secrets and configs of a whole task: what the init container writes, and what each container mounts. */
export interface TaskDelivery {
  /** The init container's share: every container's files, a sidecar's under `/composeform/<sidecar>`. */
  init: SecretDelivery
  /** By container (service) name. */
  containers: ReadonlyMap<string, ContainerDelivery>
}

const volumeSafe = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, '_')

/**
 * Plans the secrets and configs of every container of a task (the owner first, then its
 * sidecars). The owner's files are planned exactly as for a task of its own. A sidecar's
 * volumes get its name as a prefix, and the init container — which cannot mount two volumes
 * at one directory — mounts and writes them under `/composeform/<sidecar>`, while the sidecar
 * mounts them at their own directories: each container sees only its own files.
 */
export function planTaskDelivery(
  members: readonly { name: string; service: ComposeService }[],
  sources: ReadonlyMap<string, SecretSource>,
  configs: ReadonlyMap<string, ConfigSource>,
  reporter: Reporter,
  sourceMap: SourceMap,
): TaskDelivery | undefined {
  const containers = new Map<string, ContainerDelivery>()
  const parts: SecretDelivery[] = []
  members.forEach((member, i) => {
    const own = planSecretDelivery(member.name, member.service, sources, reporter, sourceMap, configs)
    if (own === undefined) return
    if (i === 0) {
      parts.push(own)
      containers.set(member.name, { mounts: own.mounts, environment: own.environment, waits: own.files.length > 0 })
      return
    }
    const prefix = `${SIDECAR_FILES_ROOT}/${volumeSafe(member.name)}`
    const mounts = own.mounts.map((m) => ({ volume: `${volumeSafe(member.name)}-${m.volume}`.slice(0, 255), directory: m.directory }))
    containers.set(member.name, { mounts, environment: own.environment, waits: own.files.length > 0 })
    parts.push({
      environment: [],
      files: own.files.map((f): SecretFile => ({ ...f, path: `${prefix}${f.path}` })),
      mounts: mounts.map((m) => ({ volume: m.volume, directory: `${prefix}${m.directory}` })),
      directories: own.directories.map((d) => `${prefix}${d}`),
      policyResources: own.policyResources,
      parameterResources: own.parameterResources,
    })
  })
  if (parts.length === 0) return undefined
  const unique = (values: readonly Value[]): Value[] => [...new Map(values.map((v) => [JSON.stringify(v), v])).values()]
  const init: SecretDelivery =
    parts.length === 1 && members[0] !== undefined && containers.has(members[0].name)
      ? parts[0]!
      : {
          environment: [],
          files: parts.flatMap((p) => p.files),
          mounts: parts.flatMap((p) => p.mounts),
          directories: parts.flatMap((p) => p.directories),
          policyResources: unique(parts.flatMap((p) => p.policyResources)),
          parameterResources: unique(parts.flatMap((p) => p.parameterResources)),
        }
  return { init, containers }
}
