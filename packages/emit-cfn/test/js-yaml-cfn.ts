import { DEFAULT_SCHEMA, load, Type, type Schema } from 'js-yaml'

// A second, independent reader for the emitter's YAML (js-yaml 4.1.0, test code only): each
// short-form tag is taught as three js-yaml Types, one per node kind, each constructing the
// long form. Written from CloudFormation's documentation, not from the emitter's tag table.
const FUNCTIONS = ['And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'GetAZs', 'GetAtt', 'If', 'ImportValue', 'Join', 'Length', 'Not', 'Or', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform']
const KINDS = ['scalar', 'sequence', 'mapping'] as const

function longForm(key: string, kind: (typeof KINDS)[number], data: unknown): unknown {
  // `!GetAtt Id.Attr.Sub` names attribute `Attr.Sub` of `Id`: split at the first dot only.
  if (key === 'Fn::GetAtt' && kind === 'scalar' && typeof data === 'string') {
    const dot = data.indexOf('.')
    return { [key]: dot === -1 ? [data] : [data.slice(0, dot), data.slice(dot + 1)] }
  }
  return { [key]: kind === 'scalar' ? (data ?? '') : data }
}

const types = [
  ...[['Ref', 'Ref'], ['Condition', 'Condition'], ...FUNCTIONS.map((f) => [f, `Fn::${f}`])].flatMap(([tag, key]) =>
    KINDS.map((kind) => new Type(`!${tag!}`, { kind, construct: (data: unknown) => longForm(key!, kind, data) })),
  ),
]

/** js-yaml's default schema (YAML 1.2 core + timestamps) plus CloudFormation's short forms. */
export const CFN_SCHEMA: Schema = DEFAULT_SCHEMA.extend(types)

/** Reads CloudFormation YAML with js-yaml into the long-form JSON value. */
export function loadWithJsYaml(text: string): unknown {
  return load(text, { schema: CFN_SCHEMA })
}
