import type { ComposeProject } from '../load-project.js'
import { sortKeysDeep } from '../normalize/plain.js'
import type { Reporter } from '../report.js'
import { SourceMap } from '../source-map.js'
import type { Node } from '../yaml/node.js'
import type { SourceFiles } from '../yaml/source-files.js'
import { SPELLING_PAIRS } from '../load/distinct-values.js'
import { graft } from './graft.js'
import { deleteIn, getIn, setIn } from './set-in.js'

/** One compose attribute of one service, or one top-level extension, that an ecs-params.yml value sets. */
export interface Edit {
  /** The service; undefined for the project's top level, where only `x-*` extensions are set. */
  service: string | undefined
  /** The attribute's path inside the service (e.g. `['deploy', 'resources', 'limits', 'cpus']`) or the top level. */
  attribute: string[]
  value: unknown
  /** The ecs-params.yml node the value came from, and its key path there. */
  node: Node
  from: string[]
  /** Compose attributes (inside the service) whose value this one replaces when the compose file sets them. */
  replaces: string[][]
  /**
   * Why the attribute is removed instead of set (`value` is then unused): an ECS_PARAMS_OVERRIDE
   * note names it with this reason when the compose file or an earlier edit set it.
   */
  drops?: string
}

/**
 * A new project with the edits made in order (a later edit of the same attribute wins), its
 * source map pointing each edited attribute at the ecs-params.yml value, and an
 * ECS_PARAMS_OVERRIDE note for each edit that replaces what the compose file set or removes
 * a value (`drops`).
 */
export function applyEdits(project: ComposeProject, edits: readonly Edit[], files: SourceFiles, reporter: Reporter): ComposeProject {
  const model = sortKeysDeep(project.model)
  let root = project.sources.root
  for (const edit of edits) {
    const target = (edit.service === undefined ? model.extensions : model.services[edit.service]) as unknown as Record<string, unknown>
    if (edit.drops !== undefined) {
      if (getIn(target, edit.attribute) === undefined) continue
      const at = edit.service === undefined ? edit.attribute : ['services', edit.service, ...edit.attribute]
      reporter.add({ code: 'ECS_PARAMS_OVERRIDE', message: `\`${edit.from.join('.')}\` drops \`${at.join('.')}\`: ${edit.drops}.`, path: edit.from, span: edit.node, hint: 'Make the two agree to keep the value.' })
      deleteIn(target, edit.attribute)
      continue
    }
    const written = edit.service === undefined ? project.model.extensions : project.model.services[edit.service]
    // What the compose file set, or an earlier edit (a service's `mem_limit` under `task_size`).
    const replaced = edit.replaces.find((attribute) => getIn(target, attribute) !== undefined)
    const at = edit.service === undefined ? [] : ['services', edit.service]
    if (replaced) {
      reporter.add({
        code: 'ECS_PARAMS_OVERRIDE',
        message: `\`${edit.from.join('.')}\` replaces \`${[...at, ...replaced].join('.')}\`${getIn(written, replaced) !== undefined ? ' of the compose file, as in ecs-cli' : ', which ecs-params.yml sets too: the task size is its container\'s limit'}.`,
        path: edit.from,
        span: edit.node,
        hint: 'Remove one of the two to say which you mean.',
      })
    }
    setIn(target, edit.attribute, edit.value)
    if (root) root = graft(root, [...at, ...edit.attribute], edit.node)
  }
  for (const service of Object.values(model.services)) oneSpelling(service as unknown as Record<string, unknown>)
  return { ...project, model: sortKeysDeep(model), sources: new SourceMap(root, files) }
}

/**
 * One value per setting, as compose requires (DISTINCT_VALUES): where the edits made
 * `deploy.resources.limits` or `reservations`, a service's `cpus`, `mem_limit` or
 * `mem_reservation` moves into it, and gives way to a value the edits put there.
 */
function oneSpelling(service: Record<string, unknown>): void {
  for (const { legacy, deploy, within } of SPELLING_PAIRS) {
    const value = getIn(service, legacy)
    if (value === undefined || getIn(service, within) === undefined) continue
    if (getIn(service, deploy) === undefined) setIn(service, deploy, value)
    deleteIn(service, legacy)
  }
}
