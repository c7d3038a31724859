import type { ConvertOptions, ConvertResult } from './convert-options.js'
import { runPipeline } from './pipeline.js'

/** What `convertCompose` can be told: `convert`'s options without the migration and overlay steps. */
export type ComposeConvertOptions = Omit<ConvertOptions, 'ecsParams' | 'patches' | 'nestedStacks'>

/**
 * `convert` for compose files alone: the same pipeline and the same output, without the
 * ecs-params migration, JSON patches and nested stacks, whose code a bundle that calls only
 * this (the playground) leaves out. Without a `registry` it knows the deployment emitters
 * (cfn-yaml, cfn-json, ecs-json, ecs-services-json); graph-json and mermaid need one
 * (`createEmitterRegistry()`), or `convert`.
 */
export function convertCompose(options: ComposeConvertOptions = {}): ConvertResult {
  return runPipeline(options, {})
}
