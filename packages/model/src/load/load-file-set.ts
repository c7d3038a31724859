import { interpolateNode } from '../interpolation/interpolate-node.js'
import { enforceUnicity, reportDuplicateEntries } from '../merge/enforce-unicity.js'
import { dropResets, mergeMaps } from '../merge/merge-nodes.js'
import type { Path } from '../diagnostic.js'
import { entryAt, mapAt, type MapEntry, type MapNode, type Span } from '../yaml/node.js'
import type { LoadContext } from './context.js'
import { lookupIn, type Environment } from './environment.js'
import { applyExtends } from './extends.js'
import { applyInclude } from './include.js'
import { readComposeFile } from './read-compose-file.js'
import { resolveServiceEnvironments } from './service-environment.js'

/** Files loaded together: a project's `-f` files, or the files of one `include`. */
export interface FileSet {
  files: readonly string[]
  /** The directory relative paths in these files resolve against. */
  projectDir: string
  /** Variables for interpolation in these files. */
  env: Environment
  /** Files that include this set, outermost first, for cycle detection. */
  chain: readonly string[]
  /** Where each file is named (an `include` entry), for a diagnostic when it cannot be read. */
  namedAt?: readonly { path: Path; span: Span }[]
}

/**
 * Loads files in order, each one interpolated, its includes imported and its `extends`
 * resolved, then merged over the files before it. Returns the merged tree, or undefined
 * when no file could be read.
 */
export function loadFileSet(set: FileSet, ctx: LoadContext): MapNode | undefined {
  const lookup = lookupIn(set.env)
  let merged: MapNode | undefined
  for (const [index, file] of set.files.entries()) {
    const raw = readComposeFile(file, ctx, set.namedAt?.[index])
    if (!raw) continue
    ctx.baseDirs.set(file, set.projectDir)
    let root = interpolateNode(raw, lookup, ctx.reporter, [], ctx.expansion) as MapNode
    reportDuplicateEntries(root, ctx.reporter)
    if (root.entries.has('include')) root = applyInclude(root, file, set, ctx)
    root = applyExtends(root, file, ctx, lookup)
    // A tree without merge tags has no resets to drop (most files: the walk is skipped).
    merged = enforceUnicity(merged ? firstWritten(mergeMaps(merged, root, [], ctx.reporter), merged) : ctx.mergeTags ? dropResets(root) : root, [], merged) as MapNode
  }
  return merged && resolveServiceEnvironments(merged, set.env, ctx)
}

// The project, its sections and what they declare (a service, a network…) are where the
// first file wrote them: a later file adds to them and overrides values, but a diagnostic
// about a whole service or the whole project points at its declaration, not at an override.
function firstWritten(result: MapNode, first: MapNode, depth = 2): MapNode {
  let entries: Map<string, MapEntry> | undefined
  for (const [key, entry] of result.entries) {
    const before = first.entries.get(key)
    if (!before || before === entry) continue
    const value = depth > 1 && entry.value.kind === 'map' && before.value.kind === 'map' ? firstWritten(entry.value, before.value, depth - 1) : entry.value
    ;(entries ??= new Map(result.entries)).set(key, entryAt(before, value))
  }
  return mapAt(entries ?? result.entries, first)
}
