import type { Value } from '@composeform/model'
import type { Evaluated, NoValue } from './evaluated.js'
import type { MissingValue } from './missing-values.js'
import type { Placeholder } from './placeholder.js'

/**
 * What evaluating the values of one resource can ask for. Placeholders made through a scope
 * are reported at the compose path of that resource.
 */
export interface Scope {
  /** A graph value, evaluated. */
  value(value: Value): Evaluated | NoValue
  /** A `Ref` (`attribute` undefined) or `Fn::GetAtt`. */
  reference(id: string, attribute: string | undefined): Evaluated | NoValue
  /** A value the user gave for something the template would create (`ResolveOptions.resources`). */
  given(name: string): string | undefined
  /** A named condition: `undefined` when it depends on a value nobody gave. */
  condition(name: string): boolean | undefined
  /** Reports `missing` and returns its placeholder (`list` for a value that is a list). */
  placeholder(missing: MissingValue, list?: boolean): Placeholder
}
