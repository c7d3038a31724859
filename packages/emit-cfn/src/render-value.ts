import { defineOwn, type Ref, type Value } from '@composeform/model'
import type { Json, JsonObject } from './json.js'

type Renderer = (argument: Value, record: { readonly [key: string]: Value }) => Json | undefined

const isString = (v: unknown): v is string => typeof v === 'string'
const isList = (v: unknown): v is readonly Value[] => Array.isArray(v)
const refKeys = (record: object): boolean => Object.keys(record).every((k) => k === '$ref' || k === 'attribute')
const isRef = (v: unknown): v is Ref => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !refKeys(v)) return false
  const { $ref, attribute } = v as { $ref?: unknown; attribute?: unknown }
  return isString($ref) && (attribute === undefined || isString(attribute))
}

/**
 * One renderer per intrinsic key. A renderer returns `undefined` when the argument does not
 * have the intrinsic's shape; the object is then an ordinary map (a user's Docker label may
 * well be called `$sub`), so rendering never throws.
 */
const renderers: { readonly [key: string]: Renderer } = {
  $ref: (id, record): JsonObject | undefined => {
    if (!isString(id) || !refKeys(record)) return undefined
    const attribute = record.attribute
    if (attribute === undefined) return { Ref: id }
    return isString(attribute) ? { 'Fn::GetAtt': [id, attribute] } : undefined
  },
  $sub: (parts) => (isList(parts) && parts.every((p) => isString(p) || isRef(p)) ? { 'Fn::Sub': subText(parts as readonly (string | Ref)[]) } : undefined),
  $join: (a) => {
    if (!isList(a) || a.length !== 2 || !isString(a[0])) return undefined
    if (isList(a[1])) return { 'Fn::Join': [a[0], a[1].map(renderValue)] }
    return isRef(a[1]) ? { 'Fn::Join': [a[0], renderValue(a[1])] } : undefined
  },
  $if: (a) => (isList(a) && a.length === 3 && isString(a[0]) ? { 'Fn::If': [a[0], renderValue(a[1]!), renderValue(a[2]!)] } : undefined),
  $select: (a) => (isList(a) && a.length === 2 && typeof a[0] === 'number' ? { 'Fn::Select': [a[0], renderValue(a[1]!)] } : undefined),
  $split: (a) => (isList(a) && a.length === 2 && isString(a[0]) ? { 'Fn::Split': [a[0], renderValue(a[1]!)] } : undefined),
  $getAZs: (a) => (a === '' ? { 'Fn::GetAZs': '' } : undefined),
  $base64: (a) => ({ 'Fn::Base64': renderValue(a) }),
  $import: (a) => ({ 'Fn::ImportValue': renderValue(a) }),
  // The user's JSON, as it is (`literal`).
  $literal: (json) => json as Json,
}

/**
 * The `Fn::Sub` string for parts: adjacent text is joined first, so a `$` and a `{` from two
 * parts are escaped too; a literal `${` becomes `${!`, and a reference `${Id}` / `${Id.Attr}`.
 */
export function subText(parts: readonly (string | Ref)[]): string {
  let out = ''
  let text = ''
  for (const part of parts) {
    if (isString(part)) {
      text += part
      continue
    }
    out += escapeSub(text) + '${' + (part.attribute === undefined ? part.$ref : `${part.$ref}.${part.attribute}`) + '}'
    text = ''
  }
  return out + escapeSub(text)
}

const escapeSub = (text: string): string => text.replaceAll('${', '${!')

/**
 * A graph value as CloudFormation JSON: `{$ref}` → `Ref`, `{$ref, attribute}` →
 * `Fn::GetAtt`, `$sub` → `Fn::Sub`, and so on. Map keys keep their order.
 *
 * A list or map with nothing to render inside (no intrinsic, no -0) is returned as it is, not
 * copied: the result shares those subtrees with the graph, and neither is ever changed (both
 * are read-only; `applyPatches` and `mergeOverlay` build new values).
 */
export function renderValue(value: Value): Json {
  // -0 is written `0` in JSON and `-0` in YAML; make both say 0.
  if (typeof value === 'number') return value === 0 ? 0 : value
  if (value === null || typeof value !== 'object') return value
  if (isList(value)) return renderList(value)
  const record = value as { readonly [key: string]: Value }
  const keys = Object.keys(record)
  const key = Object.hasOwn(record, '$ref') ? '$ref' : keys.length === 1 ? keys[0]! : undefined
  const rendered = key !== undefined && Object.hasOwn(renderers, key) ? renderers[key]!(record[key]!, record) : undefined
  return rendered ?? renderMap(record)
}

/** A map of values, rendered entry by entry; the map itself when no entry changes. */
export function renderMap(record: { readonly [key: string]: Value }): JsonObject {
  const keys = Object.keys(record)
  let map: { [key: string]: Json } | undefined
  for (let i = 0; i < keys.length; i++) {
    const value = record[keys[i]!]!
    const rendered = renderValue(value)
    // Object.is, so that a -0 rendered as 0 counts as a change.
    if (map === undefined && Object.is(rendered, value)) continue
    if (map === undefined) {
      map = {}
      for (let j = 0; j < i; j++) defineOwn(map, keys[j]!, record[keys[j]!] as Json)
    }
    defineOwn(map, keys[i]!, rendered)
  }
  return map ?? (record as JsonObject)
}

// The list itself when no item changes.
function renderList(list: readonly Value[]): readonly Json[] {
  let out: Json[] | undefined
  for (let i = 0; i < list.length; i++) {
    const rendered = renderValue(list[i]!)
    if (out === undefined && Object.is(rendered, list[i])) continue
    out ??= list.slice(0, i) as Json[]
    out.push(rendered)
  }
  return out ?? (list as readonly Json[])
}
