import { Pair, Scalar, YAMLMap, type CollectionTag, type Node, type ScalarTag } from 'yaml'
import { SHORT_TAGS, splitGetAtt } from './short-tags.js'

/**
 * `yaml` tags that read each short form back into its long form: a scalar, sequence or
 * mapping tagged `!Fn` becomes `{ 'Fn::Fn': argument }`. Any argument shape is read, so the
 * result is exactly the JSON that CloudFormation makes of the same text.
 */
export function longFormTags(): (ScalarTag | CollectionTag)[] {
  return Object.entries(SHORT_TAGS).flatMap(([longForm, tag]) => {
    const wrap = (argument: Node): YAMLMap => {
      const map = new YAMLMap()
      map.items.push(new Pair(new Scalar(longForm), argument))
      return map
    }
    const scalar: ScalarTag = {
      tag,
      resolve: (text) => ({ [longForm]: longForm === 'Fn::GetAtt' ? splitGetAtt(text) : text }),
    }
    const seq: CollectionTag = { tag, collection: 'seq', resolve: wrap }
    const map: CollectionTag = { tag, collection: 'map', resolve: wrap }
    return [scalar, seq, map]
  })
}
