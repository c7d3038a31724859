import { didYouMean, isRecord, pointerSegments, readPatch, type ResourceGraph } from '@composeform/model'
import type { OptionFile } from './option-files.js'

// What CloudFormation knows at deploy time; AWS::NoValue is a value, never given.
const PSEUDO_PARAMETERS = ['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']

/**
 * Every name `--param NAME=VALUE` can give a value for, for a project converted into `graph`
 * (with `patches` over its template): the template's parameters (the graph's, the
 * `x-aws-cloudformation` overlay's and those a patch adds), the pseudo parameters, and what
 * the graph refers to, which the ECS JSON emitters resolve from `--param` too: `Id` for a `Ref`
 * of a resource, `Id.Attribute` for an `Fn::GetAtt`, `ImportValue:Export` for an
 * `Fn::ImportValue`.
 */
export function paramNames(graph: ResourceGraph, patches: readonly OptionFile[]): Set<string> {
  const names = new Set([...PSEUDO_PARAMETERS, ...graph.parameters.map((p) => p.id)])
  const overlay = graph.overlay?.Parameters
  if (isRecord(overlay)) for (const name of Object.keys(overlay)) names.add(name)
  for (const name of patchedParameters(patches)) names.add(name)
  collectReferences([graph.nodes, graph.conditions, graph.outputs, graph.rules ?? []], names)
  return names
}

/**
 * The usage error for the first `--param` name that matches nothing in `names`, with the
 * nearest name when one is close; undefined when every name means something.
 */
export function unknownParamProblem(params: Readonly<Record<string, string>>, names: ReadonlySet<string>): string | undefined {
  const unknown = Object.keys(params).find((name) => !names.has(name))
  if (unknown === undefined) return undefined
  const suggestion = didYouMean(unknown, names)
  const known = [...names].filter((n) => !n.startsWith('AWS::') && !n.includes('.') && !n.includes(':')).sort()
  return `--param \`${unknown}\` names no template parameter, pseudo parameter or value the template refers to; ${suggestion ? `did you mean \`${suggestion}\`?` : `the template's parameters are ${known.length > 0 ? known.join(', ') : 'none'}`}`
}

function collectReferences(value: unknown, names: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, names)
    return
  }
  if (!isRecord(value)) return
  const { $ref: id, attribute, $import: exported } = value
  if (typeof id === 'string' && !id.startsWith('AWS::')) names.add(typeof attribute === 'string' ? `${id}.${attribute}` : id)
  if (typeof exported === 'string') names.add(`ImportValue:${exported}`)
  for (const [key, item] of Object.entries(value)) {
    // The user's own JSON (labels, policy documents), not the graph's references.
    if (key !== '$literal') collectReferences(item, names)
  }
}

// Parameters a patch adds to the template: at /Parameters/Name, or a whole /Parameters mapping.
function patchedParameters(patches: readonly OptionFile[]): string[] {
  const names: string[] = []
  for (const source of patches) {
    for (const { operation } of readPatch(source).value?.steps ?? []) {
      if (operation.op !== 'add' && operation.op !== 'replace' && operation.op !== 'copy' && operation.op !== 'move') continue
      const [section, name] = pointerSegments(operation.path) ?? []
      if (section !== 'Parameters') continue
      if (name !== undefined) names.push(name)
      else if (isRecord(operation.value)) names.push(...Object.keys(operation.value))
    }
  }
  return names
}
