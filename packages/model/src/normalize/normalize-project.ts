import type { ComposeModel, ComposeResource } from '../compose-types.js'
import { child, toPlain, type MapNode, type Node } from '../yaml/node.js'
import { resolveWrittenPath, type NormalizeContext } from './normalize-context.js'
import { normalizeService } from './normalize-service.js'
import { str, stringMap } from './plain.js'
import { defineOwn } from '../define-own.js'

const resourceKinds = ['networks', 'volumes', 'secrets', 'configs'] as const

/**
 * Turns the merged, interpolated tree into the normalised model: services in long form,
 * top-level resources with their resolved `name`, the implicit `default` network added when
 * a service uses it, and top-level `x-*` extensions kept apart.
 */
export function normalizeProject(root: MapNode, ctx: NormalizeContext): ComposeModel {
  const model: ComposeModel = { name: ctx.projectName, services: {}, networks: {}, volumes: {}, secrets: {}, configs: {}, extensions: {} }
  const services = child(root, 'services')
  if (services?.kind === 'map') {
    for (const [name, entry] of services.entries) defineOwn(model.services, name, normalizeService(entry.value, ['services', name], ctx))
  }
  for (const kind of resourceKinds) {
    const node = child(root, kind)
    if (node?.kind !== 'map') continue
    for (const [key, entry] of node.entries) defineOwn(model[kind], key, resource(kind, key, entry.value, ctx))
  }
  const usesDefault = Object.values(model.services).some((s) => s.networks && 'default' in s.networks)
  if (usesDefault && !Object.hasOwn(model.networks, 'default')) model.networks.default = { name: `${ctx.projectName}_default` }
  for (const [key, entry] of root.entries) {
    if (key.startsWith('x-')) defineOwn(model.extensions, key, toPlain(entry.value))
  }
  const models = child(root, 'models')
  if (models) (model as ComposeModel & { models?: unknown }).models = toPlain(models)
  return model
}

function resource(kind: (typeof resourceKinds)[number], key: string, node: Node, ctx: NormalizeContext): ComposeResource {
  const plain = node.kind === 'map' ? (toPlain(node) as Record<string, unknown>) : {}
  const external = plain.external === true
  const name = str(child(node, 'name')) ?? (external ? key : `${ctx.projectName}_${key}`)
  const out: ComposeResource = { ...plain, name }
  const labels = stringMap(child(node, 'labels'))
  if (labels) out.labels = labels
  if ((kind === 'secrets' || kind === 'configs') && typeof plain.file === 'string') {
    out.file = resolveWrittenPath(plain.file, child(node, 'file')!, ctx)
  }
  return out
}
