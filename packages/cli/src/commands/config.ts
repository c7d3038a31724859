import { Schema, stringify } from 'yaml'
import type { ComposeModel } from '@composeform/model'
import { withComposeUnits } from './config-units.js'

/**
 * The normalised model in `docker compose config`'s layout and units (durations such as `1m30s`,
 * byte sizes as strings, a literal `$` as `$$`), which the loader reads back to the same model:
 * empty sections left out, `x-*` at the top.
 */
export function configDocument(model: ComposeModel): Record<string, unknown> {
  const services = Object.fromEntries(Object.entries(model.services).map(([name, service]) => [name, withComposeUnits(service)]))
  const doc: Record<string, unknown> = { name: model.name, services }
  for (const key of ['networks', 'volumes', 'secrets', 'configs'] as const) {
    if (Object.keys(model[key]).length > 0) doc[key] = model[key]
  }
  const models = (model as ComposeModel & { models?: unknown }).models
  if (models !== undefined) doc.models = models
  for (const [key, value] of Object.entries(model.extensions)) doc[key] = value
  return escapeDollars(doc) as Record<string, unknown>
}

// A `$` left in a value after interpolation is the user's own (written `$$`); written as `$$`
// again, so that loading the output does not interpolate it.
function escapeDollars(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('$') ? value.replaceAll('$', '$$$$') : value
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(escapeDollars)
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, escapeDollars(v)]))
}

// Text that a YAML 1.1 reader (docker compose's, PyYAML) or a YAML 1.2 core reader takes for
// something else (`no`, `on`, `0755`, `0o17`) is quoted: written as YAML 1.1, with the core
// schema's scalar tests added.
const CORE_SCALARS = new Schema({ schema: 'core' }).tags.filter((tag) => tag.test !== undefined)

/** `composeform config`: the normalised compose application as YAML (default) or JSON. */
export function renderConfig(model: ComposeModel, format: 'yaml' | 'json'): string {
  const doc = configDocument(model)
  return format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1', customTags: (tags) => [...tags, ...CORE_SCALARS] })
}
