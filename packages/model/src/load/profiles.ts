import type { ComposeModel } from '../compose-types.js'

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
      Object.defineProperty(services, name, { value: service, enumerable: true, writable: true, configurable: true })
    } else disabled.add(name)
  }
  return { model: { ...model, services }, disabled }
}
