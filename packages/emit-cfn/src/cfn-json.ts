import type { PatchFile } from '@composeform/model'
import type { Emitter } from './emitter.js'
import { applyPatches } from './patch/apply-patches.js'
import { toTemplate } from './to-template.js'

/**
 * CloudFormation JSON: one file, `template.json`, written as
 * `JSON.stringify(template, null, indent) + '\n'` (`indent` defaults to 2 spaces), with
 * `patches` (RFC 6902, see `applyPatches`) applied; no file when one does not apply.
 */
export const cfnJson: Emitter<{ indent: number; patches: readonly PatchFile[] }> = {
  name: 'cfn-json',
  emit(graph, options = {}) {
    const template = applyPatches(toTemplate(graph), options.patches ?? [])
    if (template.diagnostics.length > 0) return { value: [], diagnostics: template.diagnostics }
    const contents = JSON.stringify(template.value, null, options.indent ?? 2) + '\n'
    return { value: [{ path: 'template.json', contents }], diagnostics: [] }
  },
}
