import type { RuleContext } from './rule-context.js'

/** Service volumes on Fargate: named volumes (EFS) and anonymous ones (task storage, with a warning) work; bind mounts cannot. */
export function checkVolumes({ service, path, emit }: RuleContext): void {
  service.volumes?.forEach((volume, i) => {
    const at = [...path, 'volumes', i]
    switch (volume.type) {
      case 'volume':
        if (!volume.source) {
          emit.report(
            'VOLUME_NOT_PERSISTENT',
            at,
            `\`${volume.target}\` is an anonymous volume: it becomes task storage, and its data does not survive the task.`,
            'Name it (`data:' + volume.target + '`, declared under the top-level `volumes:`) to keep the data on EFS.',
          )
        }
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
        emit.unsupported(at, 'Fargate has no tmpfs mounts; the path stays on the writable layer')
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
