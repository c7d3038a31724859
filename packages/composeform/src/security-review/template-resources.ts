import { isJsonObject, type Json, type JsonObject, type Template } from '@composeform/emit-cfn'

/** One resource of a template, with its properties as an object (empty when absent). */
export interface TemplateResource {
  readonly id: string
  readonly type: string
  readonly properties: JsonObject
  readonly condition?: string
}

/** The resources of a template, sorted by logical id; entries that are not resources are skipped. */
export function templateResources(template: Template): TemplateResource[] {
  const resources = isJsonObject(template.Resources) ? template.Resources : {}
  return Object.keys(resources)
    .sort()
    .flatMap((id) => {
      const resource: Json | undefined = resources[id]
      if (!isJsonObject(resource) || typeof resource['Type'] !== 'string') return []
      const properties = isJsonObject(resource['Properties']) ? resource['Properties'] : {}
      const condition = typeof resource['Condition'] === 'string' ? resource['Condition'] : undefined
      return [{ id, type: resource['Type'], properties, ...(condition ? { condition } : {}) }]
    })
}
