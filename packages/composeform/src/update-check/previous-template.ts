import { isJsonObject, parseCfnYaml, type JsonObject } from '@composeform/emit-cfn'
import { Reporter, SourceFiles, type Staged } from '@composeform/model'

/** A template as the caller read it: the one deployed now (the library does no I/O). */
export interface TemplateSource {
  /** The file's name as diagnostics should show it. */
  path: string
  /** CloudFormation JSON or YAML, short-form intrinsics included. */
  text: string
}

/**
 * Reads the deployed template that `previous` names: JSON or YAML (or `aws cloudformation
 * get-template` output, whose `TemplateBody` it is), intrinsics in their long form. Text that
 * is not a template with `Resources` is PREVIOUS_TEMPLATE_INVALID, at the YAML problem when
 * there is one, and so is the root template of nested stacks.
 */
export function readPreviousTemplate(source: TemplateSource): Staged<JsonObject | undefined> {
  const reporter = new Reporter('load')
  const files = new SourceFiles()
  files.add(source.path, source.text)
  const invalid = (why: string, start = 0, end = 0): Staged<undefined> => {
    reporter.add({ code: 'PREVIOUS_TEMPLATE_INVALID', message: `The previous template \`${source.path}\` ${why}.`, path: [], span: { file: source.path, start, end }, hint: 'Give the template composeform wrote for the deployed stack (cfn-json or cfn-yaml), or `aws cloudformation get-template` output.' })
    return { value: undefined, diagnostics: reporter.finish(files) }
  }
  let template: unknown
  try {
    template = parseCfnYaml(source.text)
  } catch (error) {
    const pos = (error as { pos?: [number, number] }).pos ?? [0, 0]
    return invalid(`is not JSON or YAML: ${firstLine(error)}`, pos[0], pos[1])
  }
  // `aws cloudformation get-template` wraps the template, as text when it was YAML.
  let body = isJsonObject(template) && 'TemplateBody' in template ? template['TemplateBody'] : template
  if (typeof body === 'string') {
    try {
      body = parseCfnYaml(body)
    } catch (error) {
      return invalid(`has a \`TemplateBody\` that is not JSON or YAML: ${firstLine(error)}`)
    }
  }
  if (!isJsonObject(body) || !isJsonObject(body['Resources'])) return invalid('has no `Resources` mapping')
  // The resources of a split project are in the stacks it names, which this template does not hold.
  const stacks = Object.keys(body['Resources']).filter((id) => {
    const resource = (body as { Resources: JsonObject }).Resources[id]
    return isJsonObject(resource) && resource['Type'] === 'AWS::CloudFormation::Stack'
  })
  if (stacks.length > 0) {
    reporter.add({
      code: 'PREVIOUS_TEMPLATE_INVALID',
      message: `The previous template \`${source.path}\` is the root of nested stacks (${stacks.slice(0, 3).map((id) => `\`${id}\``).join(', ')}${stacks.length > 3 ? ', …' : ''}): the services are in those stacks, which it cannot be compared with. Moving them into one template in one update would also fail, as each resource with a fixed name or port is created before the nested stack holding it is deleted.`,
      path: [],
      span: { file: source.path, start: 0, end: 0 },
      hint: 'Keep converting with --nested-stacks for that stack (without --previous), or deploy the single template as a new stack.',
    })
    return { value: undefined, diagnostics: reporter.finish(files) }
  }
  return { value: body, diagnostics: [] }
}

// The parser's first line, without the colon that leads into its code frame.
function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0]!.replace(/:$/, '')
}
