import type { Path, Reporter, SourceMap, Value } from '@composeform/model'

/** Compose's label keys, used as tag keys so that resources can be traced back to the project. */
export const PROJECT_TAG = 'com.docker.compose.project'
export const SERVICE_TAG = 'com.docker.compose.service'
export const NETWORK_TAG = 'com.docker.compose.network'

/** The tag that names a resource in the AWS console; a user's `Name` label replaces composeform's. */
export const NAME_TAG = 'Name'

/** CloudFormation `Tags` from pairs, in the given order. */
export function tags(...pairs: [string, string][]): Value {
  return pairs.map(([Key, Value]) => ({ Key, Value }))
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
}

/**
 * CloudFormation `Tags`: composeform's `own` pairs in their order, then the user's `labels`
 * sorted by key. Each key appears once, as CloudFormation requires: a label's `Name`
 * replaces composeform's `Name` (where it sets one); a label with any other key composeform
 * sets on the resource, or with the `aws:` prefix AWS keeps for itself, is left out and
 * reported as `LABEL_TAG_RESERVED` at its key.
 */
export function tagsWithLabels(own: [string, string][], labels: Iterable<[string, string]>, at: LabelSource): Value {
  const pairs = own.map(([k, v]): [string, string] => [k, v])
  const extra: [string, string][] = []
  for (const [key, value] of [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const mine = pairs.find(([k]) => k === key)
    if (mine && key === NAME_TAG) mine[1] = value
    else if (mine || key.toLowerCase().startsWith('aws:')) reportReserved(key, mine?.[1], at)
    else extra.push([key, value])
  }
  return tags(...pairs, ...extra)
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
