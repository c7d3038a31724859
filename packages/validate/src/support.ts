import type { DiagnosticCode } from '@composeform/model'

/**
 * How one compose attribute fares on ECS/Fargate.
 * - `mapped`: converted to the ECS/CloudFormation property named in `to`.
 * - `checked`: mapped, and a rule (see `rules/`) checks its value.
 * - `ignored`: has no ECS equivalent; reported as UNSUPPORTED_ATTRIBUTE (warning, or error
 *   in strict mode, or nothing in loose mode) and left out of the output.
 * - `not-applicable`: only means something to a local `docker compose`; reported as info.
 * - `incompatible`: cannot work on Fargate; always an error with its own code.
 * - `covered`: decided elsewhere (by the loader, or by the rule of its parent attribute).
 */
export type Support =
  | { status: 'mapped'; to: string }
  | { status: 'checked'; to: string; rule: string }
  | { status: 'ignored'; why: string }
  | { status: 'not-applicable'; why: string }
  | { status: 'incompatible'; code: DiagnosticCode; why: string; hint: string; when?: (value: unknown) => boolean }
  | { status: 'covered'; why: string }

/** Maps the attribute to an ECS/CloudFormation property. */
export const mapped = (to: string): Support => ({ status: 'mapped', to })
/** Mapped, with value checks done by the named rule. */
export const checked = (to: string, rule: string): Support => ({ status: 'checked', to, rule })
/** No ECS equivalent: warned about and left out. */
export const ignored = (why: string): Support => ({ status: 'ignored', why })
/** Only meaningful to a local docker compose. */
export const notApplicable = (why: string): Support => ({ status: 'not-applicable', why })
/** Cannot work on Fargate (when `when` says so for the value). */
export const incompatible = (code: DiagnosticCode, why: string, hint: string, when?: (value: unknown) => boolean): Support =>
  when ? { status: 'incompatible', code, why, hint, when } : { status: 'incompatible', code, why, hint }
/** Decided elsewhere: by the loader, or by the rule of the parent attribute. */
export const covered = (why: string): Support => ({ status: 'covered', why })

/**
 * What the checker needs of a table entry at run time: the documentation's texts (`to`, a
 * `checked` rule's name, a `covered` reason) left out.
 */
export type RuntimeSupport =
  | { status: 'mapped' | 'checked' | 'covered' }
  | { status: 'ignored' | 'not-applicable'; why: string }
  | { status: 'incompatible'; code: DiagnosticCode; why: string; hint: string; when?: (value: unknown) => boolean }
