import type { RuleContext } from './rule-context.js'

/** Every ECS container runs a pushed image: `build` alone cannot work, and is never run. */
export function checkImage({ service, path, emit }: RuleContext): void {
  if (typeof service.image !== 'string' || service.image === '') {
    emit.report(
      'IMAGE_REQUIRED',
      service.build ? [...path, 'build'] : path,
      `\`${path[1]}\` has no \`image\`; ECS can only run an image that is already in a registry.`,
      'Build and push the image (e.g. to ECR), then set `image:` to its name; `build` is not run by composeform.',
      true,
    )
    return
  }
  if (service.build) {
    emit.notApplicable([...path, 'build'], `the image \`${service.image}\` is deployed as it is in its registry; build and push it before deploying`)
  }
}
