import { mergeNodes } from '../merge/merge-nodes.js'
import type { Path } from '../diagnostic.js'
import type { Span } from '../yaml/node.js'
import { parseYaml } from '../yaml/parse-yaml.js'
import type { MapNode } from '../yaml/node.js'
import type { LoadContext } from './context.js'
import { readLimited } from './read-limited.js'

/**
 * Reads and parses one compose file. Several YAML documents in one file are merged in order,
 * as compose does. Returns undefined (with a diagnostic) when the file is missing, empty,
 * not YAML or not a mapping.
 */
export function readComposeFile(file: string, ctx: LoadContext, from?: { path: Path; span?: Span }): MapNode | undefined {
  const clean = readLimited(file, 'compose', ctx, from)
  if (clean === 'refused') return undefined
  if (clean === undefined) {
    ctx.reporter.add({
      code: 'FILE_NOT_FOUND',
      message: `The compose file \`${file}\` does not exist.`,
      path: from?.path ?? [],
      span: from?.span,
      hint: 'Check the path; relative paths are resolved against the directory of the file that names them.',
    })
    return undefined
  }
  ctx.sources.add(file, clean)
  const parsed = parseYaml(clean, file)
  if (parsed.tagged !== false) ctx.mergeTags = true
  for (const problem of parsed.problems) {
    ctx.reporter.add({ code: problem.code, message: problem.message, path: [], span: problem.span, hint: problem.hint })
  }
  if (parsed.problems.some((p) => p.code !== 'UNKNOWN_TAG')) return undefined
  let result: MapNode | undefined
  for (const doc of parsed.documents) {
    if (doc.kind !== 'map') {
      ctx.reporter.add({
        code: 'NOT_A_MAPPING',
        message: `The top level of \`${file}\` must be a mapping (with \`services:\` and so on).`,
        path: [],
        span: doc,
        hint: 'Start the file with `services:`.',
      })
      return undefined
    }
    result = result ? (mergeNodes(result, doc, [], ctx.reporter) as MapNode) : doc
  }
  if (!result || result.entries.size === 0) {
    ctx.reporter.add({
      code: 'EMPTY_FILE',
      message: `The compose file \`${file}\` is empty.`,
      path: [],
      span: { file, start: 0, end: 0 },
      hint: 'Add a `services:` section, or leave the file out.',
    })
    return undefined
  }
  return result
}
