import type { ComposeModel } from '@composeform/model'
import type { Emit } from './emit.js'

const KINDS = [
  ['networks', 'security group'],
  ['volumes', 'EFS file system'],
  ['secrets', 'secret'],
] as const

/**
 * The labels of a top-level network, volume or secret become tags of the resource the stack
 * creates for it; an external one is not created here, so its labels are ignored (reported).
 */
export function checkExternalLabels(model: ComposeModel, emit: Emit): void {
  for (const [kind, resource] of KINDS) {
    for (const [name, definition] of Object.entries(model[kind] ?? {})) {
      const entry = definition as { external?: unknown; labels?: unknown } | null
      if (entry?.external !== true || entry.labels === null || typeof entry.labels !== 'object' || Object.keys(entry.labels).length === 0) continue
      emit.unsupported([kind, name, 'labels'], `the ${resource} exists already and the stack does not tag it`)
    }
  }
}
