import { parseFastYaml } from './fast-yaml.js'
import { parseWithYaml } from './read-with-yaml.js'
import { DEFAULT_YAML_LIMITS, type ParsedYaml, type YamlLimits } from './yaml-reading.js'

/**
 * Parses YAML text into position-carrying nodes. Never throws for bad input: syntax errors,
 * duplicate keys, unknown tags, aliases to nothing or to themselves, alias bombs and deep
 * nesting come back as problems with spans inside the text, at most `maxProblems` of them
 * (plus one that counts the rest). Time and memory are linear in the text's length.
 */
export function parseYaml(text: string, file: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): ParsedYaml {
  // Most compose files are plain block YAML, read directly; anything else goes through yaml.
  const fast = parseFastYaml(text, file, limits.maxDepth)
  // The direct reader declines every tag.
  if (fast !== undefined) return { documents: [fast], problems: [], tagged: false }
  return parseWithYaml(text, file, limits)
}

