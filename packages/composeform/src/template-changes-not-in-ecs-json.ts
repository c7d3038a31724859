import { Reporter, type ComposeProject, type Diagnostic, type ResourceGraph } from '@composeform/model'

/** The emitters that write ECS API JSON (task definitions, services) from the graph. */
export const ECS_JSON_EMITTERS: ReadonlySet<string> = new Set(['ecs-json', 'ecs-services-json'])

/**
 * ECS JSON is written from the graph, as composeform generated it: the `x-aws-cloudformation`
 * overlay and `--patch` files change the CloudFormation template only. When a project has
 * either, a warning (ECS_JSON_WITHOUT_TEMPLATE_CHANGES) says that the JSON and the template
 * differ, once per emitter, at the overlay's key (patch files alone: at the project's
 * `services`).
 */
export function templateChangesNotInEcsJson(emitter: string, graph: ResourceGraph, patchFiles: readonly string[], project: ComposeProject): Diagnostic[] {
  const overlay = graph.overlay !== undefined
  if (!ECS_JSON_EMITTERS.has(emitter) || (!overlay && patchFiles.length === 0)) return []
  const reporter = new Reporter('emit')
  const path = overlay ? ['x-aws-cloudformation'] : ['services']
  const changes = [...(overlay ? ['`x-aws-cloudformation`'] : []), ...patchFiles.map((f) => `the patch \`${f}\``)].join(' and ')
  reporter.add({
    code: 'ECS_JSON_WITHOUT_TEMPLATE_CHANGES',
    message: `The ${emitter} files are what composeform generated: ${changes} ${(overlay ? 1 : 0) + patchFiles.length === 1 ? 'changes' : 'change'} the CloudFormation template only.`,
    path,
    span: project.sources.span(path, { key: true }),
    hint: 'Say the change in the compose file where it can be said (a compose attribute or an `x-aws-*` extension), or deploy the CloudFormation template.',
  })
  return reporter.finish(project.sources.files)
}
