import type { Emitter } from '@composeform/emit-cfn'

/**
 * Emitters by name. `convert` looks names up here; a third party registers its own emitter
 * (any object with a `name` and a pure `emit(graph, options)`) and asks for it by name.
 */
export class EmitterRegistry {
  readonly #emitters = new Map<string, Emitter>()

  constructor(emitters: Iterable<Emitter> = []) {
    for (const emitter of emitters) this.register(emitter)
  }

  /** Adds an emitter; a name can be registered once. */
  register(emitter: Emitter): this {
    if (this.#emitters.has(emitter.name)) throw new Error(`an emitter named ${emitter.name} is already registered`)
    this.#emitters.set(emitter.name, emitter)
    return this
  }

  /** The emitter with this name, if any. */
  get(name: string): Emitter | undefined {
    return this.#emitters.get(name)
  }

  /** Every registered name, sorted. */
  names(): string[] {
    return [...this.#emitters.keys()].sort()
  }
}
