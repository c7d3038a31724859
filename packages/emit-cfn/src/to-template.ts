import { defineOwn, type Output, type Parameter, type ResourceGraph, type ResourceNode, type Rule, type Value } from '@composeform/model'
import { IdSection } from './id-section.js'
import { isJsonObject, jsonObject, type Json, type JsonObject } from './json.js'
import { mergeOverlay } from './overlay.js'
import { renderCondition } from './render-condition.js'
import { renderMap, renderValue } from './render-value.js'
import type { Template } from './template.js'

/** Top-level sections in the order CloudFormation's documentation lists them. */
const SECTION_ORDER = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs', 'Hooks']

/** Sections keyed by logical id, written sorted by id. */
const ID_SECTIONS = new Set(['Parameters', 'Rules', 'Conditions', 'Resources', 'Outputs'])

/**
 * The CloudFormation template for a resource graph, with the graph's overlay
 * (`x-aws-cloudformation`) merged over it (see `mergeOverlay`).
 *
 * Key order is deterministic: top-level sections in CloudFormation's order (sections only an
 * overlay adds and that the documentation does not list come last); parameters, rules, conditions,
 * resources and outputs sorted by id (by UTF-16 code unit, independent of locale); resource
 * and property keys in the order the converter wrote them. Empty sections, empty
 * `DependsOn` and empty `Properties` are left out.
 *
 * @throws Error when two entries of one section share an id, a converter bug.
 */
export function toTemplate(graph: ResourceGraph): Template {
  const generated = sections(graph, renderMap, section) as JsonObject
  // Without an overlay the sections are built in canonical order already (see `section`).
  if (graph.overlay === undefined) return generated as Template
  // The overlay was schema-checked by the validate stage, so the sections keep their shapes.
  return canonical(mergeOverlay(generated, graph.overlay)) as Template
}

/**
 * `toTemplate` of a graph without an overlay, except that each resource's `Properties` and
 * `Metadata` are the graph's values as they are, not rendered: for
 * `YamlWriter.write(template, true)`, which renders them as it writes them.
 *
 * @throws Error for a graph with an overlay (merged over the rendered template only).
 */
export function unrenderedTemplate(graph: ResourceGraph): UnrenderedTemplate {
  if (graph.overlay !== undefined) throw new Error('unrenderedTemplate: the graph has an overlay')
  return sections(graph, (values) => values as JsonObject, idSection)
}

/** What `unrenderedTemplate` gives: a template whose id sections are `IdSection`s. */
export interface UnrenderedTemplate {
  readonly [section: string]: Json | IdSection
}

type MapRenderer = (map: { readonly [key: string]: Value }) => JsonObject
type SectionBuilder = <T extends { readonly id: string }>(name: string, items: readonly T[], render: (item: T) => Json) => Json | IdSection | undefined

function sections(graph: ResourceGraph, renderProperties: MapRenderer, build: SectionBuilder): { [section: string]: Json | IdSection } {
  // Built by assignment in canonical order; no key here is `__proto__`.
  const out: { [section: string]: Json | IdSection } = { AWSTemplateFormatVersion: '2010-09-09' }
  const add = (key: string, value: Json | IdSection | undefined) => {
    if (value !== undefined) out[key] = value
  }
  add('Description', graph.description === '' ? undefined : graph.description)
  add('Parameters', build('Parameters', graph.parameters, renderParameter))
  add('Rules', build('Rules', graph.rules ?? [], renderRule))
  add('Conditions', build('Conditions', graph.conditions, (c) => renderCondition(c.expression)))
  add('Resources', build('Resources', graph.nodes, (node) => renderResource(node, renderProperties)))
  add('Outputs', build('Outputs', graph.outputs, renderOutput))
  return out
}

function renderParameter(p: Parameter): JsonObject {
  return jsonObject(
    present([
      ['Type', p.type],
      ['Description', p.description === '' ? undefined : p.description],
      ['Default', p.default],
      ['AllowedValues', p.allowedValues && p.allowedValues.length > 0 ? [...p.allowedValues] : undefined],
      ['NoEcho', p.noEcho === true ? true : undefined],
    ]),
  )
}

