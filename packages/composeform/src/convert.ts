import { applyEcsParams, withParameterDefaults } from '@composeform/model'
import type { ConvertOptions, ConvertResult } from './convert-options.js'
import { builtInEmitters } from './default-emitters.js'
import { emitNestedStacks } from './nested-stacks.js'
import type { OptionalSteps } from './optional-steps.js'
import { checkPatches, patchedEmitters, patchWith, readPatches } from './patches.js'
import { runPipeline } from './pipeline.js'
import { checkUpdate } from './update-check/check-update.js'

export type { ConvertOptions, ConvertResult } from './convert-options.js'

const EVERY_STEP: OptionalSteps = {
  emitters: builtInEmitters,
  ecsParams: { apply: applyEcsParams, defaults: withParameterDefaults },
  patches: { read: readPatches, check: checkPatches, apply: patchWith, emitters: patchedEmitters },
  nestedStacks: emitNestedStacks,
  previous: checkUpdate,
}

/**
 * Runs the whole pipeline — load, check, convert, emit — as a pure function of its options.
 * Never throws for problems in the input: they are diagnostics, sorted, with positions. Files
 * are produced only when no diagnostic is an error. An unknown emitter name is reported as a
 * thrown error, since it is the caller's mistake, not the input's.
 */
export function convert(options: ConvertOptions = {}): ConvertResult {
  return runPipeline(options, EVERY_STEP)
}
