import type { SeverityOverrides } from '@composeform/model'

/**
 * How strict the checker is about attributes ECS cannot honour, after the compose-spec's
 * modes: `default` warns and ignores them, `strict` makes them errors, `loose` says nothing.
 */
export type CheckMode = 'default' | 'strict' | 'loose'

/** Options of `checkEcs`. */
export interface CheckOptions {
  mode?: CheckMode
  /** Per-code severity changes, applied last. */
  severity?: SeverityOverrides
}
