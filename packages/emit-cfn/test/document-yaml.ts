import { Document, isMap, isNode, isScalar, isSeq, Scalar, type Node, type Tags, type YAMLMap } from 'yaml'
import type { JsonObject } from '../src/json.js'
import type { Template } from '../src/template.js'
import { SHORT_TAGS, splitGetAtt } from '../src/short-tags.js'
import { strictYaml11Tags } from './strict-yaml11-tags.js'

// The Document-based CloudFormation YAML writer that `YamlWriter` replaced, kept as its
// oracle: `yaml` builds the node tree, short forms are applied to it, and `yaml` writes it.

const customTags = (tags: Tags): Tags => strictYaml11Tags(tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:merge'))

/** The template's YAML as `yaml`'s Document writes it. */
export function documentYaml(template: Template | JsonObject, shortForm: boolean): string {
  const doc = new Document(template, { version: '1.1', compat: 'core', customTags, aliasDuplicateObjects: false })
  if (doc.contents && shortForm) doc.contents = toShortForm(doc.contents)
  return doc.toString({ lineWidth: 0 })
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
function toShortForm(node: Node, inList = false): Node {
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
