import type { PatchFile } from '@composeform/model'
import { Document, type Tags } from 'yaml'
import type { Emitter } from './emitter.js'
import { applyPatches } from './patch/apply-patches.js'
import { toTemplate } from './to-template.js'
import { strictYaml11Tags } from './yaml-scalars.js'
import { toShortForm } from './yaml-tags.js'

// yaml's merge tag writes the string `<<` plain, which 1.1 readers take for a merge key;
// without it, `<<` is an ordinary string, which the strict string tag quotes.
const customTags = (tags: Tags): Tags => strictYaml11Tags(tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:merge'))

/**
 * CloudFormation YAML: one file, `template.yaml`, in block style, never folded, with
 * short-form intrinsics (`!Ref`, `!GetAtt Id.Attr`, `!Sub`, …) unless `shortForm` is false.
 *
 * Strings are quoted wherever a YAML 1.1 reader (CloudFormation's, or a strict one such as
 * PyYAML) or a YAML 1.2 core reader would read them as something else: `yes`, `on`, `0755`,
 * `2024-01-01`, `1e3`, `~`, `0o17`, `=`, `<<`, … — including
 * `AWSTemplateFormatVersion: "2010-09-09"`. Text with NEL, LS, PS or a BOM is escaped.
 * `patches` (RFC 6902, see `applyPatches`) are applied first; no file when one does not apply.
 */
export const cfnYaml: Emitter<{ shortForm: boolean; patches: readonly PatchFile[] }> = {
  name: 'cfn-yaml',
  emit(graph, options = {}) {
    const template = applyPatches(toTemplate(graph), options.patches ?? [])
    if (template.diagnostics.length > 0) return { value: [], diagnostics: template.diagnostics }
    // version 1.1 quotes what 1.1 readers mistake; compat 'core' adds what 1.2 readers do.
    // No aliases: a value that occurs twice is written twice, never as `&a1` / `*a1`.
    const doc = new Document(template.value, { version: '1.1', compat: 'core', customTags, aliasDuplicateObjects: false })
    if (doc.contents && (options.shortForm ?? true)) doc.contents = toShortForm(doc.contents)
    // Nodes made from JS values are block collections; only empty ones are written `[]` / `{}`.
    const contents = doc.toString({ lineWidth: 0 })
    return { value: [{ path: 'template.yaml', contents }], diagnostics: [] }
  },
}
