import type { Reporter } from '../report.js'
import { quote } from '../syntax/result.js'
import type { Node } from '../yaml/node.js'

/**
 * Checks the `version` of an ecs-params.yml (`root`, undefined for an empty file): a version
 * other than 1, the only one of the format, is ECS_PARAMS_INVALID; a missing or empty one is
 * ECS_PARAMS_VERSION_MISSING, a warning, since ecs-cli read such files as they were. It is
 * placed at the file's first key, where `version: 1` belongs (at its start when it is empty).
 * A file that is not a mapping is `checkEcsParams`'s to report.
 */
export function checkVersion(root: Node | undefined, file: string, reporter: Reporter): void {
  if (root !== undefined && root.kind !== 'map') return
  const entry = root?.entries.get('version')
  const version = entry?.value
  if (version === undefined || (version.kind === 'scalar' && version.value === null)) {
    reporter.add({
      code: 'ECS_PARAMS_VERSION_MISSING',
      message: 'ecs-params.yml has no `version`; it is read as version 1, the only one.',
      path: ['version'],
      span: entry ?? root?.entries.values().next().value ?? { file, start: 0, end: 0 },
      hint: 'Write `version: 1` at the top of the file, as ecs-cli documents its format.',
    })
  } else if (version.kind === 'scalar' && String(version.value) !== '1') {
    reporter.add({ code: 'ECS_PARAMS_INVALID', message: `\`version\` is ${quote(String(version.value))}; ecs-params.yml has only version 1.`, path: ['version'], span: version, hint: 'Write `version: 1`.' })
  }
}
