import { boundedName } from '@composeform/model'
import type { Path, Reporter, SourceMap, Value } from '@composeform/model'
import { userText } from './user-text.js'

/** Compose's label keys, used as tag keys so that resources can be traced back to the project. */
export const PROJECT_TAG = 'com.docker.compose.project'
export const SERVICE_TAG = 'com.docker.compose.service'
export const NETWORK_TAG = 'com.docker.compose.network'

/** The tag that names a resource in the AWS console; a user's `Name` label replaces composeform's. */
export const NAME_TAG = 'Name'

/** CloudFormation `Tags` from composeform's own pairs, in the given order; a value past AWS's 256 characters is cut to them (see `boundedName`). */
export function tags(...pairs: [string, string][]): Value[] {
  return pairs.map(([Key, value]) => ({ Key, Value: boundedName(value, MAX_VALUE_LENGTH) }))
}

/** Where to report labels that cannot be tags, and how to find where they were written. */
export interface TagReporting {
  sources: SourceMap
  reporter: Reporter
}

/** Where the user's labels of a resource were written. */
export interface LabelSource extends TagReporting {
  /** The compose path of the `labels` mapping, e.g. `['networks', 'front', 'labels']`. */
  path: Path
  /** True for EC2's tags, which take any character; ECS, EFS and Secrets Manager take fewer. */
  anyCharacter?: boolean
}

/**
 * CloudFormation `Tags`: composeform's `own` pairs in their order, then the user's `labels`
 * sorted by key. Each key appears once, as CloudFormation requires: a label's `Name`
 * replaces composeform's `Name` (where it sets one); a label with any other key composeform
 * sets on the resource, or with the `aws:` prefix AWS keeps for itself, is left out and
 * reported as `LABEL_TAG_RESERVED` at its key; one past AWS's limits (50 tags, keys of 128
 * characters, values of 256, and but for EC2 a few characters) as `LABEL_TAG_LIMIT`.
 */
export function tagsWithLabels(own: [string, string][], labels: Iterable<[string, string]>, at: LabelSource): Value {
  const pairs = own.map(([k, v]): [string, string] => [k, v])
  const extra: [string, string][] = []
  for (const [key, value] of [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const mine = pairs.find(([k]) => k === key)
    if (key.length > MAX_KEY_LENGTH || value.length > MAX_VALUE_LENGTH) reportLimit(key, `a tag's key holds at most ${MAX_KEY_LENGTH} characters and its value ${MAX_VALUE_LENGTH}`, at)
    else if (!at.anyCharacter && !(TAG_TEXT.test(key) && TAG_TEXT.test(value))) reportLimit(key, 'a tag here takes only letters, digits, spaces and `_ . : / = + - @`', at)
    else if (mine && key === NAME_TAG) mine[1] = value
    else if (mine || key.toLowerCase().startsWith('aws:')) reportReserved(key, mine?.[1], at)
    else if (pairs.length + extra.length >= MAX_TAGS) reportLimit(key, `a resource takes at most ${MAX_TAGS} tags, composeform's own included`, at)
    else extra.push([key, value])
  }
  return [...tags(...pairs), ...extra.map(([Key, value]) => ({ Key, Value: userText(value) }))]
}

// AWS's tag limits: CloudFormation fails a stack whose resource breaks one.
const MAX_TAGS = 50
const MAX_KEY_LENGTH = 128
const MAX_VALUE_LENGTH = 256
// The characters the ECS, EFS and Secrets Manager tag APIs take.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u

function reportLimit(key: string, why: string, at: LabelSource): void {
  const path = [...at.path, key]
  at.reporter.add({
    code: 'LABEL_TAG_LIMIT',
    message: `The label \`${key.length > 40 ? `${key.slice(0, 40)}…` : key}\` does not become a tag: ${why}.`,
    path,
    span: at.sources.span(path, { key: true }),
    hint: 'Shorten the label or its value, or use fewer labels here.',
  })
}

function reportReserved(key: string, ownValue: string | undefined, at: LabelSource): void {
  const path = [...at.path, key]
  at.reporter.add({
    code: 'LABEL_TAG_RESERVED',
    message:
      ownValue === undefined
        ? `The label \`${key}\` does not become a tag: tag keys starting with \`aws:\` are reserved for AWS.`
        : `The label \`${key}\` does not become a tag: composeform tags this resource \`${key}: ${ownValue}\` itself, and a key can be used only once.`,
    path,
    span: at.sources.span(path, { key: true }),
    hint: 'Rename the label (e.g. with your own prefix), or remove it.',
  })
}
