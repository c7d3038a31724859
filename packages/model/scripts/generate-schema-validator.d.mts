// Types for generate-schema-validator.mjs, so TypeScript tests can import it.

/** Where the vendored schema lives. */
export declare const SCHEMA_FILE: string
/** Where the generated validator is written. */
export declare const VALIDATOR_FILE: string
/** Where its declaration is written. */
export declare const DECLARATION_FILE: string

/** The ajv options the validator is compiled with. */
export declare const AJV_OPTIONS: Readonly<{
  allErrors: true
  allowUnionTypes: true
  strictTypes: false
  inlineRefs: false
  messages: false
  code: { source: true; esm: true; lines: false }
}>

/** Keywords that only annotate a schema; they are left out of the compiled schema. */
export declare const ANNOTATION_KEYWORDS: readonly string[]

/** The schema without annotation keywords, at any depth (names and `enum`/`const` data are kept). */
export declare function withoutAnnotations<T>(schema: T): T

/**
 * Compiles the schema text (by default the vendored file) and returns the validator module and
 * its declaration; the same schema text and ajv version always give the same bytes.
 */
export declare function generateSchemaValidator(schemaText?: string): { js: string; dts: string }

/**
 * Rewrites each of ajv's four-statement error reports in standalone code into one call to
 * `reportError` or, for an error of unusual form, `pushError` (both declared at the end); throws
 * when an error is reported in any other form.
 */
export declare function compactErrorPushes(code: string): string

/** The `pushError` helper that {@link compactErrorPushes} appends. */
export declare const PUSH_ERROR: string

/** The `reportError` helper that {@link compactErrorPushes} appends (it calls `pushError`). */
export declare const REPORT_ERROR: string

/** Standalone code without the `parentData`, `parentDataProperty` and `rootData` options when it never reads them. */
export declare function withoutUnusedParentData(code: string): string

/** Standalone code with each `require` of an ajv run-time helper made an import (listed in `imports`). */
export declare function importAjvRuntime(code: string): { code: string; imports: string[] }

/** Standalone code with pointer escapes and appended errors made calls to helpers (declared at the end when used). */
export declare function compactRepeatedCode(code: string): string

/** Standalone code with each pattern that errors report declared once, as a string its expression and the errors' params share. */
export declare function sharedPatternSources(code: string): string

/**
 * Standalone code (after the definitions' constants point into the root, `rootName`) with each
 * list an error reads from the schema (`{type: schema10.properties.attach.type}`,
 * `{allowedValues: …enum}`) written out, and the constants nothing reads any more left out;
 * throws unless each path resolves to an array in `root`.
 */
export declare function literalListParams(code: string, root: object, rootName: string): string
