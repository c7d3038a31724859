import type { ComposeService, Path, Reporter, SourceMap } from '@composeform/model'

/**
 * Parts of the mapping that are not converted yet. Each is an error at the attribute, so a
 * template is never produced with a volume, secret or config silently missing.
 */
export function reportNotYetConverted(name: string, service: ComposeService, reporter: Reporter, sources: SourceMap): void {
  const report = (path: Path, what: string) =>
    reporter.add({
      code: 'NOT_YET_SUPPORTED',
      message: `composeform cannot convert ${what} yet, so \`${name}\` would run without it.`,
      path,
      span: sources.span(path, { key: true }),
      hint: 'Remove it to convert the rest, or add the resource through `x-aws-cloudformation` for now.',
    })
  service.volumes?.forEach((v, i) => {
    if (v.type === 'volume') report(['services', name, 'volumes', i], v.source ? `the volume \`${v.source}\` (EFS)` : 'anonymous volumes')
  })
  if (service.secrets?.length) report(['services', name, 'secrets'], '`secrets`')
  if (service.configs?.length) report(['services', name, 'configs'], '`configs`')
  const reservations = service.deploy?.resources?.reservations
  if (reservations?.devices?.length || reservations?.generic_resources?.length || service.gpus) {
    report(['services', name, service.gpus ? 'gpus' : 'deploy'], 'GPU reservations (EC2 capacity)')
  }
}
