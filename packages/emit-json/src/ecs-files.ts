import { boundedName, type ResourceGraph, type ResourceNode, type Staged } from '@composeform/model'
import type { OutputFile } from '@composeform/emit-cfn'
import { toApiObject } from './api-keys.js'
import { fileStem } from './compose-service.js'
import { jsonFile, type JsonObject } from './json.js'
import type { ResolveOptions } from './resolve-options.js'
import { Resolver } from './resolver.js'

/** Which resources become files, how the files are named, and what each file holds. */
export interface EcsFileKind {
  /** The CloudFormation type of the resources, e.g. `AWS::ECS::TaskDefinition`. */
  readonly type: string
  /** The file name's middle part: `ecs/<service>.<suffix>.json`. */
  readonly suffix: string
  /** The file's object from the resource and its resolved properties in the API's shape. */
  readonly shape: (node: ResourceNode, properties: JsonObject) => JsonObject
}

/**
 * One `ecs/<service>.<suffix>.json` per resource of `kind.type` that exists under the
 * options' parameter values, sorted by path: its properties resolved (see `Resolver`),
 * renamed to the ECS API's keys (see `toApiShape`), shaped by `kind.shape`. A second resource
 * for the same service is named by its logical id instead. A name that would make the file's
 * name longer than 255 bytes is cut, with a hash of the whole name (see `boundedName`).
 */
export function emitEcsFiles(graph: ResourceGraph, options: Partial<ResolveOptions>, kind: EcsFileKind): Staged<OutputFile[]> {
  const resolver = new Resolver(graph, options)
  const files: OutputFile[] = []
  const paths = new Set<string>()
  for (const node of graph.nodes) {
    if (node.type !== kind.type || !resolver.exists(node)) continue
    // A file name has at most 255 bytes; stems are ASCII (see `fileStem`), so a byte is a character.
    const name = (stem: string) => `ecs/${boundedName(stem, 249 - kind.suffix.length)}.${kind.suffix}.json`
    const path = paths.has(name(fileStem(node))) ? name(node.id) : name(fileStem(node))
    paths.add(path)
    files.push({ path, contents: jsonFile(kind.shape(node, toApiObject(resolver.properties(node)))) })
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { value: files, diagnostics: resolver.diagnostics() }
}
