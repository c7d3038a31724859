// Types for generate-attribute-support.mjs, so TypeScript tests can import it.

/** The module holding `attributeTable`, and the one holding the conditions it names. */
export declare const TABLE_FILE: string
export declare const CONDITIONS_FILE: string
/** Where the run-time table and its declaration are written. */
export declare const SUPPORT_FILE: string
export declare const SUPPORT_DECLARATION_FILE: string

/** The generated module and its declaration for `table`; `conditions` names the `when` functions an entry may carry. */
export declare function generateAttributeSupport(
  table: readonly (readonly [string, object])[],
  conditions: Readonly<Record<string, (value: unknown) => boolean>>,
): { js: string; dts: string }
