// Types for build.mjs, so TypeScript tests can import it.
import type { BuildOptions } from 'esbuild'

/** This package's folder. */
export declare const PACKAGE_DIR: string
/** Where `pnpm build` writes the page. */
export declare const DIST_DIR: string
/** The esbuild options every bundle of the page's code uses. */
export declare const BUNDLE_OPTIONS: Readonly<BuildOptions>
/** Builds the page into `outDir` (default dist/, emptied first): app.js, index.html, styles.css. */
export declare function buildPage(options?: { outDir?: string }): Promise<{ outDir: string; files: string[] }>
