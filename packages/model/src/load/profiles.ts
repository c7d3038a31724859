import type { ComposeModel } from '../compose-types.js'
import type { Reporter } from '../report.js'
import type { SourceMap } from '../source-map.js'
import { defineOwn } from '../define-own.js'

/**
 * Drops services whose profiles are all inactive. Services without profiles are always on;
 * `*` activates every profile. Returns the names of the dropped services.
 */
export function applyProfiles(model: ComposeModel, active: readonly string[]): { model: ComposeModel; disabled: Set<string> } {
  const all = active.includes('*')
  const enabled = new Set(active)
  const services: ComposeModel['services'] = {}
  const disabled = new Set<string>()
  for (const [name, service] of Object.entries(model.services)) {
    const profiles = service.profiles ?? []
    if (profiles.length === 0 || all || profiles.some((p) => enabled.has(p))) {
      defineOwn(services, name, service)
    } else disabled.add(name)
  }
  return { model: { ...model, services }, disabled }
}

/** A note that `service` is left out of the conversion because none of its `profiles` is active, as compose leaves it out. */
export function reportInactive(service: string, profiles: readonly string[], sources: SourceMap, reporter: Reporter): void {
  const path = ['services', service]
  const listed = profiles.map((p) => `\`${p}\``).join(', ')
  reporter.add({
    code: 'PROFILE_INACTIVE',
    message: `\`${service}\` is left out: ${profiles.length === 1 ? `its profile ${listed} is not active` : `none of its profiles ${listed} is active`}.`,
    path,
    span: sources.span(path, { key: true }),
    hint: `To convert it, activate ${profiles.length === 1 ? 'it' : 'one'} with \`--profile ${profiles[0]}\` (or COMPOSE_PROFILES=${profiles[0]}).`,
  })
}
