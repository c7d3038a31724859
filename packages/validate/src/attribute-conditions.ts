/**
 * The conditions under which an `incompatible` attribute of the table is reported, by value.
 * Named and kept here so that the generated run-time table (`generated/attribute-support.js`)
 * can import them by name.
 */
export const attributeConditions = {
  /** `true` only (`privileged: true`). */
  isTrue: (v: unknown): boolean => v === true,
  /** Anything but absent, null, false or an empty list. */
  nonEmpty: (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== false),
} as const
