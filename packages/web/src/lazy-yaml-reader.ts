// Stands in for the loader's full YAML reader (packages/model/src/yaml/read-with-yaml.ts) in
// the page's bundle: scripts/build.mjs puts this module in its place, so that `yaml`'s
// composer (a quarter of the conversion core) is loaded only when a file needs it.
import type { ParsedYaml, YamlLimits } from '@composeform/model'

/** The global under which `yaml-reader.js` puts the full reader (its IIFE's global name). */
export const FULL_YAML_READER_GLOBAL = 'composeformYamlReader'

/**
 * Thrown by the stand-in when a file needs the full reader and `yaml-reader.js` is not
 * loaded yet: the page loads it and converts again. Nothing in the library catches it.
 */
export class FullYamlReaderNeeded extends Error {
  constructor() {
    super('the full YAML reader (yaml-reader.js) is not loaded yet')
    this.name = 'FullYamlReaderNeeded'
  }
}

type FullReader = (text: string, file: string, limits?: YamlLimits) => ParsedYaml

/** The full reader's stand-in: the loaded reader, or `FullYamlReaderNeeded`. */
export function parseWithYaml(text: string, file: string, limits?: YamlLimits): ParsedYaml {
  const loaded = (globalThis as { [FULL_YAML_READER_GLOBAL]?: { parseWithYaml: FullReader } })[FULL_YAML_READER_GLOBAL]
  if (!loaded) throw new FullYamlReaderNeeded()
  return loaded.parseWithYaml(text, file, limits)
}
