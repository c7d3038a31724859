import { diagnosticCodes, pointerSegments, type Diagnostic, type PatchFile, type PatchOperation, type PatchStep, type Staged } from '@composeform/model'
import jsonPatch from 'fast-json-patch'
import { isJsonObject, type Json } from '../json.js'
import type { Template } from '../template.js'
import { explainFailure, NO_RESOURCES } from './explain-failure.js'
import { resolvesToMembers } from './own-members.js'

/**
 * `template` with the patch files' RFC 6902 operations applied in order (after the
 * `x-aws-cloudformation` overlay, which `toTemplate` has merged). The template is cloned
 * first, so the caller's value is never changed. Operations are validated, and pointers
 * resolve to members only (never to inherited properties such as `__proto__`; `readPatch`
 * refuses those names earlier, with a position). The first operation that does not apply stops the whole run: it is one
 * PATCH_FAILED error naming the file, the operation's index, `op` and `path`, and the value
 * is the unpatched template. So is an operation that leaves the template without a
 * `Resources` mapping, which no CloudFormation template lacks.
 */
export function applyPatches(template: Template, patches: readonly PatchFile[]): Staged<Template> {
  if (patches.length === 0) return { value: template, diagnostics: [] }
  let document = JSON.parse(JSON.stringify(template)) as Json
  for (const patch of patches) {
    for (const step of patch.steps) {
      const before = document
      const unresolved = unresolvedPointer(document, step.operation)
      if (unresolved) return { value: template, diagnostics: [failed(patch, step, before, unresolved)] }
      try {
        // Validate, mutate the private clone, and keep the library's prototype ban as a second line.
        document = jsonPatch.applyOperation(document, { ...step.operation } as jsonPatch.Operation, true, true, true, step.index).newDocument as Json
      } catch (error) {
        if (!(error instanceof jsonPatch.JsonPatchError)) throw error
        return { value: template, diagnostics: [failed(patch, step, before, error.name)] }
      }
      if (!isJsonObject(document) || !isJsonObject(document.Resources)) return { value: template, diagnostics: [failed(patch, step, before, NO_RESOURCES)] }
    }
  }
  return { value: document as Template, diagnostics: [] }
}

// fast-json-patch walks with `obj[key]`, which reaches inherited properties; members only here.
function unresolvedPointer(document: Json, operation: PatchOperation): string | undefined {
  const writes = operation.op === 'add' || operation.op === 'move' || operation.op === 'copy'
  if ((operation.op === 'move' || operation.op === 'copy') && !resolvesToMembers(document, pointerSegments(operation.from ?? '') ?? [])) return 'OPERATION_FROM_UNRESOLVABLE'
  // A target that is written needs only its parent.
  const path = pointerSegments(operation.path) ?? []
  return resolvesToMembers(document, writes ? path.slice(0, -1) : path) ? undefined : 'OPERATION_PATH_UNRESOLVABLE'
}

function failed(patch: PatchFile, step: PatchStep, document: Json, name: string): Diagnostic {
  const { op, path } = step.operation
  const { reason, hint } = explainFailure(step.operation, document, name)
  return {
    code: 'PATCH_FAILED',
    severity: diagnosticCodes.PATCH_FAILED,
    message: `Operation ${step.index} of ${patch.file} (\`${op}\` at \`${path}\`) does not apply: ${reason}`,
    path: [step.index],
    ...(step.location ? { location: step.location } : {}),
    hint,
    stage: 'emit',
  }
}
