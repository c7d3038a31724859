import { isMap, isNode, isScalar, isSeq, Pair, Scalar, YAMLMap, type CollectionTag, type Node, type ScalarTag } from 'yaml'

/**
 * Long-form intrinsic key → its short-form YAML tag, for every short form CloudFormation
 * reads (including the language-extension ones, `!Length` and `!ToJsonString`).
 */
export const SHORT_TAGS: { readonly [longForm: string]: string } = {
  Ref: '!Ref',
  Condition: '!Condition',
  'Fn::And': '!And',
  'Fn::Base64': '!Base64',
  'Fn::Cidr': '!Cidr',
  'Fn::Equals': '!Equals',
  'Fn::FindInMap': '!FindInMap',
  'Fn::GetAZs': '!GetAZs',
  'Fn::GetAtt': '!GetAtt',
  'Fn::If': '!If',
  'Fn::ImportValue': '!ImportValue',
  'Fn::Join': '!Join',
  'Fn::Length': '!Length',
  'Fn::Not': '!Not',
  'Fn::Or': '!Or',
  'Fn::Select': '!Select',
  'Fn::Split': '!Split',
  'Fn::Sub': '!Sub',
  'Fn::ToJsonString': '!ToJsonString',
  'Fn::Transform': '!Transform',
}

/** `!GetAtt Id.Attr` → `['Id', 'Attr']`, split at the first dot (`Db.Endpoint.Address` too). */
export function splitGetAtt(text: string): string[] {
  const dot = text.indexOf('.')
  return dot === -1 ? [text] : [text.slice(0, dot), text.slice(dot + 1)]
}

/**
 * `yaml` tags that read each short form back into its long form: a scalar, sequence or
 * mapping tagged `!Fn` becomes `{ 'Fn::Fn': argument }`. Any argument shape is read, so the
 * result is exactly the JSON that CloudFormation makes of the same text.
 */
export function longFormTags(): (ScalarTag | CollectionTag)[] {
  return Object.entries(SHORT_TAGS).flatMap(([longForm, tag]) => {
    const wrap = (argument: Node): YAMLMap => {
      const map = new YAMLMap()
      map.items.push(new Pair(new Scalar(longForm), argument))
      return map
    }
    const scalar: ScalarTag = {
      tag,
      resolve: (text) => ({ [longForm]: longForm === 'Fn::GetAtt' ? splitGetAtt(text) : text }),
    }
    const seq: CollectionTag = { tag, collection: 'seq', resolve: wrap }
    const map: CollectionTag = { tag, collection: 'map', resolve: wrap }
    return [scalar, seq, map]
  })
}

/**
 * Short forms for a document tree made from a long-form template: a one-key map
 * `{ 'Fn::X': argument }` becomes the argument tagged `!X`, children first, so an argument
 * that already carries a tag keeps its parent in long form (`Fn::Base64: !Sub …`; a node has
 * one tag). A scalar argument is shortened only when it is a string, since a tag's scalar is
 * read back as text; `Fn::GetAtt` becomes `!GetAtt Id.Attr` only when the id has no dot;
 * `{Condition: name}` is shortened only as a list item (the operands of `Fn::And`, `Fn::Or`,
 * `Fn::Not`), where it cannot be a resource's `Condition` attribute. The tree is changed in
 * place; returns the node that replaces `node`.
 */
export function toShortForm(node: Node, inList = false): Node {
  if (isSeq(node)) {
    node.items = node.items.map((item) => (isNode(item) ? toShortForm(item, true) : item))
    return node
  }
  if (!isMap(node)) return node
  for (const pair of node.items) if (isNode(pair.value)) pair.value = toShortForm(pair.value)
  return shorten(node, inList)
}

function shorten(map: YAMLMap, inList: boolean): Node {
  const pair = map.items.length === 1 ? map.items[0] : undefined
  const key = isScalar(pair?.key) ? pair.key.value : undefined
  const argument = pair?.value
  if (typeof key !== 'string' || !Object.hasOwn(SHORT_TAGS, key) || !isNode(argument) || argument.tag !== undefined) return map
  if (key === 'Condition' && !inList) return map
  if (isScalar(argument) && (typeof argument.value !== 'string' || key === 'Fn::GetAtt')) return map
  const short = key === 'Fn::GetAtt' ? (getAttScalar(argument) ?? argument) : argument
  short.tag = SHORT_TAGS[key]
  return short
}

/** `[Id, Attr]` with a dot-free id as the scalar `Id.Attr`, or undefined. */
function getAttScalar(argument: Node): Scalar | undefined {
  if (!isSeq(argument) || argument.items.length !== 2) return undefined
  const [id, attribute] = argument.items.map((item) => (isScalar(item) && item.tag === undefined ? item.value : undefined))
  return typeof id === 'string' && typeof attribute === 'string' && !id.includes('.') ? new Scalar(`${id}.${attribute}`) : undefined
}