function renderRule(rule: Rule): JsonObject {
  return jsonObject(
    present([
      ['RuleCondition', rule.when ? renderCondition(rule.when) : undefined],
      ['Assertions', rule.assertions.map((a) => jsonObject([['Assert', renderCondition(a.assert)], ['AssertDescription', a.description]]))],
    ]),
  )
}

function renderResource(node: ResourceNode, renderProperties: MapRenderer): JsonObject {
  // Built by assignment in the order the template lists them; no key here is `__proto__`.
  const out: { [key: string]: Json } = { Type: node.type }
  if (node.condition !== undefined) out.Condition = node.condition
  if (node.dependsOn.length > 0) out.DependsOn = [...node.dependsOn]
  if (node.deletionPolicy !== undefined) out.DeletionPolicy = node.deletionPolicy
  if (node.updateReplacePolicy !== undefined) out.UpdateReplacePolicy = node.updateReplacePolicy
  if (node.metadata) out.Metadata = renderProperties(node.metadata)
  if (Object.keys(node.properties).length > 0) out.Properties = renderProperties(node.properties)
  return out
}

function renderOutput(o: Output): JsonObject {
  return jsonObject(
    present([
      ['Description', o.description === '' ? undefined : o.description],
      ['Value', renderValue(o.value)],
      ['Condition', o.condition],
    ]),
  )
}

function section<T extends { readonly id: string }>(name: string, items: readonly T[], render: (item: T) => Json): JsonObject | undefined {
  if (items.length === 0) return undefined
  const object: { [id: string]: Json } = {}
  for (const item of byIdOnce(name, items)) defineOwn(object, item.id, render(item))
  return object
}

// A canonical integer, which an object lists before its other keys, whatever their order.
const INDEX_LIKE = /^(?:0|[1-9][0-9]*)$/

function idSection<T extends { readonly id: string }>(name: string, items: readonly T[], render: (item: T) => Json): IdSection | JsonObject | undefined {
  if (items.length === 0) return undefined
  // Such ids (never the converter's) keep the order the section has as an object.
  if (items.some((item) => INDEX_LIKE.test(item.id))) return section(name, items, render)
  const sorted = byIdOnce(name, items)
  return new IdSection(
    sorted.map((item) => item.id),
    (index) => render(sorted[index]!),
  )
}

/**
 * The items sorted by id, each id once. A graph's lists come sorted already (`GraphBuilder`),
 * which one pass of comparisons confirms — strictly increasing ids are sorted and unique —
 * without a copy, a sort or a set.
 *
 * @throws Error when two items share an id, a converter bug.
 */
function byIdOnce<T extends { readonly id: string }>(name: string, items: readonly T[]): readonly T[] {
  let increasing = true
  for (let i = 1; i < items.length && increasing; i++) increasing = items[i - 1]!.id < items[i]!.id
  if (increasing) return items
  const sorted = [...items].sort((a, b) => byId(a.id, b.id))
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i - 1]!.id === sorted[i]!.id) throw new Error(`toTemplate: ${name} has two entries with id \`${sorted[i]!.id}\``)
  }
  return sorted
}

/** Ids by UTF-16 code unit, independent of locale. */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function present(entries: readonly (readonly [string, Json | undefined])[]): (readonly [string, Json])[] {
  return entries.filter((e): e is readonly [string, Json] => e[1] !== undefined)
}

/** Sections in `SECTION_ORDER`, id sections sorted and left out when empty. */
function canonical(template: JsonObject): JsonObject {
  const rank = (key: string) => {
    const i = SECTION_ORDER.indexOf(key)
    return i === -1 ? SECTION_ORDER.length : i
  }
  const entries = Object.entries(template)
    .map(([key, value]) => [key, ID_SECTIONS.has(key) && isJsonObject(value) ? sortedById(value) : value] as const)
    .filter(([key, value]) => !(ID_SECTIONS.has(key) && isJsonObject(value) && Object.keys(value).length === 0))
  // Array.prototype.sort is stable, so unlisted sections keep their overlay order.
  return jsonObject(entries.sort(([a], [b]) => rank(a) - rank(b)))
}

function sortedById(entries: JsonObject): JsonObject {
  return jsonObject(Object.entries(entries).sort(([a], [b]) => byId(a, b)))
}
