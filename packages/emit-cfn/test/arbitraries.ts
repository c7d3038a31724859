import { literal, ref, sub, type LiteralJson, type Ref, type ResourceGraph, type ResourceNode, type Value } from '@composeform/model'
import fc from 'fast-check'
import { TRICKY_STRINGS } from './graphs.js'

// Strings a YAML writer gets wrong: look-alikes, indicators, line breaks, controls, Unicode
// (YAML 1.1 breaks lines at NEL, LS and PS too), plus arbitrary text.
const SPECIAL = [...TRICKY_STRINGS, 'a\nb', 'a\n', '\n', '\n\n', ' a ', 'a\t', '\t', '\r\n', '\u0085', '\u2028x', '\u2029', '\uFEFFa', '\u0000', '\u007F', '"', "'", '\\', 'a #b', 'a: ', '${A}', '${!A}', '--- x', '...', '? a', '|', '>', '😀', 'é', 'a\tb\nc', '\tx\ny', '1.0e+21', 'x\u0085\ny']
const text = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }))
const key = fc.oneof(fc.constantFrom('Ref', 'Condition', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Base64', 'Type', 'Properties', '__proto__', 'constructor', ...SPECIAL), fc.string({ maxLength: 6 }))
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null))
const LONG_FORMS = ['Ref', 'Condition', 'Fn::And', 'Fn::Base64', 'Fn::Equals', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::If', 'Fn::ImportValue', 'Fn::Join', 'Fn::Not', 'Fn::Or', 'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::FindInMap']

/**
 * JSON values whose maps are often one-key long-form intrinsics with any argument shape:
 * `{Ref: 5}`, `{'Fn::GetAtt': 'A.B'}`, `{Condition: x}` in lists, intrinsics of intrinsics.
 */
export const json: fc.Arbitrary<unknown> = fc.letrec<{ json: unknown; list: unknown[]; map: Record<string, unknown>; intrinsic: Record<string, unknown> }>((tie) => ({
  json: fc.oneof({ maxDepth: 4, depthIdentifier: 'json' }, scalar, tie('list'), tie('map'), tie('intrinsic')),
  list: fc.array(tie('json'), { maxLength: 4, depthIdentifier: 'json' }),
  map: fc.dictionary(key, tie('json'), { maxKeys: 4, noNullPrototype: true, depthIdentifier: 'json' }),
  intrinsic: fc.tuple(fc.constantFrom(...LONG_FORMS), tie('json')).map(([k, v]) => ({ [k]: v })),
})).json

const id = fc.constantFrom('Bucket', 'Db', 'AWS::Region', 'A.B', 'yes', '1e3')
const reference: fc.Arbitrary<Ref> = fc.tuple(id, fc.option(fc.constantFrom('Arn', 'Endpoint.Address', 'on', ''), { nil: undefined })).map(([i, a]) => ref(i, a))

/** Graph values with every graph intrinsic, nested. */
export const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value; list: Value[]; map: { [key: string]: Value }; intrinsic: Value }>((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthIdentifier: 'value' }, scalar as fc.Arbitrary<Value>, tie('list'), tie('map'), tie('intrinsic')),
  list: fc.array(tie('value'), { maxLength: 4, depthIdentifier: 'value' }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true, depthIdentifier: 'value' }),
  intrinsic: fc.oneof(
    reference,
    fc.array(fc.oneof(text, reference), { maxLength: 4 }).map((parts) => sub(...parts)),
    fc.tuple(text, fc.array(tie('value'), { maxLength: 3 })).map(([s, parts]) => ({ $join: [s, parts] as const })),
    fc.tuple(text, tie('value'), tie('value')).map(([c, a, b]) => ({ $if: [c, a, b] as const })),
    fc.tuple(fc.nat(5), tie('value')).map(([i, l]) => ({ $select: [i, l] as const })),
    fc.tuple(text, tie('value')).map(([s, t]) => ({ $split: [s, t] as const })),
    fc.constant({ $getAZs: '' as const }),
    tie('value').map((v) => ({ $base64: v })),
    tie('value').map((v) => ({ $import: v })),
  ),
})).value

const GRAPH_KEYS = ['$ref', 'attribute', '$sub', '$join', '$if', '$select', '$split', '$getAZs', '$base64', '$import', '$literal']

/**
 * Graph values as `value`, plus maps that only look like intrinsics (`{$ref: 5}`,
 * `{$sub: {…}}`, `{$ref, attribute, more}`), long forms around graph intrinsics
 * (`{'Fn::Base64': {$ref}}`), literal maps and -0.
 */
export const oddValue: fc.Arbitrary<Value> = fc.letrec<{ value: Value; list: Value[]; map: { [key: string]: Value }; odd: Value }>((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthIdentifier: 'odd' }, scalar as fc.Arbitrary<Value>, fc.constant(-0), value, tie('list'), tie('map'), tie('odd')),
  list: fc.array(tie('value'), { maxLength: 3, depthIdentifier: 'odd' }),
  map: fc.dictionary(fc.oneof(key, fc.constantFrom(...GRAPH_KEYS)), tie('value'), { maxKeys: 3, noNullPrototype: true, depthIdentifier: 'odd' }),
  odd: fc.oneof(
    fc.tuple(fc.constantFrom(...GRAPH_KEYS, ...LONG_FORMS), tie('value')).map(([k, v]) => ({ [k]: v })),
    fc.tuple(fc.oneof(text, tie('value')), tie('value')).map(([r, a]) => ({ $ref: r, attribute: a }) as Value),
    fc.tuple(text, tie('value')).map(([r, more]) => ({ $ref: r, more })),
    fc.dictionary(fc.oneof(key, fc.constantFrom(...GRAPH_KEYS)), fc.oneof(text, json), { maxKeys: 3, noNullPrototype: true }).map((j) => literal(j as LiteralJson)),
    fc.array(fc.dictionary(fc.constantFrom(...GRAPH_KEYS), text, { maxKeys: 2, noNullPrototype: true }), { maxLength: 2 }).map((j) => literal(j)),
  ),
})).value

const resourceNode: fc.Arbitrary<ResourceNode> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  type: fc.constantFrom('AWS::S3::Bucket', 'AWS::ECS::Service'),
  properties: fc.dictionary(key, value, { maxKeys: 4, noNullPrototype: true }),
  dependsOn: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
})

/** Random graphs: random nodes and outputs, and a random raw overlay. */
export const graph: fc.Arbitrary<ResourceGraph> = fc.record({
  description: text,
  parameters: fc.constant([]),
  conditions: fc.constant([]),
  nodes: fc.uniqueArray(resourceNode, { maxLength: 4, selector: (n) => n.id }),
  outputs: fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), description: text, value }), { maxLength: 2, selector: (o) => o.id }),
  overlay: fc.dictionary(key, json, { maxKeys: 4, noNullPrototype: true }),
})
