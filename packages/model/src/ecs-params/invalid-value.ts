import type { Reporter } from '../report.js'
import type { ParseFailure } from '../syntax/result.js'
import type { Node } from '../yaml/node.js'

/** Reports an ecs-params.yml value that could not be read, at `node`, under its key path `from`. */
export type InvalidValue = (node: Node, from: readonly string[], failure: ParseFailure) => void

/** An `InvalidValue` that reports ECS_PARAMS_INVALID on `reporter`. */
export function invalidValueReporter(reporter: Reporter): InvalidValue {
  return (node, from, failure) =>
    reporter.add({
      code: 'ECS_PARAMS_INVALID',
      message: `\`${from.join('.')}\`: ${failure.message}.`,
      path: [...from],
      span: node,
      // The shared short-syntax parsers write hints as sentence fragments.
      hint: failure.hint === undefined ? undefined : failure.hint.charAt(0).toUpperCase() + failure.hint.slice(1),
    })
}
