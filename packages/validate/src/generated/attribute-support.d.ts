// Generated from src/attribute-table.ts by scripts/generate-attribute-support.mjs; do not edit.
import type { PathPattern } from '@composeform/model'
import type { RuntimeSupport } from '../support.js'

/** The attribute table as the checker walks it: each pattern with its run-time support. */
export declare const attributeSupport: readonly (readonly [PathPattern, RuntimeSupport])[]
