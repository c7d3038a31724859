import type { Shape } from './describe-schema.js'
import { typeAdmits } from './json-value.js'
import { matchesPath, type PathPattern } from './path-pattern.js'

const LIST_OR_DICT_KEYS = ['environment', 'labels', 'annotations', 'sysctls']
const BUILD_LIST_OR_DICT_KEYS = ['args', 'labels', 'ssh', 'additional_contexts']
const LIST_OR_DICT_HINT = 'Use a mapping of `KEY: value` pairs, or a list of `KEY=value` strings.'

// Hints for a value of the wrong form, where the fix is specific to the field.
const FORM_HINTS: readonly (readonly [PathPattern, string])[] = [
  [['services', '*', 'ports', '#'], 'Write the port as a string such as "8080:80", or as a mapping with `target` (and `published`).'],
  [
    ['services', '*', 'volumes', '#'],
    'Write the mount as a string such as "./data:/data:ro", or as a mapping with `type`, `source` and `target`.',
  ],
  [['services', '*', LIST_OR_DICT_KEYS], LIST_OR_DICT_HINT],
  [['services', '*', 'build', BUILD_LIST_OR_DICT_KEYS], LIST_OR_DICT_HINT],
  [['services', '*', 'depends_on'], 'Use a list of service names, or a mapping from service name to options such as `condition: service_healthy`.'],
  [['services', '*', 'depends_on', '*'], 'Use a mapping such as `condition: service_started`.'],
  [['services', '*', 'healthcheck', 'test'], 'Use a string (run by the shell) or a list such as ["CMD", "curl", "-f", "http://localhost"].'],
  [['services', '*', ['command', 'entrypoint']], 'Use a string, or a list of strings such as ["npm", "start"].'],
  [['services', '*', 'build'], 'Use the build context path as a string, or a mapping with `context` (and `dockerfile`).'],
  [['services', '*', 'env_file'], 'Use a file path, or a list of paths or of mappings with `path`.'],
]

/** A hint for a value of the wrong type or form at `path`, when the field has an obvious fix. */
export function formHint(path: readonly (string | number)[]): string | undefined {
  return FORM_HINTS.find(([pattern]) => matchesPath(path, pattern))?.[1]
}

// Hints for a missing required key: the mapping's path pattern, the key, the hint.
const REQUIRED_HINTS: readonly (readonly [PathPattern, string, string])[] = [
  [
    ['services', '*', 'depends_on', '*'],
    'condition',
    'Add `condition: service_started` (what the list form means), `service_healthy` or `service_completed_successfully`.',
  ],
  [['services', '*', 'volumes', '#'], 'type', 'Add `type: bind` or `type: volume`, or use the short form such as "./data:/data".'],
  [['services', '*', 'extends'], 'service', 'Add `service:` with the name of the service to extend.'],
  [['services', '*', 'ulimits', '*'], 'soft', 'Give both `soft` and `hard`, or a single number for both.'],
  [['services', '*', 'ulimits', '*'], 'hard', 'Give both `soft` and `hard`, or a single number for both.'],
  [['services', '*', 'deploy', 'resources', 'reservations', 'devices', '#'], 'capabilities', 'Add `capabilities`, e.g. `[gpu]`.'],
  [['models', '*'], 'model', 'Add `model:` with the model to use, e.g. `ai/smollm2`.'],
]

/** A hint for the required `key` missing from the mapping at `path`, when there is an obvious one. */
export function requiredHint(path: readonly (string | number)[], key: string): string | undefined {
  return REQUIRED_HINTS.find(([pattern, missing]) => missing === key && matchesPath(path, pattern))?.[2]
}

// Service keys that belong in a section of the service, with the section.
const MISPLACED_SERVICE_KEYS: Readonly<Record<string, string>> = {
  replicas: 'deploy',
  resources: 'deploy',
  restart_policy: 'deploy',
  placement: 'deploy',
  update_config: 'deploy',
  rollback_config: 'deploy',
  endpoint_mode: 'deploy',
  context: 'build',
  dockerfile: 'build',
  args: 'build',
}

/** A hint for an unknown key that belongs one level down, e.g. a service's `replicas` under `deploy`. */
export function misplacedKeyHint(objectPath: readonly (string | number)[], key: string): string | undefined {
  if (!matchesPath(objectPath, ['services', '*'])) return undefined
  const section = Object.prototype.hasOwnProperty.call(MISPLACED_SERVICE_KEYS, key) ? MISPLACED_SERVICE_KEYS[key] : undefined
  return section === undefined ? undefined : `\`${key}\` belongs under \`${section}\`: write it as \`${section}.${key}\`.`
}

/** The hint for infinity or NaN where a number is wanted: YAML, not the user, made it so. */
export const NON_FINITE_HINT = 'YAML reads `.inf`, `.nan` and numbers too large for a double (such as `1e309`) as infinity or NaN; write a finite number.'

/** The hint for a number or boolean where a string is wanted. */
export const QUOTE_HINT = 'Put the value in quotes so YAML reads it as a string.'

/** The hint for a single scalar where a list of such values is wanted: the list, when it is short. */
export function writeAsListHint(value: unknown): string {
  const item = JSON.stringify(value)
  return item.length <= 60 ? `Write it as a list: \`[${item}]\`.` : 'Write it as a list.'
}

/**
 * A hint for a value of the wrong type where YAML is the likely culprit, e.g. a number where
 * a string is wanted, or a single value where a list is. `expected` are the forms the schema
 * allows there.
 */
export function yamlTypeHint(expected: readonly Shape[], value: unknown): string | undefined {
  const types = expected.filter((shape) => !shape.literal)
  const allows = (kind: string): boolean => types.some((shape) => shape.kind === kind)
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return NON_FINITE_HINT
  }
  if (typeof value === 'number' && !Number.isInteger(value) && allows('integer') && !allows('number')) {
    return 'Use a whole number.'
  }
  if (allows('string')) {
    if (typeof value === 'number' || typeof value === 'boolean') return QUOTE_HINT
    return undefined
  }
  if (typeof value === 'string') {
    const numeric = value.trim() !== '' && Number.isFinite(Number(value))
    if (numeric && (allows('number') || (allows('integer') && Number.isInteger(Number(value))))) {
      return 'Remove the quotes so YAML reads it as a number.'
    }
    if (allows('boolean') && /^(?:true|false)$/i.test(value)) return 'Write `true` or `false` without quotes.'
  }
  const listOfValue = types.some((shape) => shape.kind === 'array' && shape.itemKinds?.some((kind) => typeAdmits(kind, value)))
  if (listOfValue && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) return writeAsListHint(value)
  return undefined
}
