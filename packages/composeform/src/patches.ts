import { applyPatches, cfnJson, cfnYaml, toTemplate, type JsonObject, type PatchTemplate } from '@composeform/emit-cfn'
import { splitIntoNestedStacks, type NestedStack } from '@composeform/convert'
import { diagnosticCodes, hasErrors, readPatch, type Diagnostic, type PatchFile, type ResourceGraph } from '@composeform/model'
import { asObject, namesUsed } from './overlay-check.js'

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
export function checkPatches(graph: ResourceGraph, files: readonly PatchFile[], taskOf?: (service: string) => string): Diagnostic[] {
  if (files.length === 0) return []
  // Split into nested stacks (`taskOf` given), patches change the root template only.
  const split = taskOf ? splitIntoNestedStacks(graph, (stack) => stack.id, taskOf) : undefined
  const patched = applyPatches(toTemplate(split?.root ?? graph), files)
  if (hasErrors(patched.diagnostics)) return split ? patched.diagnostics.map((d) => inNestedStack(d, files, split.stacks)) : patched.diagnostics
  const diagnostics = [...patched.diagnostics]
  const template = patched.value as JsonObject
  if (template['Transform'] !== undefined) return diagnostics
  // A resource without a `Type`, and what the patched template names without defining
  // anything of that name, at the operation that most likely did it (a `remove`, say).
  const defined = new Set(['Parameters', 'Resources', 'Conditions'].flatMap((section) => Object.keys(asObject(template[section]))))
  const steps = files.flatMap((file) => file.steps).reverse()
  // At the last operation whose path names `name`, else at the last operation.
  const stepFor = (name: string) => steps.find((s) => s.operation.path.split('/').includes(name)) ?? steps[0]!
  const report = (name: string, message: string, hint: string) => {
    const step = stepFor(name)
    diagnostics.push({ code: 'OVERLAY_BREAKS_TEMPLATE', severity: diagnosticCodes.OVERLAY_BREAKS_TEMPLATE, message, path: [step.index], ...(step.location ? { location: step.location } : {}), hint, stage: 'emit' })
  }
  for (const [id, resource] of Object.entries(asObject(template['Resources']))) {
    if (typeof asObject(resource)['Type'] !== 'string') report(id, `After the patches, the resource \`${id}\` has no \`Type\` (a string), which CloudFormation requires.`, 'Give the resource its `Type`, or check the path against the generated template.')
  }
  for (const section of ['Resources', 'Outputs', 'Conditions', 'Rules']) {
    for (const [id, value] of Object.entries(asObject(template[section]))) {
      for (const { name } of namesUsed(value)) {
        if (!defined.has(name) && !name.startsWith('AWS::')) report(name, `After the patches, \`${section}.${id}\` names \`${name}\`, which the patched template does not define.`, `Keep \`${name}\`, or patch what names it too.`)
      }
    }
  }
  return diagnostics
}

// A failed operation on a resource that went into a nested stack says so: patches change the root only.
function inNestedStack(diagnostic: Diagnostic, files: readonly PatchFile[], stacks: readonly NestedStack[]): Diagnostic {
  const step = files.find((file) => file.file === diagnostic.location?.file)?.steps.find((s) => s.index === diagnostic.path[0])
  const id = /^\/Resources\/([^/]+)/.exec(step?.operation.path ?? '')?.[1]
  const stack = stacks.find((s) => s.graph.nodes.some((node) => node.id === id))
  if (!stack) return diagnostic
  return { ...diagnostic, hint: `\`${id}\` is in the nested stack \`${stack.id}\` (stacks/${stack.id}.yaml or .json), and patches change the root template only: convert without --nested-stacks to patch it, or make the change in the compose file.` }
}

/** The template emitters' `patch` option for these files. */
export function patchWith(files: readonly PatchFile[]): PatchTemplate {
  return (template) => applyPatches(template, files)
}
