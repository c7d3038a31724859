import { toTemplate, type Json, type JsonObject } from '@composeform/emit-cfn'
import { Reporter, type ComposeProject, type Diagnostic, type ResourceGraph } from '@composeform/model'

type Section = 'Parameters' | 'Resources' | 'Conditions'

/**
 * What an `x-aws-cloudformation` overlay can break in the template it is merged over: a
 * resource without `Type` (a change to an id the template does not have, or a new resource
 * that left it out), and a `Ref`, `Fn::GetAtt`, `Fn::Sub` name, condition or `DependsOn` (in
 * `Resources`, `Outputs`, `Conditions` or `Rules`) naming what the template no longer has (the overlay removed it with `null`) or never had (a
 * misspelling). Each is OVERLAY_BREAKS_TEMPLATE, an error, at the overlay's entry; likewise a
 * name an `x-aws-role` document uses that nothing defines, at that `x-aws-role`. A template
 * with a `Transform` is left alone: its macros may define what it names.
 */
export function checkOverlaidTemplate(graph: ResourceGraph, project: ComposeProject): Diagnostic[] {
  // Without an overlay, only an `x-aws-role` document, copied as written, can name what the template lacks.
  const roles = Object.values(project.model.services).some((service) => service['x-aws-role'] !== undefined)
  if (graph.overlay === undefined && !roles) return []
  const overlay = graph.overlay ?? {}
  const template = toTemplate(graph) as JsonObject
  if (template['Transform'] !== undefined) return []
  const reporter = new Reporter('emit')
  const names = (section: Section) => new Set(Object.keys(asObject(template[section])))
  const defined = { Parameters: names('Parameters'), Resources: names('Resources'), Conditions: names('Conditions') }
  const report = (at: (string | number)[], message: string, hint: string) => {
    const path = graph.overlay === undefined ? at : ['x-aws-cloudformation', ...at]
    reporter.add({ code: 'OVERLAY_BREAKS_TEMPLATE', message, path, span: project.sources.span(path, { key: true }), hint })
  }
  // Where a generated resource's own names came from: its service's `x-aws-role`.
  const roleOf = (id: string) => [...(graph.nodes.find((node) => node.id === id)?.origin ?? []), 'x-aws-role']
  for (const [id, resource] of Object.entries(asObject(template['Resources']))) {
    if (typeof asObject(resource)['Type'] !== 'string') {
      report(['Resources', id], `\`x-aws-cloudformation\` leaves the resource \`${id}\` without a \`Type\`: the template has no \`${id}\` to change.`, 'Check the logical id against the generated template, or give a new resource its `Type`.')
    }
  }
  for (const section of ['Resources', 'Outputs', 'Conditions', 'Rules'] as const) {
    for (const [id, value] of Object.entries(asObject(template[section]))) {
      for (const { kind, name } of namesUsed(value)) {
        const known = kind === 'Ref' ? defined.Resources.has(name) || defined.Parameters.has(name) || name.startsWith('AWS::') : defined[kind].has(name)
        if (known) continue
        // Generated templates name only what they define: the overlay removed it, or wrote the name.
        const removedFrom = (kind === 'Ref' ? (['Resources', 'Parameters'] as const) : [kind]).find((from) => asObject(overlay[from])[name] === null)
        const what = kind === 'Conditions' ? 'condition' : kind === 'Ref' ? 'resource or parameter' : 'resource'
        report(
          graph.overlay === undefined ? roleOf(id) : removedFrom ? [removedFrom, name] : id in asObject(overlay[section]) ? [section, id] : [],
          `\`${section}.${id}\` names the ${what} \`${name}\`, which ${removedFrom ? '`x-aws-cloudformation` removes' : 'the template does not define'}.`,
          removedFrom ? `Keep \`${name}\`, or change what names it too.` : 'Check the name against the generated template, or define it in `x-aws-cloudformation`.',
        )
      }
    }
  }
  return reporter.finish(project.sources.files)
}

/** A name a template value uses, and what kind of thing it names. */
export interface NameUse {
  kind: 'Ref' | 'Resources' | 'Conditions'
  name: string
}

/**
 * The names a template value uses: `Ref`, `Fn::GetAtt`, `${…}` in `Fn::Sub` (not its own
 * variables), `Fn::If` and `Condition`, `DependsOn`.
 */
export function namesUsed(value: Json, out: NameUse[] = [], local: ReadonlySet<string> = new Set()): NameUse[] {
  if (Array.isArray(value)) {
    for (const item of value) namesUsed(item, out, local)
    return out
  }
  if (value === null || typeof value !== 'object') return out
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') out.push({ kind: 'Ref', name: inner })
    else if (key === 'Fn::GetAtt') {
      const target = Array.isArray(inner) ? inner[0] : typeof inner === 'string' ? inner.split('.')[0] : undefined
      if (typeof target === 'string') out.push({ kind: 'Resources', name: target })
    } else if (key === 'Fn::Sub') {
      const [text, variables] = Array.isArray(inner) ? [inner[0], inner[1]] : [inner, undefined]
      const own = new Set([...local, ...Object.keys(asObject(variables ?? null))])
      if (typeof text === 'string') {
        for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = match[1]!.split('.')[0]!
          if (!own.has(name)) out.push({ kind: match[1]!.includes('.') && !name.startsWith('AWS::') ? 'Resources' : 'Ref', name })
        }
      }
      if (variables !== undefined) namesUsed(variables, out, local)
      continue
    } else if ((key === 'Fn::If' && Array.isArray(inner) && typeof inner[0] === 'string') || (key === 'Condition' && typeof inner === 'string')) {
      out.push({ kind: 'Conditions', name: key === 'Condition' ? (inner as string) : ((inner as Json[])[0] as string) })
    } else if (key === 'DependsOn') {
      for (const name of Array.isArray(inner) ? inner : [inner]) if (typeof name === 'string') out.push({ kind: 'Resources', name })
      continue
    }
    namesUsed(inner, out, local)
  }
  return out
}

/** `value` when it is a mapping, else an empty one. */
export function asObject(value: Json | undefined | unknown): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {}
}
