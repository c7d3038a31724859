import type { RuleContext } from './rule-context.js'

/** Service volumes on Fargate: named and anonymous volumes work; bind mounts and host devices cannot. */
export function checkVolumes({ service, path, emit }: RuleContext): void {
  service.volumes?.forEach((volume, i) => {
    const at = [...path, 'volumes', i]
    switch (volume.type) {
      case 'volume':
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
