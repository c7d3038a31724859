import type { Location } from '../diagnostic.js'

/** The six RFC 6902 operation names. */
export const patchOperationNames = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const

/** An RFC 6902 operation name. */
export type PatchOperationName = (typeof patchOperationNames)[number]

/** One RFC 6902 operation, as JSON: `from` for move/copy, `value` for add/replace/test. */
export interface PatchOperation {
  op: PatchOperationName
  path: string
  from?: string
  value?: unknown
}

/** An operation with where it is written, so a failure can point at it. */
export interface PatchStep {
  operation: PatchOperation
  /** Index in the patch file's list, 0-based (as RFC 6902 tools count). */
  index: number
  /** Where the operation is written. */
  location?: Location
}

/** A JSON Patch file read and checked: its operations in order. */
export interface PatchFile {
  /** The file's name as the caller gave it. */
  file: string
  steps: PatchStep[]
}
