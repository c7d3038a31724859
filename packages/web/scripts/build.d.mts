// Types for build.mjs, so TypeScript tests can import it.
import type { BuildOptions } from 'esbuild'

/** This package's folder. */
export declare const PACKAGE_DIR: string
/** Where `pnpm build` writes the page. */
export declare const DIST_DIR: string
/** The esbuild options every bundle of the page's code uses. */
export declare const BUNDLE_OPTIONS: Readonly<BuildOptions>
/** Puts src/lazy-yaml-reader.ts in place of the loader's full YAML reader. */
export declare const fullYamlOnDemand: Readonly<NonNullable<BuildOptions['plugins']>[number]>
/** The options of app.js and of the parts measured in it: BUNDLE_OPTIONS with `fullYamlOnDemand`. */
export declare const PAGE_BUNDLE_OPTIONS: Readonly<BuildOptions>
/** The global name yaml-reader.js defines. */
export declare const FULL_YAML_READER_GLOBAL: string
/** Builds the page into `outDir` (default dist/, emptied first): app.js, yaml-reader.js, index.html, styles.css. */
export declare function buildPage(options?: { outDir?: string }): Promise<{ outDir: string; files: string[] }>
