import type { Path } from '../diagnostic.js'
import { pathMatcher } from '../path-pattern.js'
import type { Reporter } from '../report.js'
import { entryAt, firstEntries, isText, mapAt, scalar, seqAt, type MapEntry, type MapNode, type Node } from '../yaml/node.js'
import { toMapping, toSequence } from './to-sequence.js'

type Merger = (base: Node, over: Node, path: Path, reporter: Reporter) => Node

const replace: Merger = (_base, over) => over

// Compose checks the merged document against the schema, as composeform does, but its form
// conversions read only what they can convert. A side that a conversion would change in
// meaning (a value it would drop, flatten or coerce) is therefore kept as written, the other
// side dropped: the schema check then reports it where it is, and the project does not
// convert. A null side is nothing to merge, as in compose.
const guarded =
  (accepts: (node: Node) => boolean, merge: Merger): Merger =>
  (base, over, path, reporter) =>
    !acceptsOrNull(accepts, over) ? over : !acceptsOrNull(accepts, base) ? base : merge(base, over, path, reporter)
const acceptsOrNull = (accepts: (node: Node) => boolean, node: Node): boolean => (node.kind === 'scalar' && node.value === null) || accepts(node)
const valuesAre = (node: Node, accepts: (value: Node) => boolean): boolean => node.kind === 'map' && [...node.entries.values()].every((e) => accepts(e.value))
// A list or a mapping of scalars (compose's list_or_dict).
const listOrDict = (node: Node): boolean => node.kind === 'seq' || valuesAre(node, (v) => v.kind === 'scalar')
// A string or a list (compose's string_or_list).
const stringOrList = (node: Node): boolean => node.kind === 'seq' || isText(node)
// extra_hosts: a list, or a mapping of hosts to an address or a list of addresses.
const hosts = (node: Node): boolean => node.kind === 'seq' || valuesAre(node, (v) => isText(v) || (v.kind === 'seq' && v.items.every(isText)))
// A mapping, or a list of names (which compose converts to a mapping).
const names = (node: Node): boolean => node.kind === 'map' || (node.kind === 'seq' && node.items.every(isText))

const concatAsSequence: Merger = (base, over) => {
  const a = toSequence(base)
  const b = toSequence(over)
  return seqAt([...a.items, ...b.items], over)
}
const unionAsSequence: Merger = (base, over) => {
  const a = toSequence(base)
  const seen = new Set(a.items.map((n) => JSON.stringify((n as { value?: unknown }).value)))
  const extra = toSequence(over).items.filter((n) => !seen.has(JSON.stringify((n as { value?: unknown }).value)))
  return seqAt([...a.items, ...extra], over)
}
const dependsOnDefaults = (item: Node): Node =>
  mapAt(
    new Map<string, MapEntry>([
      ['condition', entryAt(item, scalar('service_started', item))],
      ['required', entryAt(item, scalar(true, item))],
    ]),
    item,
  )
const nullValue = (item: Node): Node => scalar(null, item)
const asMapping = (defaults: (item: Node) => Node): Merger =>
  guarded(names, (base, over, path, reporter) => mergeNodes(toMapping(base, defaults), toMapping(over, defaults), path, reporter, true))
const buildAsMapping: Merger = (base, over, path, reporter) => {
  const wrap = (n: Node): Node =>
    n.kind === 'scalar' ? mapAt(new Map([['context', entryAt(n, n)]]), n) : n
  return mergeNodes(wrap(base), wrap(over), path, reporter, true)
}
const logging: Merger = (base, over, path, reporter) => {
  const driver = (n: Node): Node | undefined => (n.kind === 'map' ? n.entries.get('driver')?.value : undefined)
  const a = driver(base)
  const b = driver(over)
  const same = a && b && a.kind === 'scalar' && b.kind === 'scalar' && a.value === b.value
  if (a && b && !same) return over
  return mergeNodes(base, over, path, reporter, true)
}
const listOrDictConcat = guarded(listOrDict, concatAsSequence)
const stringOrListConcat = guarded(stringOrList, concatAsSequence)

