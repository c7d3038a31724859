import { stringify } from 'yaml'
import type { ComposeModel } from '@composeform/model'

/** The normalised model in `docker compose config`'s layout: empty sections left out, `x-*` at the top. */
export function configDocument(model: ComposeModel): Record<string, unknown> {
  const doc: Record<string, unknown> = { name: model.name, services: model.services }
  for (const key of ['networks', 'volumes', 'secrets', 'configs'] as const) {
    if (Object.keys(model[key]).length > 0) doc[key] = model[key]
  }
  const models = (model as ComposeModel & { models?: unknown }).models
  if (models !== undefined) doc.models = models
  for (const [key, value] of Object.entries(model.extensions)) doc[key] = value
  return doc
}

/** `composeform config`: the normalised compose application as YAML (default) or JSON. */
export function renderConfig(model: ComposeModel, format: 'yaml' | 'json'): string {
  const doc = configDocument(model)
  return format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })
}
