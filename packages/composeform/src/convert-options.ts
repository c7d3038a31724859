import type { EnvironmentMode } from '@composeform/convert'
import type { OutputFile } from '@composeform/emit-cfn'
import type { ComposeProject, Diagnostic, EcsParamsSource, LoadOptions, ResourceGraph, SeverityOverrides, SourceHost } from '@composeform/model'
import type { CheckMode, EcsProject } from '@composeform/validate'
import type { EmitterRegistry } from './emitter-registry.js'
import type { PatchSource } from './patches.js'
import type { TemplateSource } from './update-check/previous-template.js'

/**
 * Everything `convert` can be told. Only `files` plus one of `sources`/`host` are needed; the
 * loader's options (environment, env files, profiles, project name and directory, size limits)
 * are the same as `loadProject`'s.
 */
export interface ConvertOptions extends Partial<Omit<LoadOptions, 'files' | 'host'>> {
  /** Compose files in order; the first is the main file. Default `['compose.yaml']`. */
  files?: readonly string[]
  /** In-memory files by path (a browser's editor tabs, a test). */
  sources?: Readonly<Record<string, string>> | ReadonlyMap<string, string>
  /** Or any SourceHost (the CLI passes a file-system one). */
  host?: SourceHost
  /** `default` warns about attributes ECS ignores, `strict` fails on them, `loose` is silent. */
  mode?: CheckMode
  /** Per-code severity changes, for every stage. */
  severity?: SeverityOverrides
  /** Values for the template's parameters, for emitters that resolve them (ecs-json). */
  parameters?: Readonly<Record<string, string>>
  /** Parameters (default) or literal VPC/subnets. */
  deployEnvironment?: EnvironmentMode
  /** Emitter names to run, default `['cfn-yaml']`. */
  emit?: readonly string[]
  /**
   * Split the CloudFormation templates into nested stacks, one per ECS service
   * (`stacks/<S>Stack.yaml` beside the root template), for projects over CloudFormation's
   * 500 resources per stack. Deploy with `aws cloudformation package` first.
   */
  nestedStacks?: boolean
  /** Options per emitter name. */
  emitterOptions?: Readonly<Record<string, Record<string, unknown>>>
  /** Emitters to choose from; default the built-in ones (`convertCompose`: the deployment ones). */
  registry?: EmitterRegistry
  /**
   * RFC 6902 JSON Patch files applied in order to the CloudFormation template, after the
   * `x-aws-cloudformation` overlay. Only cfn-json and cfn-yaml see them; ECS JSON and the
   * graph describe what composeform generated.
   */
  patches?: readonly PatchSource[]
  /**
   * An ecs-cli `ecs-params.yml`, mapped onto the loaded project before the ECS check (see
   * `applyEcsParams`); `result.project` is then the mapped project.
   */
  ecsParams?: EcsParamsSource
  /**
   * The template of the stack deployed now (CloudFormation JSON or YAML, or `aws
   * cloudformation get-template` output): what updating it to the new template would break is
   * reported (UPDATE_FAILS, UPDATE_REPLACES; see docs/updates.md). Not with `nestedStacks`.
   */
  previous?: TemplateSource
}

/** What `convert` returns: the files (when nothing failed), every diagnostic, and each stage's value. */
export interface ConvertResult {
  files: OutputFile[]
  diagnostics: Diagnostic[]
  project: ComposeProject
  ecs?: EcsProject
  graph?: ResourceGraph
}