/** Compose's special merge rules by path; everything else merges generically. */
const specials = pathMatcher<Merger>({
  'services.*.command': replace,
  'services.*.entrypoint': replace,
  'services.*.healthcheck.test': replace,
  'services.*.ulimits.*': replace,
  'services.*.environment': listOrDictConcat,
  'services.*.labels': listOrDictConcat,
  'services.*.annotations': listOrDictConcat,
  'services.*.build.args': listOrDictConcat,
  'services.*.build.labels': listOrDictConcat,
  'services.*.build.additional_contexts': listOrDictConcat,
  'services.*.deploy.labels': listOrDictConcat,
  'services.*.dns': stringOrListConcat,
  'services.*.dns_opt': stringOrListConcat,
  'services.*.dns_search': stringOrListConcat,
  'services.*.env_file': stringOrListConcat,
  'services.*.label_file': stringOrListConcat,
  'services.*.sysctls': listOrDictConcat,
  'services.*.tmpfs': stringOrListConcat,
  'services.*.volumes.*.volume.labels': listOrDictConcat,
  'networks.*.labels': listOrDictConcat,
  'volumes.*.labels': listOrDictConcat,
  'services.*.extra_hosts': guarded(hosts, unionAsSequence),
  'services.*.build.extra_hosts': guarded(hosts, unionAsSequence),
  'services.*.depends_on': asMapping(dependsOnDefaults),
  'services.*.networks': asMapping(nullValue),
  'services.*.models': asMapping(nullValue),
  'services.*.build': buildAsMapping,
  'services.*.logging': logging,
})

/**
 * Merges `over` onto `base` with compose's rules (later file wins for scalars, mappings merge
 * key by key, sequences concatenate, special paths as compose-go's merge table says).
 * `!override` replaces, `!reset` removes (handled by the caller on the mapping entry).
 * Returns a new node; inputs are not changed.
 */
export function mergeNodes(base: Node, over: Node, path: Path, reporter: Reporter, skipSpecial = false): Node {
  if (over.tag === '!override') return stripTag(over)
  if (!skipSpecial) {
    const special = specials(path)
    if (special) return special(base, over, path, reporter)
  }
  if (over.kind === 'scalar' && over.value === null) return base
  if (base.kind === 'map') {
    if (over.kind !== 'map') return mismatch(base, over, path, reporter)
    return mergeMaps(base, over, path, reporter)
  }
  if (base.kind === 'seq') {
    if (over.kind !== 'seq') return mismatch(base, over, path, reporter)
    return seqAt([...base.items, ...over.items], over)
  }
  return over
}

/** Merges two mappings key by key; a `!reset` value removes the key. */
export function mergeMaps(base: MapNode, over: MapNode, path: Path, reporter: Reporter): MapNode {
  const entries = new Map(base.entries)
  for (const [key, entry] of over.entries) {
    if (entry.value.tag === '!reset') {
      entries.delete(key)
      continue
    }
    const existing = entries.get(key)
    const value = existing ? mergeNodes(existing.value, entry.value, [...path, key], reporter) : stripTag(entry.value)
    entries.set(key, entryAt(existing && value === existing.value ? existing : entry, value))
  }
  return mapAt(entries, over)
}

/** Removes `!reset` entries from a tree that is not merged onto anything (the first file). */
export function dropResets(node: Node): Node {
  // Rebuilt mappings and sequences carry no tag; a subtree without tags or resets is kept,
  // and nothing is allocated for it.
  if (node.kind === 'map') {
    let entries = node.tag === undefined ? undefined : new Map<string, MapEntry>()
    let index = 0
    for (const [key, entry] of node.entries) {
      const reset = entry.value.tag === '!reset'
      const value = reset ? entry.value : dropResets(entry.value)
      if (entries === undefined && (reset || value !== entry.value)) entries = firstEntries(node.entries, index)
      if (entries !== undefined && !reset) entries.set(key, value === entry.value ? entry : entryAt(entry, value))
      index++
    }
    return entries === undefined ? node : mapAt(entries, node)
  }
  if (node.kind === 'seq') {
    let items = node.tag === undefined ? undefined : ([] as Node[])
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i]!
      const reset = item.tag === '!reset'
      const value = reset ? item : dropResets(item)
      if (items === undefined && (reset || value !== item)) items = node.items.slice(0, i)
      if (items !== undefined && !reset) items.push(value)
    }
    return items === undefined ? node : seqAt(items, node)
  }
  return node
}

function stripTag(node: Node): Node {
  if (!node.tag) return node
  const { tag: _tag, ...rest } = node
  return dropResets(rest as Node)
}

function mismatch(base: Node, over: Node, path: Path, reporter: Reporter): Node {
  const kind = (n: Node): string => (n.kind === 'map' ? 'a mapping' : n.kind === 'seq' ? 'a list' : 'a single value')
  reporter.add({
    code: 'MERGE_TYPE_MISMATCH',
    message: `Cannot override \`${path.join('.')}\`: it is ${kind(base)} in one file and ${kind(over)} in the next.`,
    path,
    span: over,
    hint: 'Write the value in the same form in both files, or tag the later one with `!override` to replace it.',
  })
  // Keep the earlier value so that later checks do not report the same cause again.
  return base
}
