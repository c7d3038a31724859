import type { ComposeModel } from '../compose-types.js'
import type { Path } from '../diagnostic.js'
import type { Reporter } from '../report.js'
import type { SourceMap } from '../source-map.js'
import { defineOwn } from '../define-own.js'

/**
 * Cross-reference checks on the normalised model: every network, volume, secret, config and
 * service a service names must exist, and `depends_on` must not loop. Drops `depends_on`
 * edges into services disabled by profiles when they are optional.
 */
export function checkConsistency(model: ComposeModel, disabled: ReadonlySet<string>, sources: SourceMap, reporter: Reporter): ComposeModel {
  const undefinedRef = (path: Path, what: string, name: string, hint: string): void => {
    reporter.add({ code: 'UNDEFINED_REFERENCE', message: `${what} \`${name}\` is not defined.`, path, span: sources.span(path, { key: true }), hint })
  }
  const has = (record: object, key: string): boolean => Object.hasOwn(record, key)
  const services: ComposeModel['services'] = {}
  for (const [name, service] of Object.entries(model.services)) {
    const at = ['services', name]
    for (const network of Object.keys(service.networks ?? {})) {
      if (!has(model.networks, network)) undefinedRef([...at, 'networks', network], 'Network', network, `Add it under the top-level \`networks:\`, or remove it from \`${name}\`.`)
    }
    service.volumes?.forEach((volume, i) => {
      if (volume.type === 'volume' && volume.source && !has(model.volumes, volume.source)) {
        undefinedRef([...at, 'volumes', i], 'Volume', volume.source, 'Declare it under the top-level `volumes:`; a path starting with `./` or `/` would be a bind mount instead.')
      }
    })
    for (const kind of ['secrets', 'configs'] as const) {
      service[kind]?.forEach((ref, i) => {
        if (!has(model[kind], ref.source)) undefinedRef([...at, kind, i], kind === 'secrets' ? 'Secret' : 'Config', ref.source, `Declare it under the top-level \`${kind}:\`.`)
      })
    }
    const networkMode = typeof service.network_mode === 'string' ? service.network_mode : ''
    if (networkMode.startsWith('service:') && !has(model.services, networkMode.slice(8))) {
      undefinedRef([...at, 'network_mode'], 'Service', networkMode.slice(8), 'Name a service of this project after `service:`.')
    }
    if (Array.isArray(service.volumes_from)) {
      service.volumes_from.forEach((entry: unknown, i: number) => {
        const from = String(entry).split(':')[0] ?? ''
        if (from !== 'container' && !has(model.services, from)) undefinedRef([...at, 'volumes_from', i], 'Service', from, 'Name a service of this project, or `container:<name>`.')
      })
    }
    const links = Array.isArray(service.links) ? (service.links as unknown[]) : []
    links.forEach((link, i) => {
      const target = String(link).split(':')[0] ?? ''
      if (!has(model.services, target)) undefinedRef([...at, 'links', i], 'Service', target, 'Name a service of this project.')
    })
    let dependsOn = service.depends_on
    for (const [target, dep] of Object.entries(service.depends_on ?? {})) {
      if (has(model.services, target)) continue
      const path = [...at, 'depends_on', target]
      if (disabled.has(target)) {
        if (dep.required) {
          reporter.add({
            code: 'DEPENDS_ON_DISABLED',
            message: `\`${name}\` depends on \`${target}\`, which no active profile enables.`,
            path,
            span: sources.span(path, { key: true }),
            hint: `Activate one of \`${target}\`'s profiles (--profile), or mark the dependency \`required: false\`.`,
          })
        }
        dependsOn = Object.fromEntries(Object.entries(dependsOn ?? {}).filter(([k]) => k !== target))
      } else undefinedRef(path, 'Service', target, 'Check the service name.')
    }
    const next = dependsOn === service.depends_on ? service : { ...service, depends_on: dependsOn }
    defineOwn(services, name, next)
  }
  const result = { ...model, services }
  reportCycles(result, sources, reporter)
  return result
}

function reportCycles(model: ComposeModel, sources: SourceMap, reporter: Reporter): void {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (name: string): void => {
    state.set(name, 'visiting')
    stack.push(name)
    for (const target of Object.keys(model.services[name]?.depends_on ?? {}).sort()) {
      if (!Object.hasOwn(model.services, target)) continue
      if (state.get(target) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(target)), target]
        const path = ['services', name, 'depends_on', target]
        reporter.add({
          code: 'DEPENDS_ON_CYCLE',
          message: `Services depend on each other in a cycle: ${cycle.join(' → ')}.`,
          path,
          span: sources.span(path, { key: true }),
          hint: 'Remove one of these `depends_on` entries; a service cannot wait for itself.',
        })
      } else if (!state.has(target)) visit(target)
    }
    stack.pop()
    state.set(name, 'done')
  }
  for (const name of Object.keys(model.services).sort()) if (!state.has(name)) visit(name)
}
