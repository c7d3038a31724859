import type { ComposeModel, ComposeService, Path } from '@composeform/model'
import type { Emit } from '../emit.js'
import type { TaskGroups } from './task-groups.js'

/** What a rule sees: one service, where it is, and how to report. */
export interface RuleContext {
  name: string
  service: ComposeService
  /** `['services', name]`. */
  path: Path
  model: ComposeModel
  emit: Emit
  /** Which task each service runs in. */
  groups: TaskGroups
}
