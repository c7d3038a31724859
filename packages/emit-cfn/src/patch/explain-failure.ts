import { didYouMean, pointerSegments, type PatchOperation } from '@composeform/model'
import { isJsonObject, type Json } from '../json.js'

const MAX_LISTED = 12

/** The failure name of an operation that leaves the template without a `Resources` mapping. */
export const NO_RESOURCES = 'NO_RESOURCES'

/**
 * Why an operation failed, in words, and a hint: where its pointer stops matching the
 * template, with the nearest existing key and the keys that exist there. `name` is
 * fast-json-patch's error name.
 */
export function explainFailure(operation: PatchOperation, document: Json, name: string): { reason: string; hint: string } {
  if (name === 'TEST_OPERATION_FAILED') {
    const actual = resolve(document, pointerSegments(operation.path) ?? [])
    return {
      reason: 'the value there is not the one the test expects.',
      hint: `The template has ${preview(actual)} at \`${operation.path}\`.`,
    }
  }
  if (name === NO_RESOURCES) {
    return { reason: 'it leaves the template without a `Resources` mapping, which CloudFormation requires.', hint: 'Patch inside `/Resources/<LogicalId>` rather than replacing or removing the whole section.' }
  }
  const pointer = name === 'OPERATION_FROM_UNRESOLVABLE' ? operation.from ?? '' : operation.path
  const segments = pointerSegments(pointer) ?? []
  // A written target (add, move, copy) needs only its parent; everything else the whole path.
  const writes = operation.op === 'add' || operation.op === 'move' || operation.op === 'copy'
  const needed = name === 'OPERATION_FROM_UNRESOLVABLE' || !writes ? segments : segments.slice(0, -1)
  let node: Json | undefined = document
  for (let i = 0; i < needed.length; i++) {
    const segment = needed[i]!
    const at = '/' + needed.slice(0, i).map(escape).join('/')
    const here = i === 0 ? 'the template' : `\`${at}\``
    if (Array.isArray(node)) {
      const index = /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1
      if (index >= 0 && index < node.length) {
        node = node[index]
        continue
      }
      return { reason: `\`${pointerTo(needed, i)}\` does not exist.`, hint: node.length === 0 ? `${here} is an empty list.` : `${here} is a list of ${node.length} item${node.length === 1 ? '' : 's'}; index it with 0 to ${node.length - 1}.` }
    }
    if (!isJsonObject(node)) return { reason: `\`${pointerTo(needed, i)}\` does not exist.`, hint: `${here} is ${preview(node)}, which has no keys.` }
    if (Object.hasOwn(node, segment)) {
      node = node[segment]
      continue
    }
    const keys = Object.keys(node)
    const suggestion = didYouMean(segment, keys)
    const listed = keys.length === 0 ? `${here} is empty.` : `Keys of ${here}: ${keys.slice(0, MAX_LISTED).join(', ')}${keys.length > MAX_LISTED ? `, … (${keys.length} in all)` : ''}.`
    const where = i === 1 && needed[0] === 'Resources' ? ' Logical IDs are listed under `Resources` of `composeform convert` output without the patch.' : ''
    return { reason: `\`${pointerTo(needed, i)}\` does not exist.`, hint: `${suggestion !== undefined ? `Did you mean \`${suggestion}\`? ` : ''}${listed}${where}` }
  }
  if (needed.length > 0 && !Array.isArray(node) && !isJsonObject(node)) {
    return { reason: `\`${pointer}\` does not exist.`, hint: `\`${pointerTo(needed, needed.length - 1)}\` is ${preview(node)}, which has no keys.` }
  }
  if (name === 'OPERATION_VALUE_OUT_OF_BOUNDS' || name === 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX') {
    return { reason: 'the list index is out of range.', hint: `\`${pointerTo(needed, needed.length - 1)}\` is ${preview(node)}; use an index within it, or \`-\` to append.` }
  }
  return { reason: `${name.toLowerCase().replaceAll('_', ' ')}.`, hint: 'Check the operation against RFC 6902.' }
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

function pointerTo(segments: readonly string[], last: number): string {
  return '/' + segments.slice(0, last + 1).map(escape).join('/')
}

function resolve(document: Json, segments: readonly string[]): Json | undefined {
  let node: Json | undefined = document
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)]
    else if (isJsonObject(node) && Object.hasOwn(node, segment)) node = node[segment]
    else return undefined
  }
  return node
}

function preview(value: Json | undefined): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (isJsonObject(value)) return 'a mapping'
  const text = JSON.stringify(value)
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``
}
