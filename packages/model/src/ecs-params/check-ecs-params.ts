import type { Reporter } from '../report.js'
import { didYouMean } from '../schema/did-you-mean.js'
import { quote } from '../syntax/result.js'
import type { Node, Span } from '../yaml/node.js'
import type { KeySpec } from './ecs-params-spec.js'

const EXPECTED: Readonly<Record<string, string>> = {
  map: 'a mapping',
  services: 'a mapping of service names',
  string: 'a string',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  size: 'a string or a number',
  strings: 'a list of strings',
  command: 'a string or a list of strings',
}

/**
 * Checks an ecs-params.yml node tree against `spec`: unknown keys (with the nearest known
 * one), values of the wrong kind, and keys composeform cannot honour, each reported where it
 * is written. An empty value (`key:`) counts as absent, as it did for ecs-cli.
 */
export function checkEcsParams(node: Node, spec: KeySpec, path: readonly string[], reporter: Reporter, keySpan: Span = node): void {
  if (node.kind === 'scalar' && node.value === null && path.length > 0) return
  const at = path.join('.')
  switch (spec.kind) {
    case 'unsupported':
      reporter.add({ code: 'ECS_PARAMS_UNSUPPORTED', message: `\`${at}\` has no equivalent in composeform and is ignored.`, path: [...path], span: keySpan, hint: spec.hint })
      return
    case 'map':
    case 'services':
      if (node.kind !== 'map') return wrongKind(node, spec, path, reporter)
      for (const [key, entry] of node.entries) {
        const child = spec.kind === 'services' ? spec.entry : Object.hasOwn(spec.keys, key) ? spec.keys[key] : undefined
        if (child === undefined) {
          const suggestion = spec.kind === 'map' ? didYouMean(key, Object.keys(spec.keys)) : undefined
          reporter.add({
            code: 'ECS_PARAMS_UNKNOWN_KEY',
            message: `${at === '' ? 'ecs-params.yml' : `\`${at}\``} has no key ${quote(key)}; it is ignored.`,
            path: [...path, key],
            span: entry,
            hint: suggestion !== undefined ? `Did you mean \`${suggestion}\`?` : `Known keys here: ${Object.keys(spec.kind === 'map' ? spec.keys : {}).join(', ')}.`,
          })
          continue
        }
        checkEcsParams(entry.value, child, [...path, key], reporter, entry)
      }
      return
    case 'strings':
      if (node.kind !== 'seq' || node.items.some((i) => i.kind !== 'scalar' || typeof i.value !== 'string')) wrongKind(node, spec, path, reporter)
      return
    case 'command':
      if (node.kind === 'scalar' && typeof node.value === 'string') return
      if (node.kind !== 'seq' || node.items.some((i) => i.kind !== 'scalar' || typeof i.value !== 'string')) wrongKind(node, spec, path, reporter)
      return
    default: {
      const v = node.kind === 'scalar' ? node.value : undefined
      const fits =
        spec.kind === 'boolean' ? typeof v === 'boolean' : spec.kind === 'integer' ? Number.isInteger(v) : spec.kind === 'string' ? typeof v === 'string' || typeof v === 'number' : typeof v === 'string' || typeof v === 'number'
      if (!fits) wrongKind(node, spec, path, reporter)
    }
  }
}

function wrongKind(node: Node, spec: KeySpec, path: readonly string[], reporter: Reporter): void {
  reporter.add({
    code: 'ECS_PARAMS_INVALID',
    message: `\`${path.join('.') || 'ecs-params.yml'}\` must be ${EXPECTED[spec.kind] ?? 'something else'}.`,
    path: [...path],
    span: node,
    hint: 'See docs/migrating-from-ecs-cli.md for the form of each key.',
  })
}
