import { join } from 'node:path'
import { parseCfnYaml, TEMPLATE_BODY_LIMITS } from 'composeform'

interface TemplateFile {
  path: string
  contents: string
}

interface TemplateShape {
  Parameters?: Record<string, { Default?: unknown }>
  Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }>
}

// IAM resources with a name of the user's need CAPABILITY_NAMED_IAM instead of CAPABILITY_IAM.
const IAM_NAMES = ['RoleName', 'UserName', 'GroupName', 'ManagedPolicyName', 'InstanceProfileName']

/**
 * The AWS CLI commands that deploy what `convert -o DIR` wrote: `aws cloudformation deploy`
 * of the main template (YAML if written, else JSON; after `aws cloudformation package` when
 * there are nested stacks; through an S3 bucket when it is over CloudFormation's inline
 * limit of 51,200 bytes), the project as the stack name, the capabilities its IAM
 * resources need, and `--parameter-overrides` with every parameter that has no default: a
 * value given with `--param` filled in, `…` for the others. Empty when no template was written.
 */
export function deployCommands(dir: string, files: readonly TemplateFile[], projectName: string, params: Readonly<Record<string, string>>): string[] {
  const main = files.find((f) => f.path === 'template.yaml') ?? files.find((f) => f.path === 'template.json')
  if (!main) return []
  const templates = files.filter((f) => f.path === main.path || (f.path.startsWith('stacks/') && f.path.endsWith(main.path.slice(main.path.lastIndexOf('.'))))).map((f) => read(f))
  const resources = templates.flatMap((t) => Object.values(t.Resources ?? {}))
  const iam = resources.filter((r) => r.Type?.startsWith('AWS::IAM::'))
  const capability = iam.some((r) => IAM_NAMES.some((name) => r.Properties?.[name] !== undefined)) ? 'CAPABILITY_NAMED_IAM' : iam.length > 0 ? 'CAPABILITY_IAM' : undefined
  const required = Object.entries(templates[0]!.Parameters ?? {}).filter(([, p]) => p.Default === undefined).map(([name]) => name)
  const nested = templates.length > 1
  const templateFile = join(dir, nested ? `packaged${main.path.slice(main.path.lastIndexOf('.'))}` : main.path)
  const deploy = [
    'aws cloudformation deploy',
    `--template-file ${quote(templateFile)}`,
    `--stack-name ${stackName(projectName)}`,
    // The CLI uploads a template body over CloudFormation's inline limit through S3 (TEMPLATE_BODY_LIMITS).
    ...(Buffer.byteLength(main.contents) > TEMPLATE_BODY_LIMITS.inline ? ['--s3-bucket …'] : []),
    ...(capability ? [`--capabilities ${capability}`] : []),
    ...(required.length > 0 ? [`--parameter-overrides ${required.map((name) => `${name}=${name in params ? quote(params[name]!) : '…'}`).join(' ')}`] : []),
  ].join(' ')
  const pack = `aws cloudformation package --template-file ${quote(join(dir, main.path))} --s3-bucket … --output-template-file ${quote(templateFile)}`
  return nested ? [pack, deploy] : [deploy]
}

function read(file: TemplateFile): TemplateShape {
  const parsed = file.path.endsWith('.json') ? JSON.parse(file.contents) : parseCfnYaml(file.contents)
  return (parsed ?? {}) as TemplateShape
}

// A stack name starts with a letter and holds letters, digits and `-`; a project name may also hold `_`.
function stackName(project: string): string {
  const name = project.replace(/_/g, '-')
  return /^[A-Za-z]/.test(name) ? name : `stack-${name}`
}

function quote(text: string): string {
  return /^[\w.,:/@=+%-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}
