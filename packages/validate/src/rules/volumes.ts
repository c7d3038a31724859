import { runsOnWindows } from './platform.js'
import type { RuleContext } from './rule-context.js'

/**
 * Service volumes on Fargate: named volumes (EFS) and anonymous ones (task storage, with a
 * warning) work on Linux; bind mounts cannot, and a Windows task can mount neither.
 */
export function checkVolumes({ service, path, emit }: RuleContext): void {
  const windows = runsOnWindows(service)
  service.volumes?.forEach((volume, i) => {
    const at = [...path, 'volumes', i]
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
          `Use a named volume (e.g. \`data:${volume.target}\`, declared under the top-level \`volumes:\`), or copy the files into the image.`,
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
