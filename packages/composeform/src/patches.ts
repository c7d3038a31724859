import { applyPatches, cfnJson, cfnYaml, toTemplate, type PatchTemplate } from '@composeform/emit-cfn'
import { readPatch, type Diagnostic, type PatchFile, type ResourceGraph } from '@composeform/model'

/** A JSON Patch file's text as the caller read it (the library does no I/O). */
export interface PatchSource {
  /** The file's name as diagnostics should show it. */
  path: string
  /** JSON, or the same operation list written in YAML. */
  text: string
}

/** The emitters that write the CloudFormation template, the only output patches change. */
export const patchedEmitters: ReadonlySet<string> = new Set([cfnJson.name, cfnYaml.name])

/** Reads every patch file; the files are kept only when all of them are valid. */
export function readPatches(sources: readonly PatchSource[]): { files: PatchFile[]; diagnostics: Diagnostic[] } {
  const files: PatchFile[] = []
  const diagnostics: Diagnostic[] = []
  for (const source of sources) {
    const read = readPatch(source)
    diagnostics.push(...read.diagnostics)
    if (read.value) files.push(read.value)
  }
  return { files: files.length === sources.length ? files : [], diagnostics }
}

/**
 * The diagnostics of applying the patches to the graph's template, reported once here so
 * that `check` sees them too and two template emitters do not report them twice.
 */
export function checkPatches(graph: ResourceGraph, files: readonly PatchFile[]): Diagnostic[] {
  return files.length === 0 ? [] : applyPatches(toTemplate(graph), files).diagnostics
}

/** The template emitters' `patch` option for these files. */
export function patchWith(files: readonly PatchFile[]): PatchTemplate {
  return (template) => applyPatches(template, files)
}
