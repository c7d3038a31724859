import { splitKeyValue } from '../syntax/key-value.js'
import { dirnamePath } from '../posix-path.js'
import { child, entryAt, mapAt, scalar, scalarString, type MapEntry, type MapNode, type Node, type Span } from '../yaml/node.js'
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
  const values = new Map<string, { value: string | null; span: Span }>()
  if (envFile) {
    const list = envFile.value.kind === 'seq' ? envFile.value.items : [envFile.value]
    list.forEach((item, i) => {
      const rel = item.kind === 'map' ? scalarString(child(item, 'path')) : scalarString(item)
      if (rel === undefined) return
      const requiredNode = child(item, 'required')
      const required = !(requiredNode?.kind === 'scalar' && (requiredNode.value === false || requiredNode.value === 'false'))
      const from = { path: ['services', name, 'env_file', i], span: item }
      const path = confinedPath(ctx.baseDirs.get(item.file) ?? dirnamePath(item.file), rel, { what: 'The env file', ...from }, ctx)
      if (path === undefined) return
      const read = readEnvFiles([{ path, required, from }], env, ctx)
      for (const [key, value] of read) values.set(key, { value, span: item })
    })
  }
  if (environment) {
    const node = environment.value
    if (node.kind === 'map') {
      for (const [key, e] of node.entries) {
        const v = e.value
        values.set(key, { value: v.kind === 'scalar' && v.value !== null ? String(v.value) : (env.get(key) ?? null), span: v })
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null) continue
        const { key, value } = splitKeyValue(String(item.value))
        values.set(key, { value: value ?? env.get(key) ?? null, span: item })
      }
    }
  }
  const resolved = new Map<string, MapEntry>()
  for (const key of [...values.keys()].sort()) {
    const { value, span } = values.get(key)!
    resolved.set(key, entryAt(span, scalar(value, span)))
  }
  const entries = new Map(service.entries)
  entries.delete('env_file')
  entries.set('environment', entryAt(environment ?? envFile!, mapAt(resolved, environment?.value ?? envFile!.value)))
  return { ...service, entries }
}
