import { diagnosticCodes, type Diagnostic, type PatchFile, type PatchStep, type Staged } from '@composeform/model'
import jsonPatch from 'fast-json-patch'
import type { Json } from '../json.js'
import type { Template } from '../template.js'
import { explainFailure } from './explain-failure.js'

/**
 * `template` with the patch files' RFC 6902 operations applied in order (after the
 * `x-aws-cloudformation` overlay, which `toTemplate` has merged). The template is cloned
 * first, so the caller's value is never changed. Operations are validated, and paths through
 * `__proto__` or `constructor/prototype` are refused (`readPatch` refuses them earlier, with
 * a position). The first operation that does not apply stops the whole run: it is one
 * PATCH_FAILED error naming the file, the operation's index, `op` and `path`, and the value
 * is the unpatched template.
 */
export function applyPatches(template: Template, patches: readonly PatchFile[]): Staged<Template> {
  if (patches.length === 0) return { value: template, diagnostics: [] }
  let document = JSON.parse(JSON.stringify(template)) as Json
  for (const patch of patches) {
    for (const step of patch.steps) {
      const before = document
      try {
        // validate on, mutate the private clone, keep the prototype ban.
        document = jsonPatch.applyOperation(document, { ...step.operation } as jsonPatch.Operation, true, true, true, step.index).newDocument as Json
      } catch (error) {
        if (!(error instanceof jsonPatch.JsonPatchError) && !(error instanceof TypeError)) throw error
        return { value: template, diagnostics: [failed(patch, step, before, error)] }
      }
    }
  }
  return { value: document as Template, diagnostics: [] }
}

function failed(patch: PatchFile, step: PatchStep, document: Json, error: Error): Diagnostic {
  const { op, path } = step.operation
  const { reason, hint } = explainFailure(step.operation, document, error instanceof jsonPatch.JsonPatchError ? error.name : 'PROTOTYPE_BANNED')
  const info = diagnosticCodes.PATCH_FAILED
  return {
    code: 'PATCH_FAILED',
    severity: info.severity,
    message: `Operation ${step.index} of ${patch.file} (\`${op}\` at \`${path}\`) does not apply: ${reason}`,
    path: [step.index],
    ...(step.location ? { location: step.location } : {}),
    hint,
    stage: info.stage,
  }
}
