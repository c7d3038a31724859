import { defineOwn } from '../define-own.js'
import { splitKeyValue } from '../syntax/key-value.js'
import { scalarString, toPlain, type Node } from '../yaml/node.js'

/** A node's scalar as a string (numbers and booleans as written), or undefined. */
export const str = scalarString

/** A node's scalar as a number: numbers as they are, numeric strings parsed. */
export function num(node: Node | undefined): number | undefined {
  if (node?.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') return undefined
  const n = typeof node.value === 'number' ? node.value : Number(node.value.trim())
  return node.value === '' || Number.isNaN(n) ? undefined : n
}

/** A list of strings from a string or a list (other items skipped). */
export function strings(node: Node | undefined): string[] | undefined {
  if (!node) return undefined
  if (node.kind === 'scalar') return node.value === null ? undefined : [String(node.value)]
  if (node.kind !== 'seq') return undefined
  return node.items.flatMap((item) => {
    const s = str(item)
    return s === undefined ? [] : [s]
  })
}

/**
 * A `KEY=value` list or a mapping as a sorted mapping of strings; `KEY` alone (or a null
 * value) is null, as compose keeps it.
 */
export function keyValueMap(node: Node | undefined): Record<string, string | null> | undefined {
  if (!node) return undefined
  const out = new Map<string, string | null>()
  if (node.kind === 'map') {
    for (const [key, entry] of node.entries) {
      const v = entry.value
      out.set(key, v.kind === 'scalar' ? (v.value === null ? null : String(v.value)) : JSON.stringify(toPlain(v)))
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      const s = str(item)
      if (s === undefined) continue
      const { key, value } = splitKeyValue(s)
      out.set(key, value)
    }
  } else return undefined
  return sortedRecord(out)
}

/** Like `keyValueMap`, with null values turned into empty strings (labels, sysctls). */
export function stringMap(node: Node | undefined): Record<string, string> | undefined {
  const map = keyValueMap(node)
  if (!map) return undefined
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(map)) defineOwn(out, k, v ?? '')
  return out
}

/** A record from a Map, keys sorted, safe for keys like `__proto__`. */
export function sortedRecord<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key of [...map.keys()].sort()) defineOwn(out, key, map.get(key) as T)
  return out
}


/**
 * A deep copy with every object's keys in sorted order, so that output never depends on
 * the order keys were written in; arrays keep their order.
 */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) defineOwn(out, key, sortKeysDeep((value as Record<string, unknown>)[key]))
  return out as T
}

/**
 * `sortKeysDeep` without the copy where none is needed: an object whose keys are in order
 * already and whose values come back unchanged is returned itself, as is such an array. For
 * a value nothing else holds (the loader's model as it is built); `sortKeysDeep` for a copy.
 * When `tally` is given, the text the value holds is added to it as `textLength` counts it:
 * the loader's expansion check then needs no walk of its own over a model this one just read.
 */
export function withSortedKeys<T>(value: T, tally: { length: number } = { length: 0 }): T {
  if (value === null || typeof value !== 'object') {
    tally.length += typeof value === 'string' ? value.length : 1
    return value
  }
  tally.length += 1
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const sorted = withSortedKeys(item, tally)
      if (out === undefined && sorted === item) continue
      out ??= value.slice(0, i)
      out.push(sorted)
    }
    return (out ?? value) as T
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  let inOrder = true
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1]! < keys[i]!
  if (!inOrder) keys.sort()
  let out: Record<string, unknown> | undefined
  for (let i = 0; i < keys.length; i++) {
    const item = record[keys[i]!]
    tally.length += keys[i]!.length
    const sorted = withSortedKeys(item, tally)
    if (out === undefined && inOrder && sorted === item) continue
    if (out === undefined) {
      out = {}
      for (let j = 0; j < i; j++) defineOwn(out, keys[j]!, record[keys[j]!])
    }
    defineOwn(out, keys[i]!, sorted)
  }
  return (out ?? value) as T
}
