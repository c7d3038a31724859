import type { Json } from './json.js'

/**
 * A template section keyed by logical id (`Resources`, `Outputs`, …) as its entries in
 * order, each value made when it is asked for: what `unrenderedTemplate` gives the YAML
 * writer instead of an object with one key per id. Such an object, with thousands of keys,
 * was kept by V8 as a hash table larger than its young generation takes, and every id
 * became an entry of the engine's table of internalized strings on the way: without it, YAML
 * emission is 1.15× faster at N=1000 services, and the same at N=100.
 */
export class IdSection {
  constructor(
    /** The ids, sorted and distinct. */
    readonly ids: readonly string[],
    /** The value of the entry at `index`. */
    readonly valueAt: (index: number) => Json,
  ) {}
}
