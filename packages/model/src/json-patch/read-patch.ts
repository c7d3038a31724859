import type { Staged } from '../diagnostic.js'
import { Reporter } from '../report.js'
import { didYouMean } from '../schema/did-you-mean.js'
import { quote } from '../syntax/result.js'
import { child, toPlain, type Node } from '../yaml/node.js'
import { parseYaml } from '../yaml/parse-yaml.js'
import { SourceFiles } from '../yaml/source-files.js'
import { patchOperationNames, type PatchFile, type PatchOperation, type PatchOperationName, type PatchStep } from './patch-file.js'
import { forbiddenSegment, pointerSegments } from './pointer.js'

const RFC_HINT = 'Each operation is a mapping such as `{op: replace, path: /Resources/WebService/Properties/DesiredCount, value: 2}` (RFC 6902).'

/**
 * Reads a JSON Patch file (JSON, or the same list written in YAML) into checked operations
 * with their positions. Anything that is not an RFC 6902 operation list is PATCH_INVALID at
 * the offending spot (YAML problems keep their own codes), and so is a `path` or `from`
 * through `__proto__`, `constructor` or `prototype`, which patching refuses. The value is
 * undefined when the file has a problem: a patch applies whole or not at all.
 */
export function readPatch(source: { path: string; text: string }): Staged<PatchFile | undefined> {
  const reporter = new Reporter('load')
  const files = new SourceFiles()
  files.add(source.path, source.text)
  const finish = (value: PatchFile | undefined): Staged<PatchFile | undefined> => ({ value: reporter.hasErrors() ? undefined : value, diagnostics: reporter.finish(files) })
  const parsed = parseYaml(source.text, source.path)
  for (const p of parsed.problems) {
    // The reader speaks of compose files; a tag here is most likely CloudFormation's short form.
    const tag = p.code === 'UNKNOWN_TAG' ? /`(![^`]*)`/.exec(p.message)?.[1] : undefined
    if (tag !== undefined) reporter.add({ code: p.code, message: `The YAML tag \`${tag}\` has no meaning in a patch file, which takes CloudFormation's intrinsic functions in their long form only.`, path: [], span: p.span, hint: 'Write `{Ref: VpcId}` for `!Ref VpcId`, `{Fn::Sub: …}` for `!Sub …`, `{Fn::GetAtt: [Id, Attr]}` for `!GetAtt Id.Attr`.' })
    else reporter.add({ code: p.code, message: p.message, path: [], span: p.span, hint: p.hint })
  }
  if (parsed.problems.length > 0) return finish(undefined)
  const [root, extra] = parsed.documents
  if (root === undefined || root.kind !== 'seq' || extra !== undefined) {
    const what = root === undefined ? 'is empty' : extra !== undefined ? 'holds more than one YAML document' : root.kind === 'map' ? 'is a single mapping' : 'is a single value'
    reporter.add({
      code: 'PATCH_INVALID',
      message: `The patch file ${what}; a JSON Patch is a list of operations.`,
      path: [],
      span: extra ?? root ?? { file: source.path, start: 0, end: 0 },
      hint: root?.kind === 'map' ? 'Wrap the operation in a list: `[{op: …, path: …}]`.' : RFC_HINT,
    })
    return finish(undefined)
  }
  const steps: PatchStep[] = []
  root.items.forEach((item, index) => {
    const operation = readOperation(item, index, reporter)
    if (operation) steps.push({ operation, index, location: files.locate(item) })
  })
  return finish({ file: source.path, steps })
}

function readOperation(item: Node, index: number, reporter: Reporter): PatchOperation | undefined {
  const invalid = (node: Node, message: string, hint: string = RFC_HINT): undefined => {
    reporter.add({ code: 'PATCH_INVALID', message: `Operation ${index}: ${message}`, path: [index], span: node, hint })
    return undefined
  }
  if (item.kind !== 'map') return invalid(item, 'is not a mapping.')
  const opNode = child(item, 'op')
  if (opNode === undefined) return invalid(item, 'has no `op`.', `Add \`op:\` with one of ${patchOperationNames.join(', ')}.`)
  const op = opNode.kind === 'scalar' ? opNode.value : undefined
  if (typeof op !== 'string' || !(patchOperationNames as readonly string[]).includes(op)) {
    const suggestion = typeof op === 'string' ? didYouMean(op, patchOperationNames) : undefined
    return invalid(opNode, `\`op\` is ${quote(String(op))}, which RFC 6902 does not define.`, suggestion ? `Did you mean \`${suggestion}\`?` : `\`op\` is one of ${patchOperationNames.join(', ')}.`)
  }
  const pointer = (key: 'path' | 'from'): string | undefined => {
    const node = child(item, key)
    if (node === undefined) return invalid(item, `\`${op}\` needs \`${key}\`.`, `Add \`${key}:\` with a JSON Pointer such as \`/Resources/WebService\`.`)
    const text = node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined
    const segments = text === undefined ? undefined : pointerSegments(text)
    if (text === undefined || segments === undefined) {
      return invalid(node, `\`${key}\` is not a JSON Pointer.`, 'A JSON Pointer is empty or starts with `/`, and writes `~` as `~0` and `/` inside a key as `~1`.')
    }
    const forbidden = forbiddenSegment(segments)
    if (forbidden !== undefined) return invalid(node, `\`${key}\` goes through \`${forbidden}\`, which composeform refuses to patch.`, 'A CloudFormation template has no such key; patching it would change every object of the program.')
    return text
  }
  const path = pointer('path')
  const from = op === 'move' || op === 'copy' ? pointer('from') : undefined
  const valueNode = child(item, 'value')
  const needsValue = op === 'add' || op === 'replace' || op === 'test'
  if (needsValue && !item.entries.has('value')) return invalid(item, `\`${op}\` needs \`value\`.`, 'Add `value:`; write `value: null` for a JSON null.')
  if (path === undefined || ((op === 'move' || op === 'copy') && from === undefined)) return undefined
  return {
    op: op as PatchOperationName,
    path,
    ...(from !== undefined ? { from } : {}),
    ...(needsValue && valueNode ? { value: toPlain(valueNode) } : {}),
  }
}
