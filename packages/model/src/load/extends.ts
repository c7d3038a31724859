import { interpolateNode } from '../interpolation/interpolate-node.js'
import type { Lookup } from '../interpolation/template.js'
import { mergeNodes } from '../merge/merge-nodes.js'
import { dirnamePath } from '../posix-path.js'
import { child, entryAt, scalarString, type MapEntry, type MapNode, type Node } from '../yaml/node.js'
import { confinedPath } from './confine.js'
import type { LoadContext } from './context.js'
import { readComposeFile } from './read-compose-file.js'

/**
 * Resolves `extends` for every service of one file: the base service (same file or another,
 * followed through chains) is merged under the extending service with compose's merge rules.
 * Bases from other files are interpolated with the caller's variables, and their relative
 * paths resolve against their own directory.
 */
export function applyExtends(root: MapNode, file: string, ctx: LoadContext, lookup: Lookup): MapNode {
  const services = child(root, 'services')
  if (services?.kind !== 'map') return root
  const resolver = new ExtendsResolver(ctx, lookup)
  resolver.files.set(file, services)
  const entries = new Map<string, MapEntry>()
  for (const [name, entry] of services.entries) {
    entries.set(name, entryAt(entry, resolver.resolve(file, name, []) ?? entry.value))
  }
  const newRoot = new Map(root.entries)
  newRoot.set('services', entryAt(root.entries.get('services')!, { ...services, entries }))
  return { ...root, entries: newRoot }
}

/** The longest chain of services extending each other that is followed (real ones have a few). */
const MAX_EXTENDS_CHAIN = 64

class ExtendsResolver {
  readonly files = new Map<string, MapNode | undefined>()
  readonly #done = new Map<string, Node>()
  #chainTooLong = false

  constructor(
    readonly ctx: LoadContext,
    readonly lookup: Lookup,
  ) {}

  resolve(file: string, name: string, stack: string[]): Node | undefined {
    const id = `${file}#${name}`
    const cached = this.#done.get(id)
    if (cached) return cached
    const services = this.files.get(file)
    const service = services?.entries.get(name)?.value
    if (!service) return undefined
    const ext = child(service, 'extends')
    if (!ext || service.kind !== 'map') return service
    const path = ['services', name, 'extends']
    if (stack.includes(id)) {
      const names = [...stack.slice(stack.indexOf(id)), id].map((s) => s.split('#')[1])
      // A cycle through thousands of services is named by its ends.
      const chain = (names.length > 9 ? [...names.slice(0, 4), `… ${names.length - 8} more …`, ...names.slice(-4)] : names).join(' → ')
      this.ctx.reporter.add({
        code: 'EXTENDS_CYCLE',
        message: `Services extend each other in a cycle: ${chain}.`,
        path,
        span: ext,
        hint: 'Break the chain: one service in it must not extend another.',
      })
      return withoutExtends(service)
    }
    if (stack.length >= MAX_EXTENDS_CHAIN) {
      // Followed by recursion: a chain of thousands would overflow the stack.
      if (!this.#chainTooLong) {
        this.ctx.reporter.add({
          code: 'EXTENDS_DEPTH_LIMIT',
          message: `\`${name}\` is reached through a chain of more than ${MAX_EXTENDS_CHAIN} services that extend each other; composeform stops following it here.`,
          path,
          span: ext,
          hint: 'Shorten the chain: extend the service at its end directly.',
        })
      }
      this.#chainTooLong = true
      return withoutExtends(service)
    }
    // A malformed `extends` stays in the service: the schema check says what is wrong with it.
    if (!wellFormed(ext)) return service
    const baseName = ext.kind === 'scalar' ? scalarString(ext) : scalarString(child(ext, 'service'))
    if (!baseName) {
      this.ctx.reporter.add({
        code: 'EXTENDS_SERVICE_REQUIRED',
        message: `\`extends.${name}.service\` is required.`,
        path,
        span: ext,
        hint: 'Name the service to extend: `extends: { service: base }` or `extends: base`.',
      })
      return withoutExtends(service)
    }
    const otherFile = ext.kind === 'map' ? scalarString(child(ext, 'file')) : undefined
    let baseFile = file
    if (otherFile !== undefined) {
      const fileNode = child(ext, 'file')
      const confined = confinedPath(dirnamePath(file), otherFile, { what: 'The `extends` file', path: [...path, 'file'], span: fileNode }, this.ctx)
      if (confined === undefined) return withoutExtends(service)
      baseFile = confined
      if (!this.files.has(baseFile)) this.files.set(baseFile, this.#load(baseFile, [...path, 'file'], child(ext, 'file')!))
      if (!this.files.get(baseFile)) return withoutExtends(service)
    }
    const base = this.resolve(baseFile, baseName, [...stack, id])
    if (!base) {
      this.ctx.reporter.add({
        code: 'EXTENDS_UNKNOWN_SERVICE',
        message: `\`${name}\` extends \`${baseName}\`, which ${otherFile ? `\`${baseFile}\`` : 'this file'} does not define.`,
        path,
        span: ext,
        hint: 'Check the service name (and `file`, if the base lives in another file).',
      })
      return withoutExtends(service)
    }
    const merged = mergeNodes(withoutExtends(base), withoutExtends(service), ['services', name], this.ctx.reporter)
    this.#done.set(id, merged)
    return merged
  }

  #load(file: string, path: string[], at: Node): MapNode | undefined {
    const root = readComposeFile(file, this.ctx, { path, span: at })
    if (!root) return undefined
    this.ctx.baseDirs.set(file, dirnamePath(file))
    const services = child(interpolateNode(root, this.lookup, this.ctx.reporter, [], this.ctx.expansion), 'services')
    return services?.kind === 'map' ? services : undefined
  }
}

/** `extends` as a name, or as `service` (the one key it needs; EXTENDS_SERVICE_REQUIRED without it) and `file`, each text. */
function wellFormed(ext: Node): boolean {
  if (ext.kind === 'scalar') return ext.value === null || typeof ext.value === 'string'
  if (ext.kind !== 'map') return false
  for (const [key, entry] of ext.entries) {
    if ((key !== 'service' && key !== 'file') || entry.value.kind !== 'scalar' || typeof entry.value.value !== 'string') return false
  }
  return true
}

function withoutExtends(service: Node): Node {
  if (service.kind !== 'map' || !service.entries.has('extends')) return service
  const entries = new Map(service.entries)
  entries.delete('extends')
  return { ...service, entries }
}
