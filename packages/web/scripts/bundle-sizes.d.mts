// Types for bundle-sizes.mjs, so TypeScript tests can import it.

/** The most the conversion core may weigh, minified and gzipped, in bytes. */
export declare const CORE_BUDGET_BYTES: number

/** The parts measured: what each holds, and the module it is bundled from. */
export declare const PARTS: readonly { name: string; what: string; contents: string; options?: Readonly<import('esbuild').BuildOptions> }[]

/** One measured bundle: sizes in bytes, and the minified code itself. */
export interface BundleSize {
  name: string
  what: string
  min: number
  gzip: number
  code: string
  /** Minified bytes by origin: an npm package, `<package> (generated validators)`, or a workspace package. */
  sources: Record<string, number>
}

/** Bundles each part as the page bundles it and returns its sizes, minified and minified + gzipped. */
export declare function measureBundles(): Promise<BundleSize[]>
