import type { Emitter } from './emitter.js'
import { toTemplate } from './to-template.js'

/**
 * CloudFormation JSON: one file, `template.json`, written as
 * `JSON.stringify(template, null, indent) + '\n'` (`indent` defaults to 2 spaces).
 */
export const cfnJson: Emitter<{ indent: number }> = {
  name: 'cfn-json',
  emit(graph, options = {}) {
    const contents = JSON.stringify(toTemplate(graph), null, options.indent ?? 2) + '\n'
    return { value: [{ path: 'template.json', contents }], diagnostics: [] }
  },
}
