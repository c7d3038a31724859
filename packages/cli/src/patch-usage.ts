/** The formats written from the resource graph as composeform builds it: a patch never reaches them. */
const GRAPH_FORMATS: ReadonlySet<string> = new Set(['graph-json', 'mermaid'])

/**
 * Why `--patch` has no place on this run of `convert` or `graph`, or undefined when it has:
 * patches change the CloudFormation template, and a run that writes only the resource graph
 * (`graph-json`, `mermaid`) would ignore them.
 */
export function patchUsageProblem(patches: readonly string[], formats: readonly string[]): string | undefined {
  if (patches.length === 0 || !formats.every((f) => GRAPH_FORMATS.has(f))) return undefined
  return `--patch changes the CloudFormation template, which ${formats.join(' and ')} do${formats.length === 1 ? 'es' : ''} not show (${formats.length === 1 ? 'it is' : 'they are'} the resource graph before any patch); add --format cfn-yaml or cfn-json to write the patched template, check the patch with \`composeform check --patch\`, or leave --patch out`
}

/**
 * The note for a run that writes graph files beside a patched template: which of its files
 * show the resources before the patches, or undefined when none do.
 */
export function patchNotShownNote(patches: readonly string[], formats: readonly string[]): string | undefined {
  const graphs = [...new Set(formats.filter((f) => GRAPH_FORMATS.has(f)))]
  if (patches.length === 0 || graphs.length === 0) return undefined
  return `note: --patch changes the CloudFormation template only; ${graphs.join(' and ')} show${graphs.length === 1 ? 's' : ''} the resources before it`
}
