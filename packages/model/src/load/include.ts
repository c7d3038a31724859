import { mergeMaps } from '../merge/merge-nodes.js'
import { dirnamePath } from '../posix-path.js'
import { child, entryAt, isText, mapAt, scalarString, toPlain, type MapEntry, type MapNode, type Node } from '../yaml/node.js'
import { confinedPath } from './confine.js'
import type { LoadContext } from './context.js'
import { layerEnvironment, readEnvFiles } from './environment.js'
import { loadFileSet, type FileSet } from './load-file-set.js'

const importedKinds = ['services', 'networks', 'volumes', 'secrets', 'configs', 'models'] as const

/**
 * Imports the resources of every `include` entry of `root` (a file of `set`). Each include is
 * loaded as its own project: its own directory, its own env files, invisible to the root.
 * The including file's own definitions are then merged over what it imported, so the root
 * wins; two includes that define the same resource differently are a conflict.
 */
export function applyInclude(root: MapNode, file: string, set: FileSet, ctx: LoadContext): MapNode {
  const includeEntry = root.entries.get('include')!
  const list = includeEntry.value.kind === 'seq' ? includeEntry.value.items : [includeEntry.value]
  let imported: MapNode = mapAt(new Map(), includeEntry.value)
  list.forEach((item, index) => {
    const at = ['include', index]
    const pathNode = item.kind === 'map' ? child(item, 'path') : item
    // An entry whose paths are not all text is left to the schema check, which reports it.
    if (!pathNode || !textOrTexts(pathNode)) return
    const paths = listOf(pathNode)
    if (paths.length === 0) return
    const confined = paths.map((p) => confinedPath(set.projectDir, p.value, { what: 'The included file', path: at, span: p.node }, ctx))
    const resolved = confined.filter((p): p is string => p !== undefined)
    if (resolved.length < confined.length) return
    const first = resolved[0]!
    const loop = [...set.chain, file].indexOf(first)
    if (loop >= 0 || first === file) {
      const cycle = [...set.chain, file, first].slice(loop >= 0 ? loop : 0)
      ctx.reporter.add({
        code: 'INCLUDE_CYCLE',
        message: `Include cycle detected: ${cycle.map((f) => `\`${f}\``).join(' includes ')}.`,
        path: at,
        span: paths[0]!.node,
        hint: 'Remove one of the `include` entries that close the loop.',
      })
      return
    }
    if (!withinIncludeLimits(set, resolved.length, at, paths[0]!.node, ctx)) return
    const projectDirNode = item.kind === 'map' ? child(item, 'project_directory') : undefined
    const projectDirText = scalarString(projectDirNode)
    const projectDir = projectDirText
      ? confinedPath(set.projectDir, projectDirText, { what: 'The include `project_directory`', path: [...at, 'project_directory'], span: projectDirNode }, ctx)
      : dirnamePath(first)
    if (projectDir === undefined) return
    const envFiles = item.kind === 'map' ? listOf(child(item, 'env_file')) : []
    const files =
      envFiles.length > 0
        ? envFiles.flatMap((f) => {
            if (f.value === '/dev/null') return []
            const from = { path: [...at, 'env_file'], span: f.node }
            const path = confinedPath(set.projectDir, f.value, { what: 'The env file', ...from }, ctx)
            return path === undefined ? [] : [{ path, required: true, from }]
          })
        : [{ path: ctx.host.resolve(projectDir, '.env'), required: false }]
    const env = layerEnvironment(readEnvFiles(files, set.env, ctx), set.env)
    const namedAt = paths.map((p, i) => ({ path: item.kind !== 'map' ? at : pathNode.kind === 'seq' ? [...at, 'path', i] : [...at, 'path'], span: p.node }))
    const loaded = loadFileSet({ files: resolved, projectDir, env, chain: [...set.chain, file], namedAt }, ctx)
    if (loaded) imported = importResources(imported, loaded, ctx, at)
  })
  // The `include` entry stays, for the schema check; nothing after it reads the key.
  return mergeMaps(imported, root, [], ctx.reporter)
}

/** How deep includes may nest, and how many files they may load in all (a diamond loads its base twice). */
const MAX_INCLUDE_DEPTH = 32
const MAX_INCLUDED_FILES = 1_000

// Each level of a diamond of includes doubles the files loaded: 30 levels would be a billion.
function withinIncludeLimits(set: FileSet, files: number, at: (string | number)[], node: Node, ctx: LoadContext): boolean {
  ctx.included.files += files
  const tooDeep = set.chain.length + 1 >= MAX_INCLUDE_DEPTH
  if (!tooDeep && ctx.included.files <= MAX_INCLUDED_FILES) return true
  if (!ctx.included.limitReported) {
    ctx.included.limitReported = true
    ctx.reporter.add({
      code: 'INCLUDE_LIMIT',
      message: tooDeep
        ? `Includes nest more than ${MAX_INCLUDE_DEPTH} files deep here; composeform stops following them.`
        : `Includes load more than ${MAX_INCLUDED_FILES} files in all; composeform stops following them here.`,
      path: at,
      span: node,
      hint: 'Include each file once, from the top-level compose file, instead of through chains of includes.',
    })
  }
  return false
}

function importResources(into: MapNode, from: MapNode, ctx: LoadContext, at: (string | number)[]): MapNode {
  const top = new Map(into.entries)
  for (const kind of importedKinds) {
    const source = from.entries.get(kind)
    if (source?.value.kind !== 'map') continue
    const existing = top.get(kind)
    const target = new Map<string, MapEntry>(existing?.value.kind === 'map' ? existing.value.entries : [])
    for (const [name, entry] of source.value.entries) {
      const clash = target.get(name)
      if (clash && JSON.stringify(toPlain(clash.value)) !== JSON.stringify(toPlain(entry.value))) {
        ctx.reporter.add({
          code: 'INCLUDE_CONFLICT',
          message: `\`${kind}.${name}\` is defined by two included files, differently.`,
          path: [...at],
          span: entry,
          hint: `Define \`${name}\` in one place only, or override it in the including file.`,
        })
        continue
      }
      target.set(name, entry)
    }
    top.set(kind, entryAt(source, mapAt(target, source.value)))
  }
  return { ...into, entries: top }
}

const textOrTexts = (node: Node): boolean => (node.kind === 'seq' ? node.items.every(isText) : isText(node))

function listOf(node: Node | undefined): { value: string; node: Node }[] {
  if (!node) return []
  const items = node.kind === 'seq' ? node.items : [node]
  return items.flatMap((n) => {
    const value = scalarString(n)
    return value === undefined ? [] : [{ value, node: n }]
  })
}
