import type { ComposeService, Path, Reporter, SourceMap } from '@composeform/model'
import type { EcsService } from '@composeform/validate'

/**
 * Parts of the mapping that are not converted yet. Each is an error at the attribute, so a
 * template is never produced with a part silently missing. Secrets and configs are
 * converted on Linux; on Windows the busybox init container that writes them cannot run.
 */
export function reportNotYetConverted(name: string, service: ComposeService, ecs: EcsService, reporter: Reporter, sources: SourceMap): void {
  const report = (path: Path, what: string) =>
    reporter.add({
      code: 'NOT_YET_SUPPORTED',
      message: `composeform cannot convert ${what} yet, so \`${name}\` would run without it.`,
      path,
      span: sources.span(path, { key: true }),
      hint: 'Remove it to convert the rest, or add the resource through `x-aws-cloudformation` for now.',
    })
  if (service.secrets?.length && ecs.runtimePlatform.operatingSystemFamily !== 'LINUX') report(['services', name, 'secrets'], '`secrets` of a Windows task')
  if (service.configs?.length && ecs.runtimePlatform.operatingSystemFamily !== 'LINUX') report(['services', name, 'configs'], '`configs` of a Windows task')
}

