import { formatPath, joinWords } from '@composeform/model'

/** A path into the compose document: keys as strings, list indices as numbers. */
export type IssuePath = (string | number)[]

/** A path as the message's subject: `` `services.web.ports[0]` ``. */
export function subject(path: readonly (string | number)[]): string {
  return `\`${formatPath(path)}\``
}

/** Names in backticks, joined as English: "`a`, `b` or `c`". */
export function codeList(names: readonly string[], conjunction: 'or' | 'and'): string {
  return joinWords(
    names.map((name) => `\`${name}\``),
    conjunction,
  )
}
