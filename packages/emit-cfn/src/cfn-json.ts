import type { Emitter } from './emitter.js'
import type { PatchTemplate } from './patch/patch-template.js'
import { toTemplate } from './to-template.js'

/**
 * CloudFormation JSON: one file, `template.json`, written as
 * `JSON.stringify(template, null, indent) + '\n'` (`indent` defaults to 2 spaces), after
 * `patch` changed it (such as `(t) => applyPatches(t, files)`); no file when that reports a
 * problem.
 */
export const cfnJson: Emitter<{ indent: number; patch: PatchTemplate }> = {
  name: 'cfn-json',
  emit(graph, options = {}) {
    const template = options.patch ? options.patch(toTemplate(graph)) : { value: toTemplate(graph), diagnostics: [] }
    if (template.diagnostics.length > 0) return { value: [], diagnostics: template.diagnostics }
    const contents = JSON.stringify(template.value, null, options.indent ?? 2) + '\n'
    return { value: [{ path: 'template.json', contents }], diagnostics: [] }
  },
}
