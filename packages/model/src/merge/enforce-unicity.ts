import { formatPath, type Path } from '../diagnostic.js'
import type { Reporter } from '../report.js'
import { patternBranch, patternTree, type PathPattern, type PatternTree } from '../path-pattern.js'
import { parseVolume } from '../syntax/volume.js'
import { child, entryAt, scalarString, type MapEntry, type Node } from '../yaml/node.js'

type Indexer = (item: Node) => string | undefined

const keyValue: Indexer = (item) => {
  const s = scalarString(item)
  if (s === undefined) return undefined
  const equals = s.indexOf('=')
  return equals === -1 ? s : s.slice(0, equals)
}
const scalar: Indexer = (item) => scalarString(item)
const port: Indexer = (item) => {
  if (item.kind !== 'map') return scalarString(item)
  const part = (key: string, fallback: string) => scalarString(child(item, key)) ?? fallback
  return `${part('host_ip', '0.0.0.0')}:${part('published', '')}:${part('target', '')}/${part('protocol', 'tcp')}`
}
const volume: Indexer = (item) => {
  if (item.kind === 'map') return scalarString(child(item, 'target'))
  const s = scalarString(item)
  if (s === undefined) return undefined
  const parsed = parseVolume(s)
  return parsed.ok ? parsed.value.target : s
}
const device: Indexer = (item) => {
  if (item.kind === 'map') return scalarString(child(item, 'target'))
  const parts = (scalarString(item) ?? '').split(':')
  return parts[1] ?? parts[0]
}
const mount =
  (defaultDir: string): Indexer =>
  (item) => {
    if (item.kind !== 'map') return `${defaultDir}/${scalarString(item) ?? ''}`
    return scalarString(child(item, 'target')) ?? `${defaultDir}/${scalarString(child(item, 'source')) ?? ''}`
  }
const envFile: Indexer = (item) => (item.kind === 'map' ? scalarString(child(item, 'path')) : scalarString(item))

/** Lists compose keeps unique, and what makes two entries the same (compose-go's table). */
const uniqueLists: Readonly<Record<PathPattern, Indexer>> = {
  'networks.*.labels': keyValue,
  'networks.*.ipam.options': keyValue,
  'volumes.*.labels': keyValue,
  'services.*.annotations': keyValue,
  'services.*.build.args': keyValue,
  'services.*.build.additional_contexts': keyValue,
  'services.*.build.platform': keyValue,
  'services.*.build.tags': keyValue,
  'services.*.build.labels': keyValue,
  'services.*.cap_add': keyValue,
  'services.*.cap_drop': keyValue,
  'services.*.configs': mount(''),
  'services.*.deploy.labels': keyValue,
  'services.*.devices': device,
  'services.*.dns': keyValue,
  'services.*.dns_opt': keyValue,
  'services.*.dns_search': keyValue,
  'services.*.environment': keyValue,
  'services.*.env_file': envFile,
  'services.*.expose': scalar,
  'services.*.labels': keyValue,
  'services.*.links': keyValue,
  'services.*.networks.*.aliases': keyValue,
  'services.*.networks.*.link_local_ips': keyValue,
  'services.*.ports': port,
  'services.*.profiles': keyValue,
  'services.*.secrets': mount('/run/secrets'),
  'services.*.sysctls': keyValue,
  'services.*.tmpfs': keyValue,
  'services.*.volumes': volume,
}

const uniqueAt = patternTree(uniqueLists)

/**
 * Removes duplicate entries from the lists compose keeps unique (ports, volumes, secrets,
 * environment entries, …): a later entry with the same key replaces the earlier one in place.
 * Runs after each merge, as compose does, so that appending an override's list to the base's
 * does not produce duplicates the schema would reject. `done` is the tree of the previous
 * merge, unique already: a subtree the merge kept as it was (the same object at the same
 * path) is not walked again.
 */
export function enforceUnicity(node: Node, path: Path = [], done?: Node): Node {
  let at: PatternTree<Indexer> | undefined = uniqueAt
  for (const part of path) at = patternBranch(at, part)
  return at ? unique(node, at, done) : node
}

// Walks only the paths the table names; a map is copied only when a value under it changed.
function unique(node: Node, tree: PatternTree<Indexer>, done: Node | undefined): Node {
  if (node === done) return node
  if (node.kind === 'map') {
    let changed: Map<string, Node> | undefined
    for (const [key, entry] of node.entries) {
      const next = patternBranch(tree, key)
      if (!next) continue
      const value = unique(entry.value, next, child(done, key))
      if (value !== entry.value) (changed ??= new Map()).set(key, value)
    }
    if (!changed) return node
    const entries = new Map<string, MapEntry>()
    for (const [key, entry] of node.entries) {
      const value = changed.get(key)
      entries.set(key, value === undefined ? entry : entryAt(entry, value))
    }
    return { ...node, entries }
  }
  const indexer = tree.value
  // A list of one item has no duplicates.
  if (node.kind !== 'seq' || !indexer || node.items.length < 2) return node
  const items: Node[] = []
  const index = new Map<string, number>()
  for (const item of node.items) {
    const key = indexer(item)
    const at = key === undefined ? undefined : index.get(key)
    if (at !== undefined) items[at] = item
    else {
      if (key !== undefined) index.set(key, items.length)
      items.push(item)
    }
  }
  return items.length === node.items.length ? node : { ...node, items }
}

/**
 * Reports each entry of a list compose keeps unique that repeats an earlier entry of the same
 * written list (the same port, target, variable…): compose keeps only the later one, so the
 * earlier is lost. Run on one file as written (interpolated, before `include`, `extends` and
 * merges, whose repeats are overrides, not mistakes).
 */
export function reportDuplicateEntries(node: Node, reporter: Reporter, path: (string | number)[] = [], tree: PatternTree<Indexer> = uniqueAt): void {
  if (node.kind === 'map') {
    for (const [key, entry] of node.entries) {
      const next = patternBranch(tree, key)
      if (!next) continue
      // One path array for the whole walk: it is copied only for a report.
      path.push(key)
      reportDuplicateEntries(entry.value, reporter, path, next)
      path.pop()
    }
    return
  }
  const indexer = tree.value
  if (node.kind !== 'seq' || !indexer || node.items.length < 2) return
  const first = new Map<string, number>()
  node.items.forEach((item, i) => {
    const key = indexer(item)
    if (key === undefined) return
    const earlier = first.get(key)
    if (earlier === undefined) return void first.set(key, i)
    reporter.add({
      code: 'DUPLICATE_ENTRY',
      message: `\`${formatPath([...path, i])}\` repeats \`${formatPath([...path, earlier])}\` (both are \`${key}\`); compose keeps only the later one.`,
      path: [...path, i],
      span: item,
      hint: 'Remove one of them, or tell them apart.',
    })
  })
}
