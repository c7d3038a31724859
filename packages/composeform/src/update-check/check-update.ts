import { toTemplate, type JsonObject, type PatchTemplate } from '@composeform/emit-cfn'
import { hasErrors, type ComposeProject, type Diagnostic, type ResourceGraph } from '@composeform/model'
import { readPreviousTemplate, type TemplateSource } from './previous-template.js'
import { updateHazards } from './update-hazards.js'

/**
 * The `previous` step of `convert`: reads the deployed template and reports what updating it
 * to this graph's template (the overlay merged, `patch` applied) would break. Split into
 * nested stacks, the templates cannot be compared whole: a thrown error, the caller's mistake.
 */
export function checkUpdate(source: TemplateSource, graph: ResourceGraph, project: ComposeProject, patch: PatchTemplate | undefined, nested: boolean | undefined): Diagnostic[] {
  if (nested) throw new Error('the `previous` option does not go with `nestedStacks`: compare the unsplit template')
  const previous = readPreviousTemplate(source)
  if (!previous.value) return previous.diagnostics
  const patched = (patch ?? ((template) => ({ value: template, diagnostics: [] })))(toTemplate(graph))
  // Patches that do not apply are reported already, and there is no template to compare.
  if (hasErrors(patched.diagnostics)) return []
  return updateHazards(previous.value, patched.value as JsonObject, graph, project)
}
