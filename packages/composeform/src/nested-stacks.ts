import { splitIntoNestedStacks } from '@composeform/convert'
import type { Emitter, OutputFile } from '@composeform/emit-cfn'
import { Reporter, type ComposeProject, type Diagnostic, type ResourceGraph, type Staged } from '@composeform/model'

/** Where nested templates are written, relative to the root template. */
export const NESTED_STACKS_DIRECTORY = 'stacks'

const RESOURCES_PER_STACK = 500

/**
 * A CloudFormation emitter's files for the graph split into nested stacks (one per ECS
 * service): the root template under the emitter's own name, each nested template under
 * `stacks/<S>Stack.<ext>`, which the root's `TemplateURL` names as a local path for
 * `aws cloudformation package` to upload. Each template over 500 resources is a warning.
 */
export function emitNestedStacks(emitter: Emitter, graph: ResourceGraph, options: Record<string, unknown>, project: ComposeProject, taskOf: (service: string) => string): Staged<OutputFile[]> {
  // The extension the emitter writes (`template.yaml` → `.yaml`), from an empty graph.
  const probe = emitter.emit({ description: '', parameters: [], conditions: [], nodes: [], outputs: [] }, {}).value[0]?.path ?? 'template.json'
  const extension = probe.slice(probe.lastIndexOf('.'))
  const split = splitIntoNestedStacks(graph, (stack) => `${NESTED_STACKS_DIRECTORY}/${stack.id}${extension}`, taskOf)
  const files: OutputFile[] = []
  const diagnostics: Diagnostic[] = []
  const root = emitter.emit(split.root, options)
  files.push(...root.value)
  diagnostics.push(...root.diagnostics)
  // Patches and the overlay name the root template's paths; nested templates are as generated.
  const { patch: _, ...nestedOptions } = options
  for (const stack of split.stacks) {
    const emitted = emitter.emit(stack.graph, nestedOptions)
    diagnostics.push(...emitted.diagnostics)
    for (const file of emitted.value) files.push({ ...file, path: `${NESTED_STACKS_DIRECTORY}/${stack.id}${extension}` })
  }
  const reporter = new Reporter('emit')
  reportOverlayInNestedStacks(graph, split.stacks, project, reporter)
  for (const [name, count] of [['the root template', split.root.nodes.length] as const, ...split.stacks.map((s) => [`the nested stack ${s.id}`, s.graph.nodes.length] as const)]) {
    if (count <= RESOURCES_PER_STACK) continue
    reporter.add({
      code: 'CFN_TOO_MANY_RESOURCES',
      message: `Even split into nested stacks, ${name} declares ${count} resources; a CloudFormation stack holds at most ${RESOURCES_PER_STACK}.`,
      path: ['services'],
      span: project.sources.span(['services'], { key: true }),
      hint: 'Deploy the services as several compose projects, one stack each.',
    })
  }
  diagnostics.push(...reporter.finish(project.sources.files))
  return { value: files, diagnostics }
}

// The overlay is merged over the root template only: a resource it changes that moved into a
// nested stack would become a stub without `Type` in the root, and the change would be lost.
function reportOverlayInNestedStacks(graph: ResourceGraph, stacks: readonly { id: string; graph: ResourceGraph }[], project: ComposeProject, reporter: Reporter): void {
  const resources = graph.overlay?.['Resources']
  if (resources === null || typeof resources !== 'object') return
  for (const id of Object.keys(resources)) {
    const stack = stacks.find((s) => s.graph.nodes.some((n) => n.id === id))
    if (!stack) continue
    const path = ['x-aws-cloudformation', 'Resources', id]
    reporter.add({
      code: 'OVERLAY_IN_NESTED_STACK',
      message: `\`x-aws-cloudformation\` changes \`${id}\`, which \`--nested-stacks\` moves into the nested stack \`${stack.id}\`; the overlay is merged over the root template only.`,
      path,
      span: project.sources.span(path, { key: true }),
      hint: 'Convert without `--nested-stacks`, or make the change in the compose file (an attribute or an `x-aws-*` extension).',
    })
  }
}
