import { Reporter, utf8Length, type ComposeProject, type Diagnostic } from '@composeform/model'
import type { OutputFile } from '@composeform/emit-cfn'

/** The emitters whose files are CloudFormation template bodies. */
export const TEMPLATE_EMITTERS: ReadonlySet<string> = new Set(['cfn-json', 'cfn-yaml'])

/**
 * CloudFormation's limits on a template body, in bytes of UTF-8: what a `CreateStack` request
 * accepts inline (`--template-body`), and what it accepts from an S3 object (`--template-url`,
 * which `aws cloudformation deploy --s3-bucket` uses).
 */
export const TEMPLATE_BODY_LIMITS = { inline: 51_200, s3: 1_000_000 } as const

/**
 * Diagnostics for template files too large to deploy as they are: CFN_TEMPLATE_TOO_LARGE
 * (warning) over the S3 limit, CFN_TEMPLATE_NEEDS_S3 (info) over the inline limit. They point
 * at the top-level `services` key, since the services are what make a template large.
 */
export function templateSizeDiagnostics(files: readonly OutputFile[], project: ComposeProject): Diagnostic[] {
  const reporter = new Reporter('emit')
  const at = { path: ['services'], span: project.sources.span(['services'], { key: true }) }
  for (const file of files) {
    const bytes = utf8Length(file.contents)
    if (bytes > TEMPLATE_BODY_LIMITS.s3) {
      reporter.add({
        ...at,
        code: 'CFN_TEMPLATE_TOO_LARGE',
        message: `\`${file.path}\` is ${digits(bytes)} bytes; CloudFormation accepts a template of at most ${digits(TEMPLATE_BODY_LIMITS.s3)} bytes, even from S3.`,
        hint: 'Convert with `--nested-stacks` (one nested stack per service), or split the services into several compose projects.',
      })
    } else if (bytes > TEMPLATE_BODY_LIMITS.inline) {
      reporter.add({
        ...at,
        code: 'CFN_TEMPLATE_NEEDS_S3',
        message: `\`${file.path}\` is ${digits(bytes)} bytes; \`--template-body\` accepts at most ${digits(TEMPLATE_BODY_LIMITS.inline)}, so deploy it through S3.`,
        hint: 'Deploy with `aws cloudformation deploy --s3-bucket BUCKET`, or upload the template to S3 and pass `--template-url`.',
      })
    }
  }
  return reporter.finish(project.sources.files)
}

// 1234567 → 1,234,567, the same in every locale.
function digits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

