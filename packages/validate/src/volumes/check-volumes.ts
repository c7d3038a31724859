import type { ComposeModel } from '@composeform/model'
import type { Emit } from '../emit.js'
import { efsDriverOptions } from './efs-driver-opts.js'
import { reportIgnoredEfsOptions } from './efs-ignored-options.js'
import type { EcsVolume } from './efs-volume.js'

const FILE_SYSTEM_ID = /^fs-[0-9a-f]{8,40}$/

/** The numeric `uid[:gid]` of a compose `user`, when it is one. */
function numericUser(user: unknown): { uid: number; gid: number } | undefined {
  const match = typeof user === 'string' || typeof user === 'number' ? /^(\d{1,10})(?::(\d{1,10}))?$/.exec(String(user)) : null
  return match ? { uid: Number(match[1]), gid: Number(match[2] ?? match[1]) } : undefined
}

/**
 * The top-level volumes services mount, as EFS file systems with validated options. A
 * declared volume no service mounts creates nothing (info). When `driver_opts` gives no
 * `uid`, the directory EFS creates is owned by the numeric `user` all its services share,
 * else by root — with a warning when a service runs as someone else, who could not write.
 */
export function checkTopLevelVolumes(model: ComposeModel, emit: Emit): Record<string, EcsVolume> {
  const mounters = new Map<string, string[]>()
  for (const name of Object.keys(model.services).sort()) {
    for (const v of model.services[name]!.volumes ?? []) {
      if (v.type !== 'volume' || !v.source) continue
      const list = mounters.get(v.source) ?? []
      if (!list.includes(name)) list.push(name)
      mounters.set(v.source, list)
    }
  }
  const volumes: Record<string, EcsVolume> = {}
  for (const key of Object.keys(model.volumes).sort()) {
    const volume = model.volumes[key]!
    const path = ['volumes', key]
    const services = mounters.get(key)
    if (!services) {
      emit.report('VOLUME_UNUSED', path, `No service mounts the volume \`${key}\`, so no file system is created for it.`, 'Mount it in a service (`volumes: - ' + key + ':/path`), or remove it.', true)
      continue
    }
    const options = efsDriverOptions(volume.driver_opts, [...path, 'driver_opts'], emit)
    const external = volume.external === true
    reportIgnoredEfsOptions(key, options, external, [...path, 'driver_opts'], emit)
    if (external && !FILE_SYSTEM_ID.test(volume.name)) {
      emit.report(
        'VOLUME_EXTERNAL_ID',
        path,
        `The external volume \`${key}\` is named \`${volume.name}\`, which is not an EFS file-system id; the template asks for the id as a parameter.`,
        `Set \`name: fs-…\` to make it the parameter's default.`,
        true,
      )
    }
    let owner: { uid: number; gid: number } | undefined
    if (options.uid === undefined && !external) {
      const users = services.map((s) => ({ service: s, user: model.services[s]!.user, numeric: numericUser(model.services[s]!.user) }))
      const first = users[0]!.numeric
      const shared = first && users.every((u) => u.numeric && u.numeric.uid === first.uid && u.numeric.gid === first.gid) ? first : undefined
      owner = shared
      const blocked = shared ? [] : users.filter((u) => u.user !== undefined && u.numeric?.uid !== 0 && u.user !== 'root')
      if (blocked.length > 0) {
        // The first of them that gives a numeric user: the owner that lets it write.
        const known = blocked.find((u) => u.numeric)?.numeric ?? { uid: 1000, gid: 1000 }
        emit.report(
          'VOLUME_OWNER_UNKNOWN',
          [...path],
          `The volume \`${key}\`'s directory will belong to root, and ${blocked.map((u) => `\`${u.service}\` (user \`${u.user}\`)`).join(', ')} may not be able to write to it.`,
          `Set \`driver_opts: {uid: "${known.uid}", gid: "${known.gid}"}\` to the user the images run as, or give the services one numeric \`user\`.`,
          true,
        )
      }
    }
    const labels = Object.entries((volume.labels as Record<string, string> | undefined) ?? {})
      .map(([k, v]): [string, string] => [k, String(v)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    volumes[key] = {
      key,
      name: volume.name,
      external,
      ...(external && FILE_SYSTEM_ID.test(volume.name) ? { fileSystemId: volume.name } : {}),
      options,
      ...(owner ? { owner } : {}),
      labels,
      services,
    }
  }
  return volumes
}
