import { splitKeyValue } from '../syntax/key-value.js'
import { dirnamePath } from '../posix-path.js'
import { child, entryAt, isText, mapAt, scalar, scalarString, type MapEntry, type MapNode, type Node, type ScalarNode } from '../yaml/node.js'
import { confinedPath } from './confine.js'
import type { LoadContext } from './context.js'
import { readEnvFiles, type Environment } from './environment.js'

/**
 * Resolves each service's environment in the context it was written in (the project, or an
 * include with its own variables): `env_file` contents are read and layered under
 * `environment`, and bare `KEY` entries take their value from the variables. The result's
 * `environment` is a mapping; `env_file` is gone.
 */
export function resolveServiceEnvironments(root: MapNode, env: Environment, ctx: LoadContext): MapNode {
  const services = child(root, 'services')
  if (services?.kind !== 'map') return root
  const entries = new Map<string, MapEntry>()
  for (const [name, entry] of services.entries) {
    entries.set(name, entryAt(entry, resolveOne(entry.value, name, env, ctx)))
  }
  const top = new Map(root.entries)
  top.set('services', entryAt(root.entries.get('services')!, { ...services, entries }))
  return { ...root, entries: top }
}

function resolveOne(service: Node, name: string, env: Environment, ctx: LoadContext): Node {
  if (service.kind !== 'map') return service
  const envFile = service.entries.get('env_file')
  const environment = service.entries.get('environment')
  if (!envFile && !environment) return service
  // What resolving could only drop or guess at stays as written, for the schema check to
  // report where it is: a value that is not a scalar, a list item that is not text, an
  // env_file entry without a path.
  if ((environment && !resolvable(environment.value)) || (envFile && !readable(envFile.value))) return service
  if (!envFile && environment && written(environment.value)) return service
  const values = new Map<string, MapEntry>()
  if (envFile) readServiceEnvFiles(envFile.value, name, env, ctx, values)
  const node = environment?.value
  if (node?.kind === 'map') {
    for (const [key, e] of node.entries) {
      const v = e.value as ScalarNode
      // The entry keeps its key's position; a value that is not text yet becomes text.
      values.set(key, typeof v.value === 'string' ? e : entryAt(e, scalar(v.value === null ? (env.get(key) ?? null) : String(v.value), v)))
    }
  } else if (node?.kind === 'seq') {
    for (const item of node.items as ScalarNode[]) {
      const { key, value } = splitKeyValue(String(item.value))
      values.set(key, entryAt(item, scalar(value ?? env.get(key) ?? null, item)))
    }
  }
  const entries = new Map(service.entries)
  entries.delete('env_file')
  entries.set('environment', entryAt(environment ?? envFile!, mapAt(sortedByKey(values), environment?.value ?? envFile!.value)))
  return { ...service, entries }
}

/** True for an environment resolving keeps whole: a mapping of scalars, or a list of text. */
function resolvable(node: Node): boolean {
  if (node.kind === 'map') {
    for (const entry of node.entries.values()) if (entry.value.kind !== 'scalar') return false
    return true
  }
  return node.kind === 'seq' && node.items.every(isText)
}

/** True for an env_file resolving reads whole: a path, or a list of paths or `{ path, required, format }` mappings. */
function readable(node: Node): boolean {
  if (node.kind === 'seq') return node.items.every((item) => isText(item) || envFileEntry(item))
  return isText(node)
}

function envFileEntry(item: Node): boolean {
  if (item.kind !== 'map' || !isText(child(item, 'path'))) return false
  for (const [key, entry] of item.entries) {
    const v = entry.value
    if (key === 'required' ? !(v.kind === 'scalar' && (typeof v.value === 'boolean' || typeof v.value === 'string')) : key === 'format' ? !isText(v) : key !== 'path') return false
  }
  return true
}

/** True for a mapping that is resolved as written: its keys in order and every value text. */
function written(node: Node): boolean {
  if (node.kind !== 'map') return false
  let previous: string | undefined
  for (const [key, entry] of node.entries) {
    if ((previous !== undefined && !(previous < key)) || typeof (entry.value as ScalarNode).value !== 'string') return false
    previous = key
  }
  return true
}

function readServiceEnvFiles(envFile: Node, name: string, env: Environment, ctx: LoadContext, values: Map<string, MapEntry>): void {
  const list = envFile.kind === 'seq' ? envFile.items : [envFile]
  list.forEach((item, i) => {
    const rel = item.kind === 'map' ? scalarString(child(item, 'path')) : scalarString(item)
    if (rel === undefined) return
    const requiredNode = child(item, 'required')
    const required = !(requiredNode?.kind === 'scalar' && (requiredNode.value === false || requiredNode.value === 'false'))
    const from = { path: ['services', name, 'env_file', i], span: item }
    const formatNode = child(item, 'format')
    const format = scalarString(formatNode)
    if (format !== undefined && format !== 'raw') {
      // compose refuses a format it has no reader for.
      ctx.reporter.add({
        code: 'ENV_FILE_SYNTAX',
        message: `\`format: ${format}\` is not an env file format compose reads.`,
        path: [...from.path, 'format'],
        span: formatNode,
        hint: 'Write `format: raw` to take each `NAME=value` as written, or leave `format` out for dotenv syntax.',
      })
      return
    }
    const path = confinedPath(ctx.baseDirs.get(item.file) ?? dirnamePath(item.file), rel, { what: 'The env file', ...from }, ctx)
    if (path === undefined) return
    const read = readEnvFiles([{ path, required, raw: format === 'raw', from }], env, ctx)
    for (const [key, value] of read) values.set(key, entryAt(item, scalar(value, item)))
  })
}

function sortedByKey(entries: Map<string, MapEntry>): Map<string, MapEntry> {
  const keys = [...entries.keys()]
  let inOrder = true
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1]! < keys[i]!
  if (inOrder) return entries
  return new Map(keys.sort().map((key) => [key, entries.get(key)!]))
}
