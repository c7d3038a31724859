// Types for generate-x-aws-validators.mjs, so TypeScript tests can import it.

/** The module holding the `AWS_EXTENSIONS` registry. */
export declare const SCHEMAS_FILE: string
/** Where the generated validators are written. */
export declare const VALIDATOR_FILE: string
/** Where their declaration is written. */
export declare const DECLARATION_FILE: string

/** The ajv options the validators are compiled with. */
export declare const AJV_OPTIONS: Readonly<{
  allErrors: true
  messages: false
  $data: true
  allowUnionTypes: true
  strictTypes: true
  code: { source: true; esm: true; lines: false }
}>

/** The export name of an extension's validator: `x-aws-logs_retention` → `validateXAwsLogsRetention`. */
export declare function exportName(extension: string): string

/**
 * Compiles every extension's schema (the `AWS_EXTENSIONS` registry) and returns the validator
 * module and its declaration; the same registry and ajv version always give the same bytes.
 */
export declare function generateXAwsValidators(extensions: { readonly [name: string]: { readonly schema: object } }): { js: string; dts: string }

/** Loads `AWS_EXTENSIONS` from the TypeScript sources (through tsx). */
export declare function loadExtensions(): Promise<{ readonly [name: string]: { readonly schema: object } }>
