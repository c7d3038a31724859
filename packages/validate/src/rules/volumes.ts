import { isAbsolutePath, type Path } from '@composeform/model'
import { runsOnWindows } from './platform.js'
import type { RuleContext } from './rule-context.js'

/**
 * Service volumes on Fargate: named volumes (EFS) and anonymous ones (task storage, with a
 * warning) work on Linux; bind mounts cannot, and a Windows task can mount neither. A mount
 * target or working directory must be an absolute path, or the container does not start.
 */
export function checkVolumes({ service, path, emit }: RuleContext): void {
  const windows = runsOnWindows(service)
  const relative = (at: Path, what: string) => emit.report('CONTAINER_PATH_RELATIVE', at, `${what} is a relative path; Docker starts no container with it.`, 'Write the path from the root of the container, e.g. `/app`.')
  if (typeof service.working_dir === 'string' && !isAbsolutePath(service.working_dir)) relative([...path, 'working_dir'], `The working directory \`${service.working_dir}\``)
  service.volumes?.forEach((volume, i) => {
    const at = [...path, 'volumes', i]
    if (typeof volume.target === 'string' && !isAbsolutePath(volume.target)) return relative(at, `The mount target \`${volume.target}\``)
    switch (volume.type) {
      case 'volume':
        if (windows) {
          emit.report('VOLUME_TYPE_UNSUPPORTED', at, `\`${volume.target}\` is a volume of a Windows task, and Fargate mounts neither EFS nor task storage into Windows containers.`, 'Keep the data outside the container (S3, a database), or run the service on Linux.')
          return
        }
        if (!volume.source) {
          emit.report(
            'VOLUME_NOT_PERSISTENT',
            at,
            `\`${volume.target}\` is an anonymous volume: it becomes task storage, and its data does not survive the task.`,
            'Name it (`data:' + volume.target + '`, declared under the top-level `volumes:`) to keep the data on EFS.',
          )
        }
        // Options of other mount types, which the short syntax's `z` or `rshared` also set.
        if (volume.bind !== undefined) emit.unsupported([...at, 'bind'], 'bind options (propagation, SELinux relabelling) belong to bind mounts; an EFS volume takes none')
        if (volume.tmpfs !== undefined) emit.unsupported([...at, 'tmpfs'], 'tmpfs options belong to tmpfs mounts, not to a named volume')
        return
      case 'bind':
        emit.report(
          'BIND_MOUNT_UNSUPPORTED',
          at,
          `\`${volume.source ?? ''}:${volume.target}\` is a bind mount, and Fargate tasks cannot see the host's files.`,
          HOST_OWN.test(volume.source ?? '') ? 'A Fargate task has no host to share it with: leave the mount out (for the time zone, set `TZ`).' : `Use a named volume (e.g. \`data:${volume.target}\`, declared under the top-level \`volumes:\`), or copy the files into the image.`,
        )
        return
      case 'tmpfs':
        emit.unsupported(at, service.read_only === true ? 'Fargate has no tmpfs mounts, and with `read_only` the path is not writable' : 'Fargate has no tmpfs mounts; the path stays on the writable layer')
        return
      default:
        emit.report(
          'VOLUME_TYPE_UNSUPPORTED',
          [...at, 'type'],
          `Fargate cannot mount a volume of type \`${volume.type}\`.`,
          'Use a named volume (`type: volume`).',
        )
    }
  })
}

// What a bind mount shares of the host itself, rather than of the project: sockets, devices, system files.
const HOST_OWN = /^\/(?:var\/run|run|dev|proc|sys|etc)\/|\.sock$/
