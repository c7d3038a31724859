import type { Emitter } from '@composeform/emit-cfn'
import type { applyEcsParams, withParameterDefaults } from '@composeform/model'
import type { emitNestedStacks } from './nested-stacks.js'
import type { checkPatches, patchWith, readPatches } from './patches.js'
import type { checkUpdate } from './update-check/check-update.js'

/**
 * The steps of `convert` that run only when an option asks for them. They are handed to the
 * pipeline rather than imported by it, so that a bundle of `convertCompose` carries none of
 * their code.
 */
export interface OptionalSteps {
  /** The emitters when the options give no `registry`; without it, the deployment emitters. */
  emitters?: readonly Emitter[]
  /** Maps an ecs-cli `ecs-params.yml` onto the loaded project, and its network settings onto the graph's parameter defaults (`ecsParams`). */
  ecsParams?: { apply: typeof applyEcsParams; defaults: typeof withParameterDefaults }
  /** Reads, checks and applies JSON patch files, and names the emitters they change (`patches`). */
  patches?: { read: typeof readPatches; check: typeof checkPatches; apply: typeof patchWith; emitters: ReadonlySet<string> }
  /** Writes a template emitter's output as nested stacks (`nestedStacks`). */
  nestedStacks?: typeof emitNestedStacks
  /** Reads the deployed template and finds what updating it would break (`previous`). */
  previous?: typeof checkUpdate
}
