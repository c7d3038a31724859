import type { Emitter } from './emitter.js'
import type { PatchTemplate } from './patch/patch-template.js'
import { toTemplate, unrenderedTemplate } from './to-template.js'
import { YamlWriter } from './yaml-writer.js'

/**
 * CloudFormation YAML: one file, `template.yaml`, in block style, never folded, with
 * short-form intrinsics (`!Ref`, `!GetAtt Id.Attr`, `!Sub`, …) unless `shortForm` is false.
 *
 * Strings are quoted wherever a YAML 1.1 reader (CloudFormation's, or a strict one such as
 * PyYAML) or a YAML 1.2 core reader would read them as something else: `yes`, `on`, `0755`,
 * `2024-01-01`, `1e3`, `~`, `0o17`, `=`, `<<`, … — including
 * `AWSTemplateFormatVersion: "2010-09-09"`. Text with NEL, LS, PS or a BOM is escaped.
 * No aliases: a value that occurs twice is written twice, never as `&a1` / `*a1`.
 * `patch` changes the template first (such as `(t) => applyPatches(t, files)`); no file when
 * it reports a problem.
 */
export const cfnYaml: Emitter<{ shortForm: boolean; patch: PatchTemplate }> = {
  name: 'cfn-yaml',
  emit(graph, options = {}) {
    const writer = new YamlWriter(options.shortForm ?? true)
    let contents: string
    // Without patches or an overlay, the graph's values are rendered as they are written.
    if (options.patch === undefined && graph.overlay === undefined) contents = writer.write(unrenderedTemplate(graph), true)
    else {
      const template = options.patch ? options.patch(toTemplate(graph)) : { value: toTemplate(graph), diagnostics: [] }
      if (template.diagnostics.length > 0) return { value: [], diagnostics: template.diagnostics }
      contents = writer.write(template.value)
    }
    return { value: [{ path: 'template.yaml', contents }], diagnostics: [] }
  },
}
